// What the kinds of a cluster read with: the cluster's scope, its inventory (one
// `GET /cluster/resources`, shared by concurrent callers), single GETs (named by operation, each a
// ProviderError when it fails) — the inventory and storage contents reusable for a moment by the
// listings that follow the VM listing (../recent-reads.ts) — and `gather`, which runs independent reads (one per node, storage
// or guest) so that one failing leaves a gap instead of failing the whole listing.
import { joinPart } from '../gaps.js';
import type { Gap, Scope } from '../types.js';
import type { ClusterInventory } from './inventory.js';

export interface ClusterReads {
  owner: Scope;
  now(): Date;
  /** `reuse`: a read finished moments ago serves (the VM listing passes false: it always reads). */
  inventory(reuse?: boolean): Promise<ClusterInventory>;
  get<T>(operation: string, path: string, query?: Record<string, string>): Promise<T>;
  /** A GET whose answer later listings may reuse for a moment (storage contents). */
  shared<T>(operation: string, path: string, reuse: boolean): Promise<T>;
}

/** Every part's items, in order; a part that failed adds nothing and pushes its gap onto `gaps`. */
export async function gather<T>(parts: readonly (() => Promise<T[]>)[], gaps: Gap[], fields: readonly string[] = []): Promise<T[]> {
  const results = await Promise.all(parts.map((run) => joinPart<T[]>(fields, [], run)));
  for (const result of results) if (result.gap) gaps.push(result.gap);
  return results.flatMap((result) => result.value);
}

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
