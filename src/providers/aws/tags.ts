// Tags, names and extras as every AWS mapper builds them.
import type { Tag } from '../types.js';

export interface AwsTag {
  Key?: string | undefined;
  Value?: string | undefined;
}

export function tagsOf(tags: readonly AwsTag[] | undefined): Tag[] {
  return (tags ?? []).filter((t) => t.Key !== undefined).map((t) => ({ key: t.Key as string, value: t.Value ?? '' }));
}

/** The `Name` tag, or null when there is none (or it is empty). */
export function nameOf(tags: readonly AwsTag[] | undefined): string | null {
  const value = tags?.find((t) => t.Key === 'Name')?.Value;
  return value ? value : null;
}

/** Provider attributes the model does not normalise, as strings; absent values are left out. */
export function extrasOf(values: Record<string, string | number | boolean | null | undefined>): Tag[] {
  const extras: Tag[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    extras.push({ key, value: String(value) });
  }
  return extras;
}

export function dateOrNull(value: Date | string | undefined): Date | null {
  if (value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
