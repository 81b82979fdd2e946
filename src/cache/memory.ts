// The in-process cache: used when no Redis URL is configured (a single gateway, tests, the
// sandbox). A value is stored as a deep-frozen copy made through the same codec Redis uses, so
// both backends accept and return exactly the same data; reads hand out that frozen copy
// without decoding it again (a hit costs nothing), and nobody can change what another reads.
// Memory is bounded by a maximum entry count; past it the least recently used entry goes.
// An entry with a stale window is kept until the window ends, but getMany stops seeing it at its TTL.
import { BatchCache, decodeValue, encodeValue, type AgedValue, type CacheEntry, type CacheGuard } from './cache.js';

export const DEFAULT_MAX_ENTRIES = 10_000;

export interface MemoryCacheOptions {
  /** Most entries kept; the least recently used is evicted past it. Default 10 000. */
  maxEntries?: number;
  /** Clock in epoch milliseconds; tests may replace it. */
  now?: () => number;
}

interface Stored {
  value: unknown;
  /** When the entry goes: its TTL, plus its stale window when it has one. */
  expiresAt: number;
  freshUntil: number;
  /** Set only for entries with a stale window (as Redis keeps times only for those). */
  storedAt: number | null;
  tags: readonly string[];
}

export class MemoryCache extends BatchCache {
  readonly shared = false;
  readonly maxEntries: number;
  private readonly now: () => number;
  // A Map iterates in insertion order; re-inserting on every hit keeps it in LRU order
  // (first = least recently used).
  private readonly entries = new Map<string, Stored>();
  /** tag → keys stored with it; a key leaves its tags when its entry goes. */
  private readonly tagged = new Map<string, Set<string>>();
  private lastSweep = -Infinity;

  constructor(options: MemoryCacheOptions = {}) {
    super();
    const max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxEntries must be a positive integer, got ${max}`);
    this.maxEntries = max;
    this.now = options.now ?? Date.now;
  }

  /** Entries held, expired ones not yet dropped included. */
  get size(): number {
    return this.entries.size;
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    const now = this.now();
    return keys.map((key) => {
      const stored = this.live(key, now);
      return stored && stored.freshUntil > now ? (stored.value as T) : undefined;
    });
  }

  async getManyAged<T>(keys: string[]): Promise<(AgedValue<T> | undefined)[]> {
    const now = this.now();
    return keys.map((key) => {
      const stored = this.live(key, now);
      return stored && { value: stored.value as T, fresh: stored.freshUntil > now, storedAt: stored.storedAt };
    });
  }

  /** The entry under `key` unless it has gone (then dropped), made most recently used. */
  private live(key: string, now: number): Stored | undefined {
    const stored = this.entries.get(key);
    if (stored === undefined) return undefined;
    if (stored.expiresAt <= now) {
      this.remove(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, stored);
    return stored;
  }

  async setMany<T>(entries: CacheEntry<T>[]): Promise<void> {
    const now = this.now();
    const storable = entries.filter((entry) => entry.ttlSeconds > 0);
    // Past maxEntries the first of a batch would be evicted by its own last: they only replace
    // what their keys held (a whole large listing primed is not copied to be dropped).
    const firstKept = Math.max(0, storable.length - this.maxEntries);
    for (const [index, { key, value, ttlSeconds, staleSeconds = 0, tags = [] }] of storable.entries()) {
      if (index < firstKept) {
        this.remove(key);
        continue;
      }
      let copy: unknown;
      try {
        copy = deepFreeze(decodeValue(encodeValue(value)));
      } catch {
        continue; // not serialisable: not cached, as Redis would not
      }
      this.remove(key);
      const freshUntil = now + ttlSeconds * 1000;
      const stale = staleSeconds > 0;
      this.entries.set(key, { value: copy, expiresAt: freshUntil + (stale ? staleSeconds * 1000 : 0), freshUntil, storedAt: stale ? now : null, tags });
      for (const tag of tags) this.tagMembers(tag).add(key);
    }
    this.evict(now);
  }

  async setManyIf<T>(guard: CacheGuard, entries: CacheEntry<T>[]): Promise<void> {
    // One process, and getMany/setMany never yield in between: the check and the write are atomic.
    const [current] = await this.getMany<number>([guard.key]);
    if (current === guard.value) await this.setMany(entries);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.remove(key);
  }

  async invalidateTags(tags: string[]): Promise<void> {
    for (const tag of tags) {
      for (const key of [...(this.tagged.get(tag) ?? [])]) this.remove(key);
    }
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.tagged.clear();
  }

  private tagMembers(tag: string): Set<string> {
    let members = this.tagged.get(tag);
    if (!members) {
      members = new Set();
      this.tagged.set(tag, members);
    }
    return members;
  }

  private remove(key: string): void {
    const stored = this.entries.get(key);
    if (!stored) return;
    this.entries.delete(key);
    for (const tag of stored.tags) {
      const members = this.tagged.get(tag);
      members?.delete(key);
      if (members?.size === 0) this.tagged.delete(tag);
    }
  }

  private evict(now: number): void {
    if (this.entries.size <= this.maxEntries) return;
    // Expired entries go first, wherever they sit (a full scan, so at most once a second);
    // then the least recently used.
    if (now - this.lastSweep >= 1000) {
      this.lastSweep = now;
      for (const [key, stored] of this.entries) {
        if (stored.expiresAt <= now) this.remove(key);
      }
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.remove(key);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
