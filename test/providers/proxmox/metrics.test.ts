// Proxmox VE metrics through the adapter, against the emulator's RRD data: the values are the
// wire's, converted to the model's units; one rrddata request per guest, whatever is asked of it;
// the timeframe reaches back to `from`; a longer period merges points.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startProxmoxEmulator } from '../../../emulators/proxmox/index.js';
import { globalId } from '../../../src/providers/ids.js';
import type { MetricQuery } from '../../../src/providers/types.js';
import { rejectionOf, startedForFile } from '../../support/harness.js';
import { adapterFor, clusterScope, wireGet } from './support.js';

const fleet = createFleet({ seed: 9, vmsPerScope: 6 });
const emulator = startedForFile(() => startProxmoxEmulator({ fleet }));
const EDGE = 'pve-edge';
const running = () => fleet.proxmox.of(EDGE).guests.find((g) => g.status === 'running' && g.template === 0)!;
const idOf = (vmid: number) => globalId(clusterScope(EDGE), 'vm', String(vmid));
const query = (vmid: number, name: MetricQuery['name'], period = 60, nativeName: string | null = null): MetricQuery => ({ resourceId: idOf(vmid), name, nativeName, period });

type Point = { time: number; cpu?: number; mem?: number; maxmem?: number; netin?: number };

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
});

describe('Proxmox VE metrics', () => {
  it("converts the guest's RRD points: CPU and memory as %, network as bytes per interval; one request for all of them", async () => {
    const guest = running();
    const to = new Date();
    const from = new Date(to.getTime() - 30 * 60_000);
    const series = await adapterFor(fleet, emulator()).metrics(clusterScope(EDGE), {
      from,
      to,
      queries: [query(guest.vmid, 'CPU_UTILIZATION'), query(guest.vmid, 'MEMORY_UTILIZATION'), query(guest.vmid, 'NETWORK_IN_BYTES'), query(guest.vmid, 'DISK_WRITE_OPS')],
    });
    expect(emulator().requests.count({ action: `${guest.type}.rrddata` })).toBe(1);
    const wire = (await wireGet<Point[]>(emulator(), fleet, EDGE, `nodes/${guest.node}/${guest.type}/${guest.vmid}/rrddata?timeframe=hour&cf=AVERAGE`)).filter(
      (p) => p.time * 1000 >= from.getTime() && p.time * 1000 <= to.getTime(),
    );
    const [cpu, memory, netIn, diskOps] = series;
    expect(cpu!.points.map((p) => p.value)).toEqual(wire.map((p) => Math.round(p.cpu! * 100 * 1000) / 1000));
    expect(cpu!.points.map((p) => p.timestamp.getTime() / 1000)).toEqual(wire.map((p) => p.time));
    expect(memory!.points.map((p) => p.value)).toEqual(wire.map((p) => Math.round(((100 * p.mem!) / p.maxmem!) * 1000) / 1000));
    expect(netIn).toMatchObject({ unit: 'BYTES', nativeName: 'netin', available: true });
    expect(netIn!.points.map((p) => p.value)).toEqual(wire.map((p) => Math.round(p.netin! * 60)));
    expect(diskOps).toMatchObject({ available: false, points: [] });
  });

  it("reaches back with a longer timeframe, merges points into the period asked, and answers a native field", async () => {
    const guest = running();
    const to = new Date();
    const from = new Date(to.getTime() - 24 * 3600_000);
    const [bytes, mem] = await adapterFor(fleet, emulator()).metrics(clusterScope(EDGE), { from, to, queries: [query(guest.vmid, 'NETWORK_OUT_BYTES', 7200), query(guest.vmid, null, 1800, 'mem')] });
    expect(emulator().requests.entries().map((e) => e.action)).toEqual(['cluster.resources', `${guest.type}.rrddata`]);
    const wire = (await wireGet<(Point & { netout: number })[]>(emulator(), fleet, EDGE, `nodes/${guest.node}/${guest.type}/${guest.vmid}/rrddata?timeframe=day&cf=AVERAGE`)).filter(
      (p) => p.time * 1000 >= from.getTime() && p.time * 1000 <= to.getTime(),
    );
    for (const point of bytes!.points) {
      const start = point.timestamp.getTime() / 1000;
      const inside = wire.filter((p) => p.time >= start && p.time < start + 7200);
      expect(point.value).toBe(inside.reduce((sum, p) => sum + Math.round(p.netout * 1800), 0));
    }
    expect(bytes!.points.length).toBeGreaterThanOrEqual(12);
    expect(mem!.points.map((p) => p.value)).toEqual(wire.map((p) => p.mem));
  });

  it('answers a period shorter than the RRD step at the step, and says so', async () => {
    const guest = running();
    const to = new Date();
    const [cpu] = await adapterFor(fleet, emulator()).metrics(clusterScope(EDGE), { from: new Date(to.getTime() - 24 * 3600_000), to, queries: [query(guest.vmid, 'CPU_UTILIZATION', 60)] });
    expect(cpu!.period).toBe(1800);
    const times = cpu!.points.map((p) => p.timestamp.getTime() / 1000);
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual(times.slice(1).map(() => 1800));
  });

  it("fails only the series of a guest whose RRD read fails; the other guests' series answer", async () => {
    const LAB = 'pve-lab';
    const guests = fleet.proxmox.of(LAB).guests.filter((g) => g.status === 'running' && g.template === 0);
    const broken = guests[0]!;
    const healthy = guests.find((g) => g.node !== broken.node)!;
    emulator().faults.add({ action: `${broken.type}.rrddata`, region: broken.node, kind: 'forbidden' });
    const to = new Date();
    const cpuOf = (vmid: number): MetricQuery => ({ resourceId: globalId(clusterScope(LAB), 'vm', String(vmid)), name: 'CPU_UTILIZATION', nativeName: null, period: 60 });
    const [failed, answered] = await adapterFor(fleet, emulator()).metrics(clusterScope(LAB), { from: new Date(to.getTime() - 600_000), to, queries: [cpuOf(broken.vmid), cpuOf(healthy.vmid)] });
    expect(failed).toMatchObject({ available: false, points: [], failure: { category: 'AUTH', operation: `${broken.type}.rrddata`, scope: clusterScope(LAB) } });
    expect(answered).toMatchObject({ available: true });
    expect(answered!.failure).toBeUndefined();
    expect(answered!.points.length).toBeGreaterThan(0);
  });

  it("has no series for a guest that is not there, for no rrddata call; refuses another cluster's guest", async () => {
    const to = new Date();
    const [gone] = await adapterFor(fleet, emulator()).metrics(clusterScope(EDGE), { from: new Date(to.getTime() - 600_000), to, queries: [query(4242, 'CPU_UTILIZATION')] });
    expect(gone).toMatchObject({ available: false, points: [] });
    expect(emulator().requests.count({ service: 'qemu' }) + emulator().requests.count({ service: 'lxc' })).toBe(0);
    const elsewhere = { resourceId: globalId(clusterScope('pve-lab'), 'vm', '100'), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 60 };
    const error = await rejectionOf<{ category: string }>(adapterFor(fleet, emulator()).metrics(clusterScope(EDGE), { from: new Date(to.getTime() - 600_000), to, queries: [elsewhere] }));
    expect(error.category).toBe('INVALID_INPUT');
  });
});
