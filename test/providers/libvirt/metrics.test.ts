// libvirt metrics are what changed between samples of `domstats --raw`. libvirt's test driver
// reports no counters, so the parser and the arithmetic are checked on real-format output of a
// KVM host (fixtures/, two reads 30 s apart), and the adapter against the test driver.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startLibvirtTestDriver } from '../../../emulators/libvirt/index.js';
import { globalId } from '../../../src/providers/ids.js';
import { parseDomstats } from '../../../src/providers/libvirt/domstats.js';
import { seriesFor } from '../../../src/providers/libvirt/metrics.js';
import { CounterSamples } from '../../../src/providers/counter-samples.js';
import type { DomainStats } from '../../../src/providers/libvirt/domstats.js';
import { sampleOf, type DomainSample } from '../../../src/providers/libvirt/samples.js';
import type { MetricName } from '../../../src/providers/types.js';
import { startedForFile } from '../../support/harness.js';
import { adapterFor, hostScope } from './support.js';

const fixture = (n: number) => parseDomstats(readFileSync(new URL(`fixtures/domstats-raw-${n}.txt`, import.meta.url), 'utf8'));
const owner = hostScope('kvm-9');
const UUID = '6f1a3c2e-0000-4000-8000-000000000001';
const T0 = 1_800_000_000;

type Store = CounterSamples<DomainSample>;
const newStore = (): Store => new CounterSamples<DomainSample>();

/** Keeps a sample of each domain `uuidOf` names, as the adapter does after a domstats read. */
function record(store: Store, stats: DomainStats[], at: number, uuidOf: (name: string) => string | undefined): void {
  for (const domain of stats) {
    const uuid = uuidOf(domain.name);
    if (uuid) store.record(uuid, sampleOf(domain, at));
  }
}

function seriesOver(names: MetricName[], store: Store, period = 30) {
  return seriesFor(owner, { from: new Date((T0 - 60) * 1000), to: new Date((T0 + 120) * 1000), queries: names.map((name) => ({ resourceId: globalId(owner, 'vm', UUID), name, nativeName: null, period })) }, (uuid) => store.of(uuid));
}

describe('libvirt domstats and metrics', () => {
  it("parses every domain's fields, summing a domain's disks and NICs", () => {
    const [running, off] = fixture(1);
    expect(running!.name).toBe('ubuntu-cloud-vm');
    expect(running!.fields.get('cpu.time')).toBe('486629513000');
    expect(running!.fields.get('block.1.path')).toBe('/var/lib/libvirt/images/ubuntu-cloud-vm-cloud-init.iso');
    expect(off).toMatchObject({ name: 'win11' });
    expect([...off!.fields.keys()]).toEqual(['state.state', 'state.reason']);
  });

  it('turns two samples 30 s apart into CPU %, bytes and operations per interval, and memory in use', () => {
    const store = newStore();
    const uuidOf = (name: string) => (name === 'ubuntu-cloud-vm' ? UUID : undefined);
    record(store, fixture(1), T0, uuidOf);
    record(store, fixture(2), T0 + 30, uuidOf);
    const [cpu, netIn, netOut, read, written, reads, writes, memory] = seriesOver(
      ['CPU_UTILIZATION', 'NETWORK_IN_BYTES', 'NETWORK_OUT_BYTES', 'DISK_READ_BYTES', 'DISK_WRITE_BYTES', 'DISK_READ_OPS', 'DISK_WRITE_OPS', 'MEMORY_UTILIZATION'],
      store,
    );
    // 15 s of CPU time over 30 s on 2 vCPUs: a quarter.
    expect(cpu!.points).toEqual([{ timestamp: new Date((T0 + 30) * 1000), value: 25 }]);
    expect(netIn!.points[0]!.value).toBe(900_000);
    expect(netOut!.points[0]!.value).toBe(100_000);
    expect(read!.points[0]!.value).toBe(64_496);
    expect(written!.points[0]!.value).toBe(2_000_000);
    expect([reads!.points[0]!.value, writes!.points[0]!.value]).toEqual([15, 100]);
    // Both samples have memory: 1 − unused ÷ available at each.
    expect(memory!.points.map((p) => p.value)).toEqual([50]);
    expect(memory!.points[0]!.value).toBeCloseTo(100 * (1 - 1005402 / 2010804), 3);
  });

  it('gives no point across a counter reset (the domain restarted), and no series for fields never reported', () => {
    const store = newStore();
    record(store, fixture(2), T0, () => UUID);
    record(store, fixture(1), T0 + 30, () => UUID);
    const [cpu, net] = seriesOver(['CPU_UTILIZATION', 'NETWORK_IN_BYTES'], store);
    expect(cpu!.points).toEqual([]);
    expect(net!.points).toEqual([]);
    const off = newStore();
    record(off, fixture(1), T0, (name) => (name === 'win11' ? UUID : undefined));
    record(off, fixture(1), T0 + 30, (name) => (name === 'win11' ? UUID : undefined));
    expect(seriesOver(['CPU_UTILIZATION', 'MEMORY_UTILIZATION'], off).map((s) => s.available)).toEqual([false, false]);
  });

  it('merges intervals into a longer period: amounts added, shares averaged', () => {
    const store = newStore();
    record(store, fixture(1), T0, () => UUID);
    record(store, fixture(2), T0 + 30, () => UUID);
    record(store, fixture(2), T0 + 60, () => UUID);
    const [cpu, net] = seriesOver(['CPU_UTILIZATION', 'NETWORK_IN_BYTES'], store, 3600);
    expect(cpu!.points).toHaveLength(1);
    expect(cpu!.points[0]!.value).toBe(12.5);
    expect(net!.points[0]!.value).toBe(900_000);
  });
});

describe('libvirt metrics through the adapter', () => {
  const fleet = createFleet({ seed: 6, vmsPerScope: 3 });
  const driver = startedForFile(() => startLibvirtTestDriver({ fleet }));

  it('samples the host with one domstats run per request; the test driver reports no counters, so no series is available', async () => {
    const adapter = adapterFor(driver());
    const domain = fleet.libvirt.of('kvm-2').domains[0]!;
    driver().resetRuns();
    const to = new Date();
    const request = { from: new Date(to.getTime() - 600_000), to, queries: [{ resourceId: globalId(hostScope('kvm-2'), 'vm', domain.uuid), name: 'CPU_UTILIZATION' as const, nativeName: null, period: 60 }] };
    const [series] = await adapter.metrics(hostScope('kvm-2'), request);
    expect(series).toMatchObject({ available: false, points: [] });
    // The first request learns the domains' UUIDs (dumpxml); the next samples only.
    expect(driver().count('domstats')).toBe(2);
    expect(driver().count('dumpxml')).toBe(1);
    driver().resetRuns();
    await adapter.metrics(hostScope('kvm-2'), request);
    expect(driver().runs().map((r) => r.commands[0])).toEqual(['domstats --raw']);
  });
});
