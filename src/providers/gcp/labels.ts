// Labels and int64 fields as every GCP mapper reads them. GCP labels are the model's tags.
import type { Tag } from '../types.js';

export function tagsOf(labels: Record<string, string> | null | undefined): Tag[] {
  return Object.entries(labels ?? {})
    .map(([key, value]) => ({ key, value: value ?? '' }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** int64 fields arrive as decimal strings (or protobuf Longs); null when absent or not a number. */
export function int64(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value));
  return Number.isFinite(n) ? n : null;
}
