// A guest's RRD data (`…/rrddata?timeframe=…&cf=…`) as pvestatd records it: one point per step
// of the timeframe, the latest 70, CPU as a fraction of the guest's CPUs, memory and disk in
// bytes, network and disk I/O in bytes per second. Values come from the shared deterministic
// metric shapes, so a range asked twice gives the same numbers; a stopped guest's points carry
// only the time and its sizes (as Proxmox records no usage for it).
import { sampleMetric, type MetricShape } from '../kit/metrics.js';
import type { PveGuest } from './fleet/types.js';

/** Seconds per point of each timeframe (PVE's RRD archives). */
export const RRD_STEPS = { hour: 60, day: 1_800, week: 10_800, month: 43_200, year: 604_800 } as const;
export type Timeframe = keyof typeof RRD_STEPS;

const POINTS = 70;

const SHAPES: Record<'cpu' | 'mem' | 'netin' | 'netout' | 'diskread' | 'diskwrite', MetricShape> = {
  cpu: { kind: 'percent', low: 2, high: 85, daily: 0.4, noise: 0.2 },
  mem: { kind: 'percent', low: 20, high: 90, daily: 0.1, noise: 0.05 },
  netin: { kind: 'bytes', low: 2_000, high: 4_000_000, daily: 0.5, noise: 0.3 },
  netout: { kind: 'bytes', low: 1_000, high: 2_000_000, daily: 0.5, noise: 0.3 },
  diskread: { kind: 'bytes', low: 500, high: 8_000_000, daily: 0.3, noise: 0.4 },
  diskwrite: { kind: 'bytes', low: 1_000, high: 6_000_000, daily: 0.3, noise: 0.4 },
};

export function rrdData(seed: number, cluster: string, guest: PveGuest, timeframe: Timeframe, nowSeconds: number): Record<string, number>[] {
  const step = RRD_STEPS[timeframe];
  const last = Math.floor(nowSeconds / step) * step;
  const key = `${cluster}/${guest.vmid}`;
  const points: Record<string, number>[] = [];
  for (let time = last - (POINTS - 1) * step; time <= last; time += step) {
    const point: Record<string, number> = { time, maxcpu: guest.maxcpu, maxmem: guest.maxmem, maxdisk: guest.maxdisk };
    if (guest.status === 'running') {
      const value = (name: keyof typeof SHAPES) => sampleMetric(seed, key, name, SHAPES[name], time, step).average;
      point.cpu = value('cpu') / 100;
      point.mem = Math.round((value('mem') / 100) * guest.maxmem);
      point.disk = 0;
      for (const name of ['netin', 'netout', 'diskread', 'diskwrite'] as const) point[name] = value(name) / 60;
    }
    points.push(point);
  }
  return points;
}
