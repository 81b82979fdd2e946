// Cost Management's QueryFilter: `and` / `or` of at least two expressions, or one `dimensions` or
// `tags` comparison (`operator: In` with at least one value). Checked when the body is read, then
// evaluated against each billable item. Dimension values compare case-insensitively, as ARM
// names do; tag values exactly.
import type { BillableItem } from '../../kit/billing.js';
import { canonicalDimension, dimensionOf, tagOf } from './dimensions.js';
import { costManagementErrors } from './errors.js';

export type QueryFilter =
  | { kind: 'and' | 'or'; parts: QueryFilter[] }
  | { kind: 'dimension'; name: string; values: string[] }
  | { kind: 'tag'; name: string; values: string[] };

/** A filter from the body (keys already lower-cased); undefined when there is none. */
export function parseFilter(raw: unknown): QueryFilter | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw costManagementErrors.invalidDefinition('filter must be an object');
  const present = (['and', 'or', 'dimensions', 'tags'] as const).filter((k) => (raw as Record<string, unknown>)[k] !== undefined);
  const unknown = Object.keys(raw).filter((k) => !(['and', 'or', 'dimensions', 'tags'] as string[]).includes(k));
  if (present.length !== 1 || unknown.length > 0) {
    throw costManagementErrors.invalidDefinition('a filter has exactly one of and, or, dimensions, tags');
  }
  const key = present[0]!;
  const value = (raw as Record<string, unknown>)[key];
  if (key === 'and' || key === 'or') {
    if (!Array.isArray(value) || value.length < 2) throw costManagementErrors.invalidDefinition(`'${key}' needs at least two expressions`);
    return { kind: key, parts: value.map((part) => parseFilter(part)!) };
  }
  const comparison = comparisonOf(value, key);
  return key === 'dimensions'
    ? { kind: 'dimension', name: canonicalDimension(comparison.name), values: comparison.values }
    : { kind: 'tag', name: comparison.name, values: comparison.values };
}

function comparisonOf(raw: unknown, key: string): { name: string; values: string[] } {
  const c = (raw ?? {}) as { name?: unknown; operator?: unknown; values?: unknown };
  if (typeof c.name !== 'string' || c.name === '') throw costManagementErrors.invalidDefinition(`${key} needs a name`);
  if (typeof c.operator !== 'string' || c.operator.toLowerCase() !== 'in') {
    throw costManagementErrors.invalidDefinition(`${key} '${c.name}': operator must be 'In'`);
  }
  if (!Array.isArray(c.values) || c.values.length === 0 || !c.values.every((v) => typeof v === 'string')) {
    throw costManagementErrors.invalidDefinition(`${key} '${c.name}' needs at least one value`);
  }
  return { name: c.name, values: c.values as string[] };
}

export function matches(item: BillableItem, filter: QueryFilter | undefined): boolean {
  if (!filter) return true;
  switch (filter.kind) {
    case 'and':
      return filter.parts.every((part) => matches(item, part));
    case 'or':
      return filter.parts.some((part) => matches(item, part));
    case 'dimension': {
      const value = dimensionOf(item, filter.name).toLowerCase();
      return filter.values.some((v) => v.toLowerCase() === value);
    }
    case 'tag': {
      const value = tagOf(item, filter.name);
      return value !== undefined && filter.values.includes(value);
    }
  }
}
