// ListFilter → EC2 `Filter.N` parameters, split into calls.
//
// Ids go upstream as the `<kind>-id` FILTER, never as the InstanceId.N / VolumeId.N / … parameter:
// the parameter fails the whole call (InvalidInstanceID.NotFound / .Malformed) as soon as one id is
// unknown, whereas a filter simply matches nothing for it — and `get` promises that unknown ids are
// just absent. A filter also combines with MaxResults, which the id parameter does not.
// The price: EC2 accepts at most 200 filter values per call, all filters together
// (FilterLimitExceeded), so ids are chunked to fit beside the other filter values.
import type { Filter } from '@aws-sdk/client-ec2';
import { chunk, unique } from '../common.js';
import type { ListFilter, VmState } from '../types.js';
import { ec2StatesFor } from './states.js';

/** EC2's limit on filter values in one call, summed over all filters ("FilterLimitExceeded"). */
export const MAX_FILTER_VALUES = 200;

export interface FilterSupport {
  /** The filter that matches the native id (`instance-id`, `volume-id`, …). */
  id: string;
  /** The availability-zone filter, for kinds that live in a zone. */
  zone?: string;
  /** Whether `states` and `instanceTypes` apply (VMs only). */
  vm?: boolean;
}

export class FilterTooLargeError extends Error {
  constructor(count: number) {
    super(`the filter has ${count} values besides ids; EC2 accepts at most ${MAX_FILTER_VALUES} per call`);
    this.name = 'InvalidParameterValue';
  }
}

/**
 * The Filter lists to send, one per call (each call is then paged). An empty array means nothing
 * can match and no call is needed. Filters a kind does not have (states on a volume, zones on a
 * VPC) are ignored; empty value lists mean "no restriction", except `nativeIds: []` which asks for
 * no resource at all.
 */
export function planCalls(support: FilterSupport, filter: ListFilter = {}): Filter[][] {
  const common: Filter[] = [];
  for (const tag of filter.tags ?? []) {
    common.push(tag.values.length > 0 ? { Name: `tag:${tag.key}`, Values: unique(tag.values) } : { Name: 'tag-key', Values: [tag.key] });
  }
  if (support.zone && filter.zones && filter.zones.length > 0) common.push({ Name: support.zone, Values: unique(filter.zones) });
  if (support.vm) {
    if (filter.instanceTypes && filter.instanceTypes.length > 0) {
      common.push({ Name: 'instance-type', Values: unique(filter.instanceTypes) });
    }
    if (filter.states && filter.states.length > 0) {
      const names = ec2StatesFor(filter.states);
      if (names !== null) {
        if (names.length === 0) return []; // e.g. SUSPENDED: no EC2 state maps to it
        common.push({ Name: 'instance-state-name', Values: names });
      }
    }
  }
  const used = common.reduce((n, f) => n + (f.Values?.length ?? 0), 0);
  if (used > MAX_FILTER_VALUES || (filter.nativeIds && used >= MAX_FILTER_VALUES)) throw new FilterTooLargeError(used);
  if (!filter.nativeIds) return [common];
  const ids = unique(filter.nativeIds.filter((id) => id.length > 0));
  return chunk(ids, MAX_FILTER_VALUES - used).map((part) => [{ Name: support.id, Values: part }, ...common]);
}

/**
 * The states still to check after the call: only when UNKNOWN is asked for, which no EC2 filter
 * can express (it stands for state names EC2 may add later), so states are not pushed down then.
 */
export function vmStatesToCheck(filter: ListFilter = {}): readonly VmState[] | null {
  return filter.states && filter.states.length > 0 && ec2StatesFor(filter.states) === null ? filter.states : null;
}
