// A gap is the part of a resource (or of a listing) its provider could not be asked for: an
// auxiliary listing or lookup that failed while the main listing succeeded. The resource is still
// returned, with the fields that part feeds left unknown, and the gap keeps the failure so that the
// subgraph answering those fields can name it (provider, account, region, operation) beside the
// data. Gaps are plain data: they are cached with the resource and travel between subgraphs.
import { ProviderError } from './errors.js';
import type { Gap, ResourceBase } from './types.js';

export type { Gap } from './types.js';

export function gapOf(error: ProviderError, fields: readonly string[]): Gap {
  return {
    fields: [...fields],
    scope: error.scope,
    operation: error.operation,
    category: error.category,
    providerCode: error.providerCode,
    message: error.message,
  };
}

/** The failure a gap records, as the ProviderError it was. */
export function errorOfGap(gap: Gap): ProviderError {
  const error = new ProviderError(gap.category, gap.scope, gap.operation, gap.providerCode, '');
  error.message = gap.message;
  return error;
}

/** The gap that leaves `field` of `resource` unknown, if any. */
export function gapOfField(resource: Pick<ResourceBase, 'gaps'>, field: string): Gap | undefined {
  return resource.gaps?.find((gap) => gap.fields.includes(field));
}

/** `resource` with `gaps` added (none added: the resource as it was, with no `gaps` key). */
export function withGaps<T extends ResourceBase>(resource: T, gaps: readonly Gap[]): T {
  if (gaps.length === 0) return resource;
  return { ...resource, gaps: [...(resource.gaps ?? []), ...gaps] };
}

/**
 * Runs one auxiliary part of a join. Its failure is not the join's: the part's fallback is used
 * and the failure is returned as a gap over `fields`, for the resources the part would have fed.
 */
export async function joinPart<T>(fields: readonly string[], fallback: T, run: () => Promise<T>): Promise<{ value: T; gap: Gap | null }> {
  try {
    return { value: await run(), gap: null };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { value: fallback, gap: gapOf(error, fields) };
  }
}
