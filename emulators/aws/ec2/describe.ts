// The one Describe* implementation every EC2 resource family shares: id lists (malformed and
// not-found errors), filters, then MaxResults/NextToken paging, then the family's XML.
import type { AwsScopeData, AwsTag, Fleet } from '../../fleet.js';
import { Ec2Error } from './errors.js';
import { applyFilters, type FilterSpec } from './filters.js';
import { paginate, type PagingRule } from './paging.js';
import type { QueryParams } from './params.js';
import { tagSet, type XmlObject, type XmlValue } from './xml.js';

export interface Ec2Context {
  fleet: Fleet;
  account: string;
  region: string;
  /** The caller's account × region; undefined for a region the fleet does not populate (everything is empty there). */
  scope: AwsScopeData | undefined;
  params: QueryParams;
  maxPageSize: number | null;
}

export interface IdList<T> {
  /** Query parameter prefix: `InstanceId` for `InstanceId.1`, `InstanceId.2`, … */
  param: string;
  /** Well-formed ids match this; others fail with `malformedCode`. */
  pattern?: RegExp;
  malformedCode?: string;
  notFoundCode: string;
  notFoundMessage(ids: readonly string[]): string;
  /** The item's value for this list; undefined when the item cannot be named this way. */
  key(item: T): string | undefined;
}

export interface DescribeFamily<T> {
  action: string;
  idLists: readonly IdList<T>[];
  filters: FilterSpec<T>;
  paging: PagingRule | null;
  /** Everything of this family the caller can see, before ids and filters. */
  list(ctx: Ec2Context): T[];
  /** The response members for one page (requestId and nextToken are added around it). */
  render(items: T[], ctx: Ec2Context): XmlObject;
}

export function describe<T>(family: DescribeFamily<T>, ctx: Ec2Context): XmlObject {
  const all = family.list(ctx);
  const requested = family.idLists
    .map((list) => ({ list, ids: ctx.params.list(list.param) }))
    .filter((r) => r.ids.length > 0);

  for (const { list, ids } of requested) {
    const malformed = list.pattern ? ids.find((id) => !list.pattern!.test(id)) : undefined;
    if (malformed !== undefined) throw new Ec2Error(list.malformedCode ?? 'InvalidParameterValue', `Invalid id: "${malformed}"`);
  }
  for (const { list, ids } of requested) {
    const known = new Set(all.map((item) => list.key(item)));
    const missing = [...new Set(ids.filter((id) => !known.has(id)))];
    if (missing.length > 0) throw new Ec2Error(list.notFoundCode, list.notFoundMessage(missing));
  }
  const selected =
    requested.length === 0
      ? all
      : all.filter((item) => requested.some(({ list, ids }) => ids.includes(list.key(item) ?? '\u0000')));

  const filtered = applyFilters(selected, ctx.params.filters(), family.filters);
  const page = paginate(family.action, filtered, ctx.params, family.paging, requested.length > 0, ctx.maxPageSize);
  const body = family.render(page.items, ctx);
  if (page.nextToken) body.nextToken = page.nextToken;
  return body;
}

/** Items from the caller's scope (none in a region the fleet does not populate). */
export function fromScope<T>(pick: (scope: AwsScopeData) => readonly T[]): (ctx: Ec2Context) => T[] {
  return (ctx) => (ctx.scope ? [...pick(ctx.scope)] : []);
}

/** A current-format or legacy-format AWS id: `prefix-` and 8 or 17 hex digits. */
export function awsId(prefix: string): RegExp {
  return new RegExp(`^${prefix}-(?:[0-9a-f]{8}|[0-9a-f]{17})$`);
}

/** "The instance ID 'i-1' does not exist" / "The instance IDs 'i-1, i-2' do not exist" */
export function doesNotExist(noun: string, plural = `${noun}s`): (ids: readonly string[]) => string {
  return (ids) =>
    ids.length === 1 ? `The ${noun} '${ids[0]}' does not exist` : `The ${plural} '${ids.join(', ')}' do not exist`;
}

/** EC2 leaves `tagSet` out when a resource has no tags. */
export function optionalTags(tags: readonly AwsTag[]): XmlValue {
  return tags.length > 0 ? tagSet(tags) : undefined;
}
