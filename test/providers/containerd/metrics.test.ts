// containerd's task states, and its cgroup statistics (v1 and v2, encoded as containerd sends them
// in an Any; v1 also from a live daemon in adapter.test.ts) as samples and series.
import { describe, expect, it } from 'vitest';
import { CounterSamples, counterSeries } from '../../../src/providers/counter-samples.js';
import { globalId } from '../../../src/providers/ids.js';
import { READINGS, sampleOfMetric, type ContainerSample } from '../../../src/providers/containerd/metrics.js';
import { taskStateOf } from '../../../src/providers/containerd/states.js';
import { PROTO_ROOT } from '../../../src/providers/containerd/wire.js';
import type { MetricName } from '../../../src/providers/types.js';
import { hostScope } from './support.js';

const V2 = PROTO_ROOT.lookupType('io.containerd.cgroups.v2.Metrics');
const v2 = (usageUsec: number, memory: number, rbytes: number) => ({
  type_url: 'io.containerd.cgroups.v2.Metrics',
  value: V2.encode(V2.fromObject({ cpu: { usageUsec }, memory: { usage: memory, usageLimit: 512 * 1024 ** 2 }, io: { usage: [{ major: 8, minor: 0, rbytes, wbytes: 0, rios: 10, wios: 0 }] } })).finish(),
});

const V1 = PROTO_ROOT.lookupType('io.containerd.cgroups.v1.Metrics');
const v1 = (totalNs: number, memory: number, read: number, rx: number) => ({
  type_url: 'io.containerd.cgroups.v1.Metrics',
  value: V1.encode(
    V1.fromObject({
      cpu: { usage: { total: totalNs } },
      memory: { usage: { usage: memory, limit: 1024 * 1024 ** 2 } },
      blkio: { ioServiceBytesRecursive: [{ op: 'Read', value: read }, { op: 'Write', value: 7 }, { op: 'Read', value: 1 }], ioServicedRecursive: [{ op: 'Read', value: read / 512 }] },
      network: [{ name: 'eth0', rxBytes: rx, txBytes: 0 }, { name: 'eth1', rxBytes: 1, txBytes: 0 }],
    }),
  ).finish(),
});

describe('containerd task states', () => {
  it('maps all six task statuses, and a container with no task', () => {
    expect((['UNKNOWN', 'CREATED', 'RUNNING', 'STOPPED', 'PAUSED', 'PAUSING'] as const).map((s) => taskStateOf(s).state)).toEqual(['UNKNOWN', 'PENDING', 'RUNNING', 'STOPPED', 'SUSPENDED', 'UNKNOWN']);
    expect(taskStateOf(undefined)).toEqual({ state: 'STOPPED', providerState: 'no task' });
    expect(taskStateOf('PAUSING').providerState).toBe('PAUSING');
  });
});

describe('containerd cgroup statistics', () => {
  it("cgroup v2: CPU % of the container's CPU limit, memory % of its limit and disk bytes per interval", () => {
    const store = new CounterSamples<ContainerSample>(240, 1);
    store.record('k', sampleOfMetric(v2(1_000_000, 128 * 1024 ** 2, 4096), 1000, 0.5)!);
    store.record('k', sampleOfMetric(v2(1_500_000, 256 * 1024 ** 2, 12_288), 1010, 0.5)!);
    const request = { from: new Date(990_000), to: new Date(1_020_000), queries: [] };
    const series = (name: MetricName) => counterSeries({ resourceId: globalId(hostScope(), 'vm', 'ns/k'), name, nativeName: null, period: 10 }, store.of('k'), request, READINGS[name]);
    // 0.5 s of CPU in 10 s is 5 % of one CPU: 10 % of a half-CPU limit.
    expect(series('CPU_UTILIZATION').points.map((p) => p.value)).toEqual([10]);
    expect(series('MEMORY_UTILIZATION').points.map((p) => p.value)).toEqual([50]);
    expect(series('DISK_READ_BYTES').points.map((p) => p.value)).toEqual([8192]);
    // cgroup v2 statistics carry no network counters.
    expect(series('NETWORK_IN_BYTES')).toMatchObject({ available: false, points: [] });
  });

  it('cgroup v1 the same way: CPU of the limit, memory of the limit, blkio reads and the network counters summed over interfaces', () => {
    const store = new CounterSamples<ContainerSample>(240, 1);
    store.record('k', sampleOfMetric(v1(2_000_000_000, 256 * 1024 ** 2, 1024, 10_000), 1000, 2)!);
    store.record('k', sampleOfMetric(v1(5_000_000_000, 768 * 1024 ** 2, 5120, 40_000), 1010, 2)!);
    const request = { from: new Date(990_000), to: new Date(1_020_000), queries: [] };
    const series = (name: MetricName) => counterSeries({ resourceId: globalId(hostScope(), 'vm', 'ns/k'), name, nativeName: null, period: 10 }, store.of('k'), request, READINGS[name]);
    // 3 s of CPU in 10 s is 30 % of one CPU: 15 % of a two-CPU limit.
    expect(series('CPU_UTILIZATION').points.map((p) => p.value)).toEqual([15]);
    expect(series('MEMORY_UTILIZATION').points.map((p) => p.value)).toEqual([75]);
    expect(series('DISK_READ_BYTES').points.map((p) => p.value)).toEqual([4096]);
    expect(series('DISK_READ_OPS').points.map((p) => p.value)).toEqual([8]);
    expect(series('NETWORK_IN_BYTES').points.map((p) => p.value)).toEqual([30_000]);
  });

  it('ignores statistics of a type it does not know', () => {
    expect(sampleOfMetric({ type_url: 'io.containerd.cgroups.v3.Metrics', value: new Uint8Array() }, 1, null)).toBeNull();
  });
});
