// `GET /v2/monitoring/metrics/droplet/<metric>?host_id&start&end`: a Prometheus range query over
// one droplet, answered as `{ status, data: { resultType: "matrix", result: [{ metric, values }] } }`
// with values as strings. Points every 60 s (every 300 s past six hours), none after the fleet's
// now, none for a droplet still being created. `cpu` is cumulative CPU seconds per mode (a counter
// that, in the emulator, starts afresh each UTC day — consumers take differences, and skip a
// reset as after a reboot); `bandwidth` Mbps per interface and direction; memory, load and
// filesystem metrics only where the metrics agent runs (the droplet's `monitoring` feature).
import { sampleMetric, type MetricShape } from '../kit/metrics.js';
import { hashParts } from '../kit/prng.js';
import type { DoDroplet } from './fleet/types.js';

const GAUGES: Record<string, { shape: MetricShape; agent: boolean }> = {
  load_1: { shape: { kind: 'count', low: 0.05, high: 3, daily: 0.4, noise: 0.3 }, agent: true },
  load_5: { shape: { kind: 'count', low: 0.05, high: 2.5, daily: 0.4, noise: 0.2 }, agent: true },
  load_15: { shape: { kind: 'count', low: 0.05, high: 2, daily: 0.4, noise: 0.1 }, agent: true },
};
const MEMORY = new Set(['memory_total', 'memory_available', 'memory_free', 'memory_cached']);
const FILESYSTEM = new Set(['filesystem_free', 'filesystem_size']);
const CPU_MODES: readonly [string, number][] = [['user', 0.7], ['system', 0.25], ['iowait', 0.05]];
const BUSY: MetricShape = { kind: 'percent', low: 2, high: 85, daily: 0.3, noise: 0.2 };
const MBPS: MetricShape = { kind: 'bytes', low: 0.05, high: 40, daily: 0.5, noise: 0.3 };
const USED: MetricShape = { kind: 'percent', low: 20, high: 85, daily: 0.1, noise: 0.05 };

export const DROPLET_METRICS: readonly string[] = ['cpu', 'bandwidth', ...Object.keys(GAUGES), ...MEMORY, ...FILESYSTEM];

export interface MetricsQuery {
  metric: string;
  start: number;
  end: number;
  interface?: string;
  direction?: string;
}

type Series = { metric: Record<string, string>; values: [number, string][] };

export function dropletMetrics(seed: number, droplet: DoDroplet, query: MetricsQuery, nowSeconds: number): Series[] {
  const host = String(droplet.id);
  const agent = droplet.features.includes('monitoring');
  const times = timesOf(query.start, Math.min(query.end, nowSeconds));
  if (droplet.status === 'new' || times.length === 0) return [];
  const key = `digitalocean/${host}`;
  const gauge = (labels: Record<string, string>, value: (t: number) => number): Series => ({
    metric: { host_id: host, ...labels },
    values: times.map((t) => [t, format(value(t))]),
  });
  const sample = (metric: string, shape: MetricShape, t: number) => sampleMetric(seed, key, metric, shape, t - (t % 60), 60).average;
  switch (query.metric) {
    case 'cpu':
      return cpuSeries(seed, key, host, droplet.vcpus, times, sample);
    case 'bandwidth': {
      const iface = query.interface ?? 'public';
      const direction = query.direction ?? 'inbound';
      return [gauge({ interface: iface, direction }, (t) => sample(`bandwidth/${iface}/${direction}`, MBPS, t))];
    }
  }
  if (!agent) return [];
  const total = droplet.memory * 1024 * 1024;
  const disk = droplet.disk * 1024 ** 3;
  if (GAUGES[query.metric]) return [gauge({}, (t) => sample(query.metric, GAUGES[query.metric]!.shape, t))];
  if (query.metric === 'memory_total') return [gauge({}, () => total)];
  if (MEMORY.has(query.metric)) return [gauge({}, (t) => Math.round(total * (1 - sample('memory_used', USED, t) / 100) * (query.metric === 'memory_available' ? 1 : 0.8)))];
  if (query.metric === 'filesystem_size') return [gauge({ device: '/dev/vda1', mountpoint: '/' }, () => disk)];
  if (query.metric === 'filesystem_free') return [gauge({ device: '/dev/vda1', mountpoint: '/' }, (t) => Math.round(disk * (1 - sample('filesystem_used', USED, t) / 100)))];
  return [];
}

/** Counters of CPU seconds per mode, over all the droplet's CPUs, counted from the start of the UTC day. */
function cpuSeries(seed: number, key: string, host: string, vcpus: number, times: number[], sample: (metric: string, shape: MetricShape, t: number) => number): Series[] {
  const modes = [...CPU_MODES.map(([mode]) => mode), 'idle'];
  const counters = new Map(modes.map((mode) => [mode, [] as [number, string][]]));
  let day = -1;
  const running = new Map<string, number>();
  let last = 0;
  for (const t of times) {
    const startOfDay = t - (t % 86_400);
    if (startOfDay !== day) {
      day = startOfDay;
      last = startOfDay;
      for (const mode of modes) running.set(mode, (hashParts(seed, key, mode, day) % 1000) * vcpus);
    }
    // Walk minute by minute from the last point, so any two windows agree on the same day.
    for (let m = last; m < t; m += 60) {
      const busy = sample('cpu', BUSY, m) / 100;
      for (const [mode, share] of CPU_MODES) running.set(mode, running.get(mode)! + 60 * vcpus * busy * share);
      running.set('idle', running.get('idle')! + 60 * vcpus * (1 - busy));
    }
    last = t;
    for (const mode of modes) counters.get(mode)!.push([t, format(running.get(mode)!)]);
  }
  return modes.map((mode) => ({ metric: { host_id: host, mode }, values: counters.get(mode)! }));
}

function timesOf(start: number, end: number): number[] {
  const step = end - start > 6 * 3600 ? 300 : 60;
  const first = Math.ceil(start / step) * step;
  const times: number[] = [];
  for (let t = first; t <= end && times.length < 20_000; t += step) times.push(t);
  return times;
}

const format = (value: number) => String(Math.round(value * 1000) / 1000);
