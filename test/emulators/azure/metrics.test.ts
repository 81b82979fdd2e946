// Azure Monitor metrics:getBatch through the real MetricsClient: the answer's shape, the seeded
// series behind it, and the batch limits Azure enforces.
import { afterEach, describe, expect, it } from 'vitest';
import { AZURE_METRICS } from '../../../emulators/fleet.js';
import { SUB_A, SUB_B, rawRequest, rejectionOf, useHarness } from './helpers.js';

const VM_TYPE = 'Microsoft.Compute/virtualMachines';
const DISK_TYPE = 'Microsoft.Compute/disks';
const h = useHarness({ vmsPerScope: 60 });
const west = () => h.fleet.azure.scope(SUB_A, 'westeurope')!;
const hours = (n: number) => n * 3_600_000;

afterEach(() => {
  h.emu.requests.reset();
});

describe('metrics:getBatch', () => {
  it('answers one entry per resource, one series per metric, a point per interval of the window', async () => {
    const vms = west().virtualMachines.slice(0, 3);
    const end = new Date(Math.floor(h.fleet.now().getTime() / hours(1)) * hours(1));
    const start = new Date(end.getTime() - hours(2));
    const results = await h.metrics().queryResources(
      vms.map((v) => v.id),
      ['Percentage CPU', 'Network In Total'],
      VM_TYPE,
      { startTime: start, endTime: end, interval: 'PT15M', aggregation: 'average,total' },
    );
    expect(results.map((r) => r.resourceId)).toEqual(vms.map((v) => v.id));
    for (const [i, result] of results.entries()) {
      expect(result).toMatchObject({ granularity: 'PT15M', namespace: VM_TYPE, resourceRegion: 'westeurope' });
      expect(result.metrics.map((m) => m.name)).toEqual(['Percentage CPU', 'Network In Total']);
      const cpu = result.getMetricByName('Percentage CPU')!;
      expect(cpu.unit).toBe('Percent');
      expect(cpu.id).toBe(`${vms[i]!.id}/providers/Microsoft.Insights/metrics/Percentage CPU`);
      expect(cpu.errorCode).toBe('Success');
      const data = cpu.timeseries[0]!.data!;
      expect(data.map((d) => d.timeStamp.getTime() - start.getTime())).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((k) => k * 900_000));
      const running = vms[i]!.sim.activity.some((a) => a.to === null && a.from.getTime() < start.getTime());
      if (running) for (const d of data) expect(d.total).toBeCloseTo(d.average! * 15, 2);
      expect(result.getMetricByName('Network In Total')!.unit).toBe('Bytes');
    }
    expect(h.emu.requests.entries()).toEqual([{ service: 'monitor', action: 'metrics.getBatch', account: SUB_A, region: 'westeurope', status: 200 }]);
  });

  it('is deterministic, has values only while the VM runs, and returns the metric’s own aggregation by default', async () => {
    const running = west().virtualMachines.find((v) => v.sim.condition === 'running' && v.sim.activity.length === 1)!;
    const deallocated = west().virtualMachines.find((v) => v.sim.condition === 'deallocated')!;
    const end = h.fleet.now();
    const start = new Date(end.getTime() - hours(3));
    const ask = () =>
      h.metrics().queryResources([running.id, deallocated.id], ['Disk Read Operations/Sec', 'Available Memory Percentage'], VM_TYPE, {
        startTime: start,
        endTime: end,
        interval: 'PT1H',
      });
    const [a, b] = [await ask(), await ask()];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const ops = a[0]!.getMetricByName('Disk Read Operations/Sec')!;
    expect(ops.unit).toBe('CountPerSecond');
    expect(ops.timeseries[0]!.data!.every((d) => d.average !== undefined && d.total === undefined)).toBe(true);
    const stopped = a[1]!.getMetricByName('Available Memory Percentage')!.timeseries[0]!.data!;
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((d) => d.average === undefined)).toBe(true);
  });

  it('answers disk metrics for attached disks', async () => {
    const disk = west().disks.find((d) => d.managedBy && h.fleet.azure.findVm(d.managedBy)!.vm.sim.condition === 'running')!;
    const [result] = await h.metrics().queryResources([disk.id], ['Composite Disk Read Bytes/sec'], DISK_TYPE, { interval: 'PT5M' });
    expect(result!.metrics[0]!.unit).toBe('BytesPerSecond');
    expect(result!.metrics[0]!.timeseries[0]!.data!.some((d) => d.average !== undefined)).toBe(true);
  });

  it('enforces the batch limits: 50 ids, one region, one type, the subscription of the path, 20 names', async () => {
    const ids = h.fleet.azure.resources(SUB_A, 'virtualMachines').filter((v) => v.location === 'westeurope').map((v) => v.id);
    expect(ids.length).toBeGreaterThan(50);
    const tooMany = await rejectionOf(h.metrics().queryResources(ids.slice(0, 51), ['Percentage CPU'], VM_TYPE));
    expect(tooMany).toMatchObject({ code: 'BadRequest', statusCode: 400 });
    expect(tooMany.message).toContain('maximum of 50');
    expect((await h.metrics().queryResources(ids.slice(0, 50), ['Percentage CPU'], VM_TYPE)).length).toBe(50);

    const east = h.fleet.azure.scope(SUB_A, 'eastus')!.virtualMachines[0]!.id;
    const mixedRegions = await rejectionOf(h.metrics().queryResources([ids[0]!, east], ['Percentage CPU'], VM_TYPE));
    expect(mixedRegions).toMatchObject({ code: 'BadRequest', statusCode: 400 });
    expect(mixedRegions.message).toContain('same region');

    const disk = west().disks[0]!.id;
    const mixedTypes = await rejectionOf(h.metrics().queryResources([ids[0]!, disk], ['Percentage CPU'], VM_TYPE));
    expect(mixedTypes.message).toContain("not 'Microsoft.Compute/virtualMachines'");

    // The client takes the path's subscription from the first id; a later id of another one is refused.
    const otherSub = h.fleet.azure.scope(SUB_B, 'westeurope')!.virtualMachines[0]!.id;
    const mixedSubs = await rejectionOf(h.metrics().queryResources([ids[0]!, otherSub], ['Percentage CPU'], VM_TYPE));
    expect(mixedSubs).toMatchObject({ statusCode: 400 });
    expect(mixedSubs.message).toContain(`is not in subscription '${SUB_A}'`);

    const names = Array.from({ length: 21 }, (_, i) => `Metric ${i}`);
    expect((await rejectionOf(h.metrics().queryResources([ids[0]!], names, VM_TYPE))).message).toContain('maximum of 20');
    expect(h.emu.requests.count({ status: 400 })).toBe(5);
    expect(h.emu.requests.count({ status: 200 })).toBe(1);
  });

  it('refuses unknown metrics, time grains and aggregations as Azure does', async () => {
    const id = west().virtualMachines[0]!.id;
    const unknown = await rejectionOf(h.metrics().queryResources([id], ['Percentage CPU', 'CPUUtilization'], VM_TYPE));
    expect(unknown.message).toContain('Failed to find metric configuration for provider: Microsoft.Compute, resource Type: virtualMachines, metric: CPUUtilization');
    expect((await rejectionOf(h.metrics().queryResources([id], ['Percentage CPU'], VM_TYPE, { interval: 'PT7M' }))).message).toContain('Invalid time grain');
    expect((await rejectionOf(h.metrics().queryResources([id], ['Percentage CPU'], VM_TYPE, { aggregation: 'median' }))).statusCode).toBe(400);
  });

  it('knows the documented VM and disk metrics, with their units', () => {
    const vm = AZURE_METRICS.filter((m) => m.resourceType === VM_TYPE).map((m) => `${m.name} ${m.unit}`);
    expect(vm).toEqual(
      expect.arrayContaining([
        'Percentage CPU Percent',
        'Network In Total Bytes',
        'Network Out Total Bytes',
        'Disk Read Bytes Bytes',
        'Disk Write Bytes Bytes',
        'Disk Read Operations/Sec CountPerSecond',
        'Disk Write Operations/Sec CountPerSecond',
        'Available Memory Percentage Percent',
      ]),
    );
  });

  it('wants POST and a resourceids body', async () => {
    const token = h.fleet.azure.token(SUB_A);
    const path = `/subscriptions/${SUB_A}/metrics:getBatch?api-version=2024-02-01&metricnamespace=${encodeURIComponent(VM_TYPE)}&metricnames=Percentage%20CPU`;
    expect((await rawRequest(h.emu, path, { token })).status).toBe(405);
    const bad = await rawRequest(h.emu, path, { token, method: 'POST', body: '{"ids":[]}' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('BadRequest');
  });
});
