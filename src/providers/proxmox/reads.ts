// What the kinds of a cluster read with: the cluster's scope, its inventory (one
// `GET /cluster/resources`, shared by concurrent callers), single GETs (named by operation, each a
// ProviderError when it fails), and `gather`, which runs independent reads (one per node, storage
// or guest) so that one failing leaves a gap instead of failing the whole listing.
import { joinPart } from '../gaps.js';
import type { Gap, Scope } from '../types.js';
import type { ClusterInventory } from './inventory.js';

export interface ClusterReads {
  owner: Scope;
  now(): Date;
  inventory(): Promise<ClusterInventory>;
  get<T>(operation: string, path: string, query?: Record<string, string>): Promise<T>;
}

/** Every part's items, in order; a part that failed adds nothing and pushes its gap onto `gaps`. */
export async function gather<T>(parts: readonly (() => Promise<T[]>)[], gaps: Gap[], fields: readonly string[] = []): Promise<T[]> {
  const results = await Promise.all(parts.map((run) => joinPart<T[]>(fields, [], run)));
  for (const result of results) if (result.gap) gaps.push(result.gap);
  return results.flatMap((result) => result.value);
}

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
