// Fields a provider could not fill (src/providers/gaps.ts) resolve to null, and the failure that
// left them so is reported once per request beside the data — not once per resource, however many
// resources the failed listing or lookup would have completed.
import { errorOfGap, gapOfField } from '../../providers/gaps.js';
import type { ResourceBase } from '../../providers/types.js';
import type { SubgraphContext } from './context.js';
import { recordFailures } from './errors.js';

type FieldResolver<T> = (parent: T, args: unknown, context: SubgraphContext) => unknown;

/** The value of `field`, or null (with the gap's failure recorded) when a gap leaves it unknown. */
export function gapAwareField<T extends ResourceBase, F extends keyof T & string>(parent: T, field: F, context: SubgraphContext): T[F] | null {
  const gap = gapOfField(parent, field);
  if (!gap) return parent[field] ?? null;
  recordFailures(context, [errorOfGap(gap)]);
  return null;
}

/** Resolvers for `fields` of a type, each gap-aware; spread them into the type's resolver map. */
export function gapAwareResolvers<T extends ResourceBase>(fields: readonly (keyof T & string)[]): Record<string, FieldResolver<T>> {
  return Object.fromEntries(fields.map((field) => [field, (parent: T, _args: unknown, context: SubgraphContext) => gapAwareField(parent, field, context)]));
}
