// DigitalOcean metrics through the adapter, against the emulator's Monitoring API: one request
// per droplet and metric (two for memory), CPU as a busy percentage, bandwidth as bytes per
// interval, memory as the share in use — each exactly as the wire's samples say; disk series
// unavailable without a call.
import { beforeEach, describe, expect, it } from 'vitest';
import { startDigitalOceanEmulator } from '../../../emulators/digitalocean/index.js';
import { createFleet } from '../../../emulators/fleet.js';
import type { MetricName } from '../../../src/providers/types.js';
import { startedForFile } from '../../support/harness.js';
import { adapterFor, teamScope } from './support.js';

const fleet = createFleet({ seed: 11, vmsPerScope: 4 });
const emulator = startedForFile(() => startDigitalOceanEmulator({ fleet }));
const team = () => fleet.digitalocean.teams[0]!;

beforeEach(() => emulator().requests.reset());

describe('DigitalOcean metrics', () => {
  it('answers CPU, network and memory of running droplets with one request per droplet and metric', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const scope = teamScope(team().uuid);
    const running = (await adapter.list('vm', scope, { states: ['RUNNING'] })).slice(0, 2);
    expect(running).toHaveLength(2);
    emulator().requests.reset();
    const to = fleet.now();
    const from = new Date(to.getTime() - 3600_000);
    const names: MetricName[] = ['CPU_UTILIZATION', 'NETWORK_IN_BYTES', 'NETWORK_OUT_BYTES', 'MEMORY_UTILIZATION', 'DISK_READ_BYTES'];
    const queries = running.flatMap((vm) => names.map((name) => ({ resourceId: vm.id, name, nativeName: null, period: 300 })));
    const series = await adapter.metrics(scope, { from, to, queries });
    expect(series).toHaveLength(queries.length);
    expect(emulator().requests.count({ action: 'monitoring.droplet.cpu' })).toBe(2);
    expect(emulator().requests.count({ action: 'monitoring.droplet.bandwidth' })).toBe(4);
    expect(emulator().requests.count({ action: 'monitoring.droplet.memory_total' })).toBe(2);
    expect(emulator().requests.count({ action: 'monitoring.droplet.memory_available' })).toBe(2);
    expect(emulator().requests.count()).toBe(10);
    for (const s of series) {
      expect(queries.some((q) => q.resourceId === s.resourceId && q.name === s.name)).toBe(true);
      if (s.name === 'DISK_READ_BYTES') {
        expect(s).toMatchObject({ available: false, points: [] });
        continue;
      }
      expect(s.points.length, `${s.name} of ${s.resourceId}`).toBeGreaterThan(0);
      for (const p of s.points) {
        // The API takes whole seconds: the window starts at `from`'s second.
        expect(p.timestamp.getTime()).toBeGreaterThanOrEqual(Math.floor(from.getTime() / 1000) * 1000);
        expect(p.timestamp.getTime()).toBeLessThanOrEqual(to.getTime());
        if (s.unit === 'PERCENT') expect(p.value).toBeGreaterThanOrEqual(0);
        if (s.unit === 'PERCENT') expect(p.value).toBeLessThanOrEqual(100);
        if (s.unit === 'BYTES') expect(p.value).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("converts the wire's samples exactly: CPU from the per-mode counters, Mbps to bytes per interval, memory to the share in use", async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const scope = teamScope(team().uuid);
    const running = await adapter.list('vm', scope, { states: ['RUNNING'] });
    const vm = running.find((v) => fleet.digitalocean.droplets(team().uuid).find((d) => String(d.id) === v.nativeId)!.features.includes('monitoring'))!;
    const to = new Date(Math.floor(fleet.now().getTime() / 1000) * 1000);
    const from = new Date(to.getTime() - 3600_000);
    const wire = async (metric: string, extra = '') => {
      const url = `/v2/monitoring/metrics/droplet/${metric}?host_id=${vm.nativeId}&start=${from.getTime() / 1000}&end=${to.getTime() / 1000}${extra}`;
      const body = (await (await fetch(new URL(url, emulator().url), { headers: { authorization: `Bearer ${team().token}` } })).json()) as { data: { result: { metric: Record<string, string>; values: [number, string][] }[] } };
      const sums = new Map<number, number>();
      for (const r of body.data.result) for (const [t, v] of r.values) sums.set(t, (sums.get(t) ?? 0) + Number(v));
      const idle = new Map<number, number>();
      for (const r of body.data.result.filter((r) => r.metric.mode === 'idle')) for (const [t, v] of r.values) idle.set(t, (idle.get(t) ?? 0) + Number(v));
      return { times: [...sums.keys()].sort((a, b) => a - b), sums, idle };
    };
    const names: MetricName[] = ['CPU_UTILIZATION', 'NETWORK_IN_BYTES', 'MEMORY_UTILIZATION'];
    const series = await adapter.metrics(scope, { from, to, queries: names.map((name) => ({ resourceId: vm.id, name, nativeName: null, period: 60 })) });
    const points = (name: MetricName) => series.find((s) => s.name === name)!.points.map((p) => [p.timestamp.getTime() / 1000, p.value]);
    const round3 = (v: number) => Math.round(v * 1000) / 1000;

    const cpu = await wire('cpu');
    const cpuExpected = cpu.times.slice(1).map((t, i) => {
      const before = cpu.times[i]!;
      return [t, round3(100 * (1 - (cpu.idle.get(t)! - cpu.idle.get(before)!) / (cpu.sums.get(t)! - cpu.sums.get(before)!)))];
    });
    const bandwidth = await wire('bandwidth', '&interface=public&direction=inbound');
    const bytesExpected = bandwidth.times.slice(1).map((t, i) => [t, Math.round(((bandwidth.sums.get(t)! * 1_000_000) / 8) * (t - bandwidth.times[i]!))]);
    const [total, available] = [await wire('memory_total'), await wire('memory_available')];
    const memoryExpected = total.times.map((t) => [t, round3(100 * (1 - available.sums.get(t)! / total.sums.get(t)!))]);
    expect(cpuExpected.length).toBeGreaterThan(10);
    expect(points('CPU_UTILIZATION')).toEqual(cpuExpected);
    expect(points('NETWORK_IN_BYTES')).toEqual(bytesExpected);
    expect(points('MEMORY_UTILIZATION')).toEqual(memoryExpected);
  });

  it('answers a native metric by its DigitalOcean name, and refuses one from another team before any call', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const scope = teamScope(team().uuid);
    const [vm] = await adapter.list('vm', scope, { states: ['RUNNING'] });
    emulator().requests.reset();
    const to = fleet.now();
    const from = new Date(to.getTime() - 3600_000);
    const [load] = await adapter.metrics(scope, { from, to, queries: [{ resourceId: vm!.id, name: null, nativeName: 'load_1', period: 300 }] });
    expect(load).toMatchObject({ nativeName: 'load_1', available: true });
    expect(load!.points.length).toBeGreaterThan(0);
    expect(emulator().requests.count({ action: 'monitoring.droplet.load_1' })).toBe(1);
    const other = vm!.id.replace(team().uuid, fleet.digitalocean.teams[1]!.uuid);
    await expect(adapter.metrics(scope, { from, to, queries: [{ resourceId: other, name: 'CPU_UTILIZATION', nativeName: null, period: 300 }] })).rejects.toMatchObject({ category: 'INVALID_INPUT' });
    expect(emulator().requests.count()).toBe(1);
  });
});
