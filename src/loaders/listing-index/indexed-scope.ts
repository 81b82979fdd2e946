// One scope's listing as the index holds it in this process: one version of the scope's whole
// listing (every resource of the kind, unfiltered), with each order it has been read in sorted
// once and kept until the next version replaces it.
import type { Gap, Scope } from '../../providers/types.js';
import { rank, type Ranked, type SortOrder } from './order.js';

/** What says which version of a scope's listing is current (stored apart from the listing, so it is cheap to read). */
export interface IndexHead {
  /** Unique per listing fetched. */
  version: string;
  /** The scope's generation (bumped by every event in it) read before the listing was fetched. */
  generation: number;
  /** Epoch ms the listing came back: it is fresh for the kind's TTL from then. */
  storedAt: number;
  /** Epoch ms its fetch began: what it shows was true at least from then (the time of a poll's observations). */
  fetchedFrom: number;
}

/** The listing as stored in the cache. */
export interface StoredIndex<T> extends IndexHead {
  items: T[];
  /** Parts of the listing the provider could not answer. */
  gaps: Gap[];
}

export class IndexedScope<T extends { id: string }> {
  private orders = new Map<string, Ranked<T>[]>();
  private byId: Map<string, T> | undefined;

  constructor(
    readonly scope: Scope,
    readonly head: IndexHead,
    readonly items: readonly T[],
    readonly gaps: readonly Gap[],
  ) {}

  /** The items in `order`, sorted on first use of that order. */
  ranked(order: SortOrder<T>): readonly Ranked<T>[] {
    let ranked = this.orders.get(order.name);
    if (!ranked) {
      ranked = rank(this.items, order);
      this.orders.set(order.name, ranked);
    }
    return ranked;
  }

  /** The same listing, known to reflect the scope's events up to `generation`. */
  withGeneration(generation: number): IndexedScope<T> {
    const settled = new IndexedScope(this.scope, { ...this.head, generation }, this.items, this.gaps);
    settled.orders = this.orders;
    settled.byId = this.byId;
    return settled;
  }

  /** The item with this global id, if the listing has it. */
  find(id: string): T | undefined {
    this.byId ??= new Map(this.items.map((item) => [item.id, item]));
    return this.byId.get(id);
  }

  ageMs(now = Date.now()): number {
    return Math.max(0, now - this.head.storedAt);
  }
}
