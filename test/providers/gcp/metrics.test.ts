// Metrics through the adapter: one timeSeries.list per metric type (plus its pages), every VM in one
// filter, units converted (CPU fraction → percent), memory only with the Ops Agent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFleet, type Fleet, type GceInstance } from '../../../emulators/fleet.js';
import { MAX_FILTER_LENGTH, startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { VM_METRICS } from '../../../src/providers/gcp/index.js';
import { globalId } from '../../../src/providers/ids.js';
import { METRIC_NAMES, type MetricQuery, type ProviderAdapter } from '../../../src/providers/types.js';
import { DEV, PROD, adapterFor, scopeOf } from './support.js';

const P = scopeOf(PROD);
const PERIOD = 300;
const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const vmId = (i: GceInstance) => globalId({ provider: 'gcp', account: PROD, region: lastSegment(i.zone) }, 'vm', i.name);

describe('GCP metrics', () => {
  let fleet: Fleet;
  let emulator: GcpEmulator;
  let adapter: ProviderAdapter;

  const instances = () => fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances);
  const running = () => instances().filter((i) => i.status === 'RUNNING');
  const window = (hours: number) => {
    const to = new Date(Math.floor(fleet.now().getTime() / (PERIOD * 1000)) * PERIOD * 1000);
    return { from: new Date(to.getTime() - hours * 3600_000), to };
  };
  const queriesFor = (vms: GceInstance[], names = METRIC_NAMES): MetricQuery[] =>
    vms.flatMap((i) => names.map((name) => ({ resourceId: vmId(i), name, nativeName: null, period: PERIOD })));

  beforeAll(async () => {
    fleet = createFleet({ seed: 21, vmsPerScope: 60 });
    emulator = await startGcpEmulator({ fleet });
    adapter = adapterFor(emulator, fleet);
    await adapter.list('vm', P); // the VMs' numeric ids are known from the listing
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(() => {
    emulator.requests.reset();
    emulator.faults.clear();
    emulator.setMaxPointsPerPage(null);
  });

  it('answers several VMs × every metric with one call per metric type, in the model’s units', async () => {
    const vms = running().slice(0, 6);
    const withAgent = vms.filter((i) => i.sim.opsAgent);
    const withoutAgent = vms.filter((i) => !i.sim.opsAgent);
    expect(withAgent.length * withoutAgent.length).toBeGreaterThan(0);
    const { from, to } = window(3);
    const queries = queriesFor(vms);
    const series = await adapter.metrics(P, { from, to, queries });
    expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(METRIC_NAMES.length);
    expect(emulator.requests.count()).toBe(METRIC_NAMES.length); // no instance lookups: the listing recorded the ids
    expect(series).toHaveLength(queries.length);
    series.forEach((s, i) => {
      expect(s).toMatchObject({ resourceId: queries[i]!.resourceId, name: queries[i]!.name, period: PERIOD });
      const times = s.points.map((p) => p.timestamp.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });
    const cpu = series.filter((s) => s.name === 'CPU_UTILIZATION');
    expect(cpu.every((s) => s.available && s.unit === 'PERCENT' && s.points.length === 36)).toBe(true);
    expect(cpu[0]!.points[0]!.timestamp.getTime()).toBe(from.getTime());
    expect(cpu[0]!.nativeName).toBe('compute.googleapis.com/instance/cpu/utilization');
    expect(series.filter((s) => s.name === 'NETWORK_IN_BYTES').every((s) => s.unit === 'BYTES' && s.available)).toBe(true);
    expect(series.filter((s) => s.name === 'DISK_WRITE_OPS').every((s) => s.unit === 'COUNT' && s.available)).toBe(true);
    const memory = (i: GceInstance) => series.find((s) => s.name === 'MEMORY_UTILIZATION' && s.resourceId === vmId(i))!;
    for (const i of withAgent) expect(memory(i)).toMatchObject({ available: true, unit: 'PERCENT' });
    for (const i of withoutAgent) expect(memory(i)).toMatchObject({ available: false, points: [] });
  });

  it('turns CPU utilisation (a fraction on the wire) into percent, and sums a VM’s disks and traffic flavours', async () => {
    const vm = running().find((i) => i.disks.length >= 2)!;
    const { from, to } = window(1);
    const [cpu, diskRead, netIn] = await adapter.metrics(P, {
      from,
      to,
      queries: ['CPU_UTILIZATION', 'DISK_READ_BYTES', 'NETWORK_IN_BYTES'].map((name) => ({ resourceId: vmId(vm), name: name as never, nativeName: null, period: PERIOD })),
    });
    const start = from.getTime() / 1000;
    const seriesOf = (type: string) => fleet.gcp.monitoredSeries(PROD, type)!.filter((s) => s.resource.labels.instance_id === vm.id);
    const cpuSeries = seriesOf('compute.googleapis.com/instance/cpu/utilization');
    expect(cpu!.points[0]!.value).toBeCloseTo(fleet.gcp.windowSample(cpuSeries[0]!, start, PERIOD).average * 100, 4);
    expect(cpu!.points.every((p) => p.value >= 0 && p.value <= 100)).toBe(true);
    const disks = seriesOf('compute.googleapis.com/instance/disk/read_bytes_count');
    expect(disks).toHaveLength(vm.disks.length);
    expect(diskRead!.points[0]!.value).toBe(disks.reduce((n, s) => n + fleet.gcp.windowSample(s, start, PERIOD).sum, 0));
    const flavours = seriesOf('compute.googleapis.com/instance/network/received_bytes_count');
    expect(flavours).toHaveLength(2);
    expect(netIn!.points[0]!.value).toBe(flavours.reduce((n, s) => n + fleet.gcp.windowSample(s, start, PERIOD).sum, 0));
  });

  it('asks once per metric type however many VMs: by id when they fit in a filter, else the whole project', async () => {
    const vms = instances();
    const { from, to } = window(1);
    expect(vms.length).toBe(120); // far past what one_of(...) fits in MAX_FILTER_LENGTH
    const many = await adapter.metrics(P, { from, to, queries: queriesFor(vms, ['CPU_UTILIZATION', 'MEMORY_UTILIZATION']) });
    expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(2);
    expect(many).toHaveLength(240);
    expect(many.filter((s) => s.name === 'CPU_UTILIZATION' && s.points.length > 0).length).toBeGreaterThan(0);

    emulator.requests.reset();
    const few = await adapter.metrics(P, { from, to, queries: queriesFor(vms.slice(0, 5), ['CPU_UTILIZATION']) });
    expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(1);
    // The same numbers whichever way the call was filtered.
    for (const series of few) expect(series).toEqual(many.find((s) => s.resourceId === series.resourceId && s.name === 'CPU_UTILIZATION'));
    expect(MAX_FILTER_LENGTH).toBeGreaterThan(0);
  });

  it('follows pageToken through the points, one call’s pages', async () => {
    const vms = running().slice(0, 3);
    const { from, to } = window(6);
    const queries = queriesFor(vms, ['CPU_UTILIZATION']);
    const whole = await adapter.metrics(P, { from, to, queries });
    const points = whole.reduce((n, s) => n + s.points.length, 0);
    emulator.requests.reset();
    emulator.setMaxPointsPerPage(10);
    const paged = await adapter.metrics(P, { from, to, queries });
    expect(paged.map((s) => s.points)).toEqual(whole.map((s) => s.points));
    expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(Math.ceil(points / 10));
  });

  it('looks up VMs it has not listed with one filtered instances.aggregatedList, then remembers them', async () => {
    const fresh = adapterFor(emulator, fleet);
    try {
      const vms = running().slice(0, 3);
      const { from, to } = window(1);
      await fresh.metrics(P, { from, to, queries: queriesFor(vms, ['CPU_UTILIZATION']) });
      expect(emulator.requests.count({ action: 'instances.aggregatedList' })).toBe(1);
      expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(1);
      await fresh.metrics(P, { from, to, queries: queriesFor(vms, ['NETWORK_OUT_BYTES']) });
      expect(emulator.requests.count({ action: 'instances.aggregatedList' })).toBe(1);
      // A VM that does not exist has no series, and costs nothing more than the lookup.
      emulator.requests.reset();
      const [gone] = await fresh.metrics(P, { from, to, queries: [{ resourceId: globalId({ provider: 'gcp', account: PROD, region: 'us-central1-a' }, 'vm', 'no-such-vm'), name: 'CPU_UTILIZATION', nativeName: null, period: PERIOD }] });
      expect(gone).toMatchObject({ available: false, points: [] });
      expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it('answers native metric types in their own units, and types the project lacks as unavailable', async () => {
    const vm = running()[0]!;
    const { from, to } = window(1);
    const [cpu, uptime, volume] = await adapter.metrics(P, {
      from,
      to,
      queries: [
        { resourceId: vmId(vm), name: null, nativeName: 'compute.googleapis.com/instance/cpu/utilization', period: PERIOD },
        { resourceId: vmId(vm), name: null, nativeName: 'custom.googleapis.com/not/written', period: PERIOD },
        { resourceId: globalId({ provider: 'gcp', account: PROD, region: lastSegment(vm.zone) }, 'volume', vm.name), name: 'DISK_READ_BYTES', nativeName: null, period: PERIOD },
      ],
    });
    expect(cpu).toMatchObject({ name: null, nativeName: 'compute.googleapis.com/instance/cpu/utilization', unit: '10^2.%', available: true });
    expect(cpu!.points.every((p) => p.value >= 0 && p.value <= 1)).toBe(true);
    expect(uptime).toMatchObject({ available: false, points: [] });
    expect(volume).toMatchObject({ available: false, points: [] });
    expect(emulator.requests.count({ action: 'timeSeries.list' })).toBe(2);
  });

  it('refuses a resource of another project, and a period under a minute, before any call', async () => {
    const { from, to } = window(1);
    for (const query of [
      { resourceId: globalId({ provider: 'gcp', account: DEV, region: 'us-central1-a' }, 'vm', 'x'), name: 'CPU_UTILIZATION' as const, nativeName: null, period: PERIOD },
      { resourceId: vmId(running()[0]!), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 30 },
      { resourceId: 'not-a-global-id', name: 'CPU_UTILIZATION' as const, nativeName: null, period: PERIOD },
    ]) {
      const error = await adapter.metrics(P, { from, to, queries: [query] }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error).toMatchObject({ category: 'INVALID_INPUT', operation: 'timeSeries.list' });
    }
    expect(emulator.requests.count()).toBe(0);
  });
});
