// The in-process cache: used when no Redis URL is configured (a single gateway, tests, the
// sandbox). A value is stored as a deep-frozen copy made through the same codec Redis uses, so
// both backends accept and return exactly the same data; reads hand out that frozen copy
// without decoding it again (a hit costs nothing), and nobody can change what another reads.
// Memory is bounded by a maximum entry count; past it the least recently used entry goes.
import { BatchCache, decodeValue, encodeValue, type CacheEntry } from './cache.js';

export const DEFAULT_MAX_ENTRIES = 10_000;

export interface MemoryCacheOptions {
  /** Most entries kept; the least recently used is evicted past it. Default 10 000. */
  maxEntries?: number;
  /** Clock in epoch milliseconds; tests may replace it. */
  now?: () => number;
}

interface Stored {
  value: unknown;
  expiresAt: number;
}

export class MemoryCache extends BatchCache {
  readonly maxEntries: number;
  private readonly now: () => number;
  // A Map iterates in insertion order; re-inserting on every hit keeps it in LRU order
  // (first = least recently used).
  private readonly entries = new Map<string, Stored>();
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
      const stored = this.entries.get(key);
      if (stored === undefined) return undefined;
      this.entries.delete(key);
      if (stored.expiresAt <= now) return undefined;
      this.entries.set(key, stored);
      return stored.value as T;
    });
  }

  async setMany<T>(entries: CacheEntry<T>[]): Promise<void> {
    const now = this.now();
    for (const { key, value, ttlSeconds } of entries) {
      if (!(ttlSeconds > 0)) continue;
      let copy: unknown;
      try {
        copy = deepFreeze(decodeValue(encodeValue(value)));
      } catch {
        continue; // not serialisable: not cached, as Redis would not
      }
      this.entries.delete(key);
      this.entries.set(key, { value: copy, expiresAt: now + ttlSeconds * 1000 });
    }
    this.evict(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private evict(now: number): void {
    if (this.entries.size <= this.maxEntries) return;
    // Expired entries go first, wherever they sit (a full scan, so at most once a second);
    // then the least recently used.
    if (now - this.lastSweep >= 1000) {
      this.lastSweep = now;
      for (const [key, stored] of this.entries) {
        if (stored.expiresAt <= now) this.entries.delete(key);
      }
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(key);
    }
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
