// EC2 filters: values of one filter are OR-ed, filters are AND-ed, `*` and `?` are wildcards
// (backslash escapes them), `tag:KEY`, `tag-key` and `tag-value` work on every tagged family.
// An unknown filter name is an error, as on EC2.
import type { AwsTag } from '../../fleet.js';
import { MAX_FILTER_VALUES, ec2Errors } from './errors.js';
import type { Ec2Filter } from './params.js';

export type FilterField = string | number | boolean | Date | null | undefined;
export type FilterAccessor<T> = (item: T) => FilterField | readonly FilterField[];

export interface FilterSpec<T> {
  fields: Readonly<Record<string, FilterAccessor<T>>>;
  tags?: (item: T) => readonly AwsTag[];
  /** Filter names EC2 documents for fields the fleet does not hold: accepted, they match nothing. */
  unmodelled?: readonly string[];
}

export function applyFilters<T>(items: readonly T[], filters: readonly Ec2Filter[], spec: FilterSpec<T>): T[] {
  const values = filters.reduce((n, filter) => n + filter.values.length, 0);
  if (values > MAX_FILTER_VALUES) throw ec2Errors.filterLimitExceeded(values);
  const predicates = filters.map((filter) => predicateFor(filter, spec));
  return items.filter((item) => predicates.every((p) => p(item)));
}

function predicateFor<T>(filter: Ec2Filter, spec: FilterSpec<T>): (item: T) => boolean {
  const accessor = accessorFor(filter.name, spec);
  const patterns = filter.values.map(globToRegExp);
  return (item) => {
    const raw = accessor(item);
    const values = (Array.isArray(raw) ? raw : [raw]) as readonly FilterField[];
    return values.some((v) => {
      if (v === null || v === undefined) return false;
      const text = v instanceof Date ? v.toISOString() : String(v);
      return patterns.some((p) => p.test(text));
    });
  };
}

function accessorFor<T>(name: string, spec: FilterSpec<T>): FilterAccessor<T> {
  const field = spec.fields[name];
  if (field) return field;
  const tags = spec.tags;
  if (tags) {
    if (name.startsWith('tag:') && name.length > 4) {
      const key = name.slice(4);
      return (item) => tags(item).filter((t) => t.key === key).map((t) => t.value);
    }
    if (name === 'tag-key') return (item) => tags(item).map((t) => t.key);
    if (name === 'tag-value') return (item) => tags(item).map((t) => t.value);
  }
  if (spec.unmodelled?.includes(name)) return () => undefined;
  throw ec2Errors.invalidParameterValue(`The filter '${name}' is invalid`);
}

export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) {
      re += escapeChar(pattern[++i]!);
    } else if (c === '*') {
      re += '.*';
    } else if (c === '?') {
      re += '.';
    } else {
      re += escapeChar(c);
    }
  }
  return new RegExp(`^${re}$`, 's');
}

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** Splits a space-separated list of names (keeps the long documented lists readable). */
export function names(list: string): readonly string[] {
  return list.split(/\s+/).filter(Boolean);
}
