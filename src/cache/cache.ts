// The cache contract every backend (memory, Redis) implements, and the value codec they share.
//
// Values are JSON-serialisable data. Because the normalised model (src/providers/types.ts)
// carries Date fields, the codec tags dates so they come back as Date objects, not strings:
//
//   Date                      -> {"$date": "<ISO 8601>"}   (an invalid date -> {"$date": null})
//   object key starting "$"   -> the same key with one more "$" in front ("$date" -> "$$date")
//
// Escaping every "$"-key of real data means no real object can look like a date tag, so
// decoding is unambiguous. undefined, functions and symbols follow JSON rules (dropped in
// objects, null in arrays); BigInt, Map and Set are not supported.
//
// Contract, for every backend:
//   - reads never reject: an unreachable backend reads as a miss (undefined);
//   - writes never reject: an unreachable backend drops them;
//   - ttlSeconds <= 0 means "do not store" (a no-op), so a TTL of 0 in config turns caching off;
//   - a stored `null` is a value, distinct from a miss (`undefined`);
//   - an entry stored with `staleSeconds` outlives its TTL by that long: getMany no longer sees
//     it, getManyAged still does (marked not fresh), so a failed refresh can answer with it.
//     Deleting it or invalidating its tags drops it at once, fresh or not.

export interface CacheEntry<T> {
  key: string;
  value: T;
  ttlSeconds: number;
  /** Seconds the entry is kept past its TTL, readable only through getManyAged (served stale). */
  staleSeconds?: number;
  /** Groups the entry belongs to; invalidateTags drops every entry of a tag at once. */
  tags?: readonly string[];
}

/** A value as getManyAged reads it: whether it is still within its TTL, and when it was stored. */
export interface AgedValue<T> {
  value: T;
  fresh: boolean;
  /** Epoch ms the value was stored; null when it was stored without a stale window (always fresh). */
  storedAt: number | null;
}

export interface CacheGuard {
  key: string;
  value: number | undefined;
}

export interface Cache {
  /** Whether other processes read what this cache holds (Redis), or only this one (memory). */
  readonly shared: boolean;
  /** Values in the order of `keys`; `undefined` where the key is absent, expired or unreadable. */
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  /** getMany, but entries past their TTL and still within their stale window are returned too, marked not fresh. */
  getManyAged<T>(keys: string[]): Promise<(AgedValue<T> | undefined)[]>;
  /** Stores every entry with its own TTL; entries with ttlSeconds <= 0 are skipped. */
  setMany<T>(entries: CacheEntry<T>[]): Promise<void>;
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
  delete(keys: string[]): Promise<void>;
  /** Deletes every entry stored with any of these tags (a VM event drops its scope's listings). */
  invalidateTags(tags: string[]): Promise<void>;
  /**
   * setMany, but only if the value under `guard.key` is still `guard.value` (undefined: absent),
   * checked and written atomically. A load that read the guard before calling the cloud stores
   * nothing if the guard moved meanwhile (a VM event bumps its scope's generation), so an answer
   * fetched before a change can never be cached after it.
   */
  setManyIf<T>(guard: CacheGuard, entries: CacheEntry<T>[]): Promise<void>;
  /** Releases connections and timers; the cache must not be used afterwards. */
  close(): Promise<void>;
}

/** get/set in terms of getMany/setMany, so a backend implements the batch calls only. */
export abstract class BatchCache implements Cache {
  abstract readonly shared: boolean;
  abstract getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  abstract getManyAged<T>(keys: string[]): Promise<(AgedValue<T> | undefined)[]>;
  abstract setMany<T>(entries: CacheEntry<T>[]): Promise<void>;
  abstract delete(keys: string[]): Promise<void>;
  abstract invalidateTags(tags: string[]): Promise<void>;
  abstract setManyIf<T>(guard: CacheGuard, entries: CacheEntry<T>[]): Promise<void>;
  abstract close(): Promise<void>;

  async get<T>(key: string): Promise<T | undefined> {
    const [value] = await this.getMany<T>([key]);
    return value;
  }

  async set<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    await this.setMany([{ key, value, ttlSeconds }]);
  }
}

const TAG = '$date';

function needsEscape(obj: object): boolean {
  for (const k in obj) if (k.charCodeAt(0) === 36 /* $ */) return true;
  return false;
}

function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function replacer(this: unknown, key: string, value: unknown): unknown {
  // JSON.stringify has already called Date#toJSON on `value`; the holder still has the Date.
  const original = (this as Record<string, unknown>)[key];
  if (original instanceof Date) {
    const time = original.getTime();
    return { [TAG]: Number.isNaN(time) ? null : original.toISOString() };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && needsEscape(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Copy the original (pre-toJSON) child so the replacer still sees Dates one level down.
      defineKey(out, k.charCodeAt(0) === 36 ? `$${k}` : k, v);
    }
    return out;
  }
  return value;
}

// A walk over the parsed tree, in place: several times faster than a JSON.parse reviver, which
// matters because every cache hit on Redis decodes whole listings.
function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
    return value;
  }
  const obj = value as Record<string, unknown>;
  if (needsEscape(obj)) return reviveEscaped(obj);
  for (const k in obj) defineKey(obj, k, revive(obj[k]));
  return obj;
}

function reviveEscaped(obj: Record<string, unknown>): unknown {
  const keys = Object.keys(obj);
  if (keys.length === 1 && keys[0] === TAG) {
    const iso = obj[TAG];
    if (iso === null) return new Date(NaN);
    if (typeof iso === 'string') return new Date(iso);
  }
  const out: Record<string, unknown> = {};
  for (const k of keys) defineKey(out, k.startsWith('$$') ? k.slice(1) : k, revive(obj[k]));
  return out;
}

/** Serialises a cache value; Dates are tagged (see the scheme above). */
export function encodeValue(value: unknown): string {
  const text = JSON.stringify(value, replacer);
  if (text === undefined) throw new TypeError('cache values must be JSON-serialisable (got undefined or a function)');
  return text;
}

/** The inverse of encodeValue. */
export function decodeValue<T>(text: string): T {
  return revive(JSON.parse(text)) as T;
}

// A value kept past its TTL carries its times in front of its JSON: `@aged:<storedAt>:<freshUntil>:`
// (epoch ms). No JSON text starts with "@", so a reader that predates the header reads it as
// unreadable (a miss) rather than as data of another shape.
const AGED_HEADER = /^@aged:(\d+):(\d+):/;

export interface StoredTimes {
  storedAt: number;
  freshUntil: number;
}

/** encodeValue, with the times of a value kept past its TTL in front when given. */
export function encodeStored(value: unknown, times?: StoredTimes): string {
  const text = encodeValue(value);
  return times ? `@aged:${Math.floor(times.storedAt)}:${Math.floor(times.freshUntil)}:${text}` : text;
}

/** The inverse of encodeStored: the value, and its times when it has any. Throws on unreadable text. */
export function decodeStored<T>(text: string): { value: T; times: StoredTimes | null } {
  const header = AGED_HEADER.exec(text);
  if (!header) return { value: decodeValue<T>(text), times: null };
  return { value: decodeValue<T>(text.slice(header[0].length)), times: { storedAt: Number(header[1]), freshUntil: Number(header[2]) } };
}
