// Metric series. Every series a query asks for, for any number of resources, goes into one
// batch; it is split by scope and time window (a provider call takes one window), cache misses
// become one adapter call per group, and the adapter packs them into as few API calls as its
// limits allow (500 queries per CloudWatch GetMetricData). A group whose call fails fails its
// series; a series the adapter answers with a failure (one droplet's call throttled) fails alone,
// and is cached as such for the metrics TTL, as listings are cached with their gaps.
import DataLoader from 'dataloader';
import { cachedByIds } from '../cache/index.js';
import { metricKey } from '../cache/keys.js';
import { errorOfGap } from '../providers/gaps.js';
import { parseGlobalId, scopeKey } from '../providers/ids.js';
import { METRIC_UNITS, type MetricName, type MetricQuery, type MetricSeries, type Scope } from '../providers/types.js';
import { callScope } from './call-scope.js';
import type { Services } from './services.js';

export interface MetricKey {
  resourceId: string;
  name: MetricName | null;
  nativeName: string | null;
  period: number;
  from: Date;
  to: Date;
}

export type MetricLoader = DataLoader<MetricKey, MetricSeries, string>;

/** Snaps the window outwards to whole periods, as the providers do, so equal windows share cache entries. */
export function alignWindow(from: Date, to: Date, period: number): { from: Date; to: Date } {
  const ms = period * 1000;
  return { from: new Date(Math.floor(from.getTime() / ms) * ms), to: new Date(Math.ceil(to.getTime() / ms) * ms) };
}

export function createMetricLoader(services: Services): MetricLoader {
  return new DataLoader<MetricKey, MetricSeries, string>(
    async (keys) => {
      const results = new Map<string, MetricSeries | Error>();
      await Promise.all(
        groupByScopeAndWindow(services, keys).map(async (group) => {
          try {
            const loaded = await loadGroup(services, group);
            // A series whose own upstream read failed is that failure, for its resource alone.
            for (const [key, series] of loaded) results.set(key, series.failure ? errorOfGap(series.failure) : series);
          } catch (error) {
            for (const key of group.keys) results.set(cacheKeyOf(key), error as Error);
          }
        }),
      );
      return keys.map((key) => results.get(cacheKeyOf(key)) ?? unavailable(key));
    },
    { cacheKeyFn: cacheKeyOf },
  );
}

interface MetricGroup {
  scope: Scope;
  from: Date;
  to: Date;
  keys: MetricKey[];
}

async function loadGroup(services: Services, group: MetricGroup): Promise<Map<string, MetricSeries>> {
  const adapter = services.registry.adapter(group.scope.provider);
  if (!adapter || !services.registry.knows(group.scope)) return new Map();
  const byCacheKey = new Map(group.keys.map((key) => [cacheKeyOf(key), key]));
  return cachedByIds<MetricSeries>(services.cache, 'metrics', [...byCacheKey.keys()], (k) => k, services.ttl.metrics, async (missing) => {
    const queries: MetricQuery[] = missing.map((k) => {
      const { resourceId, name, nativeName, period } = byCacheKey.get(k)!;
      return { resourceId, name, nativeName, period };
    });
    const series = await callScope(services, group.scope, 'metrics', () =>
      adapter.metrics(group.scope, { from: group.from, to: group.to, queries }),
    );
    // The adapter contract: one series per query, in query order (native names may come back
    // spelled in full, so position is the only reliable pairing).
    return new Map(queries.map((query, index) => [metricKey(query, group.from, group.to), series[index]!] as const).filter(([, s]) => s));
  });
}

function groupByScopeAndWindow(services: Services, keys: readonly MetricKey[]): MetricGroup[] {
  const groups = new Map<string, MetricGroup>();
  for (const key of keys) {
    const scope = services.registry.scopeOf(parseGlobalId(key.resourceId));
    const id = `${scopeKey(scope)}|${key.from.getTime()}|${key.to.getTime()}`;
    const group = groups.get(id) ?? {
      scope,
      from: key.from,
      to: key.to,
      keys: [],
    };
    group.keys.push(key);
    groups.set(id, group);
  }
  return [...groups.values()];
}

function cacheKeyOf(key: MetricKey): string {
  return metricKey(key, key.from, key.to);
}

function unavailable(key: MetricKey): MetricSeries {
  return {
    resourceId: key.resourceId,
    name: key.name,
    nativeName: key.nativeName ?? key.name ?? '',
    unit: key.name ? METRIC_UNITS[key.name] : 'COUNT',
    period: key.period,
    points: [],
    available: false,
  };
}
