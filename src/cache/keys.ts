// The cache key scheme. Every key the process writes is built here, one function per kind of
// entry, so two call sites can never disagree about a key's shape. Backends add their own
// prefix (config `cache.keyPrefix`, "fleetgraph:" by default) in front of these.
//
//   res:<kind>:<globalId>                                  one resource by global id
//   list:<kind>:<scopeKey>:<filterHash>                    one listing call for one scope
//   index:<kind>:<scopeKey>[:head]                         a scope's listing index, and its head
//   metric:<resourceId>:<metric>:<period>:<from>:<to>      one metric series over a window
//   price:<catalog>:<provider>:<region>[:<os>]             one region of a cloud's price catalog
//   spend:<what>:<provider>:<queryHash>                    one billing query (usage, resources, forecast)
//   tag:<tag>                                              (Redis) the keys stored with a tag
//   gen:<tag>                                              a tag's generation (bumped by events)
//
// Tags group entries for invalidation: every listing of one kind in one scope carries
// listingTag(kind, scope), so a VM event drops them all whatever their filters.
//
// Global ids and scope keys are already percent-encoded (src/providers/ids.ts); other free
// text parts are percent-encoded here, so no part can contain a stray ':'.
import { createHash } from 'node:crypto';
import { scopeKey } from '../providers/ids.js';
import type { MetricQuery, ResourceKind, Scope } from '../providers/types.js';

/**
 * A resource by its global id, e.g. `res:vm:aws:111111111111:us-east-1:vm:i-0abc`.
 * cachedByIds stores `null` under such a key for an id the cloud does not know (negative entry).
 */
export function resourceKey(kind: ResourceKind, globalId: string): string {
  return `res:${kind}:${globalId}`;
}

/** Bumped whenever the shape of a cached listing changes, so that replicas of two versions never read each other's. */
const LISTING_FORMAT = 2;

/**
 * One listing of `kind` in one scope with one filter, e.g. `list:vm:aws:111111111111:us-east-1:2.3f0c…`
 * (format 2, then the filter's hash). The filter is hashed with stableHash, so property order does
 * not matter and an absent filter equals an empty one. Array order does matter: sort set-like
 * arrays before calling if two orders should share an entry.
 */
export function listKey(kind: ResourceKind, scope: Scope | string, filter?: unknown): string {
  const scopePart = typeof scope === 'string' ? scope : scopeKey(scope);
  return `list:${kind}:${scopePart}:${LISTING_FORMAT}.${stableHash(filter ?? {})}`;
}

/** Bumped whenever the shape of a stored listing index changes (see listKey's LISTING_FORMAT). */
const INDEX_FORMAT = 1;

/** The whole listing of `kind` in one scope as the listing index keeps it (src/loaders/listing-index). */
export function indexKey(kind: ResourceKind, scope: Scope | string): string {
  return `index:${kind}:${typeof scope === 'string' ? scope : scopeKey(scope)}:${INDEX_FORMAT}`;
}

/** The small record that says which version of indexKey(kind, scope) is current, how old, and of which generation. */
export function indexHeadKey(kind: ResourceKind, scope: Scope | string): string {
  return `${indexKey(kind, scope)}:head`;
}

/**
 * One metric series for one resource over [from, to) at `period` seconds, e.g.
 * `metric:aws:…:vm:i-0abc:CPU_UTILIZATION:300:1700000000:1700003600`. A native metric name
 * (no model name) is written `native=<encoded name>`. Times are whole epoch seconds: align
 * the window to the period before calling, or every request is a different key.
 */
export function metricKey(query: Pick<MetricQuery, 'resourceId' | 'name' | 'nativeName' | 'period'>, from: Date, to: Date): string {
  const metric = query.name ?? `native=${encodeURIComponent(query.nativeName ?? '')}`;
  return `metric:${query.resourceId}:${metric}:${query.period}:${epochSeconds(from)}:${epochSeconds(to)}`;
}

/** One region of a cloud's price catalog, e.g. `price:instances:aws:us-east-1:LINUX` or `price:storage:gcp:us-central1`. */
export function priceKey(catalog: 'instances' | 'storage', provider: string, region: string, os?: string): string {
  return ['price', catalog, provider, encodeURIComponent(region), ...(os ? [os] : [])].join(':');
}

/** One billing query of a provider, e.g. `spend:usage:aws:<hash of the query>`. */
export function spendKey(what: 'usage' | 'resources' | 'forecast' | 'balance', provider: string, query: unknown): string {
  return `spend:${what}:${provider}:${stableHash(query)}`;
}

/** The tag every listing of `kind` in `scope` is stored with. */
export function listingTag(kind: ResourceKind, scope: Scope | string): string {
  return `list:${kind}:${typeof scope === 'string' ? scope : scopeKey(scope)}`;
}

/**
 * A tag's generation: a counter bumped whenever the tag's entries are invalidated by an event.
 * Loads read it before calling the cloud and store only if it has not moved (Cache.setManyIf).
 */
export function generationKey(tag: string): string {
  return `gen:${tag}`;
}

/** Where a backend that needs one keeps the members of a tag (Redis: a set). */
export function tagSetKey(tag: string): string {
  return `tag:${tag}`;
}

/**
 * JSON with object keys sorted at every level, so equal data gives equal text whatever the
 * property order. undefined properties are dropped (as JSON does) and Dates become ISO strings.
 */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

/** A short (128-bit, base64url) SHA-256 hash of stableStringify(value). */
export function stableHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('base64url').slice(0, 22);
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(sortKeys);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
