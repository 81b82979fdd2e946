// Model metrics from a container's cgroup statistics (Tasks/Metrics, cgroup v1 or v2), kept as
// samples (../counter-samples.ts): one Tasks/Metrics call per namespace per request samples every
// container asked of it.
//   CPU_UTILIZATION    Δ CPU time ÷ Δt, % of the container's CPU limit (of one CPU without a limit);
//   MEMORY_UTILIZATION usage ÷ limit, % (unavailable without a memory limit);
//   DISK_READ/WRITE_BYTES, DISK_READ/WRITE_OPS  Δ of blkio (v1) or io (v2) bytes and operations;
//   NETWORK_IN/OUT     Δ of the network statistics containerd reports (v1 only; most runtimes
//                      report none: unavailable then).
import { counterDelta, type CounterReading } from '../counter-samples.js';
import { roundMetric } from '../metric-points.js';
import type { MetricName } from '../types.js';
import { PROTO_ROOT, CONVERSION, type AnyValue } from './wire.js';

export const METRICS_OPERATION = 'tasks.metrics';

export interface ContainerSample {
  at: number;
  /** ns */
  cpuTime: number | null;
  memoryUsage: number | null;
  memoryLimit: number | null;
  readBytes: number | null;
  writtenBytes: number | null;
  reads: number | null;
  writes: number | null;
  netRx: number | null;
  netTx: number | null;
  /** The CPU limit in CPUs, when the spec sets one. */
  cpuShare: number | null;
}

const UNLIMITED = 2 ** 62;

interface V1 {
  cpu?: { usage?: { total?: number } };
  memory?: { usage?: { usage?: number; limit?: number } };
  blkio?: { ioServiceBytesRecursive?: { op?: string; value?: number }[]; ioServicedRecursive?: { op?: string; value?: number }[] };
  network?: { rxBytes?: number; txBytes?: number }[];
}

interface V2 {
  cpu?: { usageUsec?: number };
  memory?: { usage?: number; usageLimit?: number };
  io?: { usage?: { rbytes?: number; wbytes?: number; rios?: number; wios?: number }[] };
}

/** One container's statistics as a sample; null for a type this version does not know. */
export function sampleOfMetric(data: AnyValue | undefined, at: number, cpuShare: number | null): ContainerSample | null {
  const type = data?.type_url.replace(/^.*\//, '');
  if (!data || (type !== 'io.containerd.cgroups.v1.Metrics' && type !== 'io.containerd.cgroups.v2.Metrics')) return null;
  const message = PROTO_ROOT.lookupType(type);
  const decoded = message.toObject(message.decode(data.value), CONVERSION);
  return type.endsWith('v1.Metrics') ? fromV1(decoded as V1, at, cpuShare) : fromV2(decoded as V2, at, cpuShare);
}

function fromV1(m: V1, at: number, cpuShare: number | null): ContainerSample {
  const sum = (entries: { op?: string; value?: number }[] | undefined, op: string) => (entries ? entries.filter((e) => e.op === op).reduce((n, e) => n + (e.value ?? 0), 0) : null);
  const networks = m.network ?? [];
  return {
    at,
    cpuShare,
    cpuTime: m.cpu?.usage?.total ?? null,
    memoryUsage: m.memory?.usage?.usage ?? null,
    memoryLimit: m.memory?.usage?.limit ?? null,
    readBytes: sum(m.blkio?.ioServiceBytesRecursive, 'Read'),
    writtenBytes: sum(m.blkio?.ioServiceBytesRecursive, 'Write'),
    reads: sum(m.blkio?.ioServicedRecursive, 'Read'),
    writes: sum(m.blkio?.ioServicedRecursive, 'Write'),
    netRx: networks.length > 0 ? networks.reduce((n, s) => n + (s.rxBytes ?? 0), 0) : null,
    netTx: networks.length > 0 ? networks.reduce((n, s) => n + (s.txBytes ?? 0), 0) : null,
  };
}

function fromV2(m: V2, at: number, cpuShare: number | null): ContainerSample {
  const io = m.io?.usage;
  const sum = (field: 'rbytes' | 'wbytes' | 'rios' | 'wios') => (io ? io.reduce((n, e) => n + (e[field] ?? 0), 0) : null);
  return {
    at,
    cpuShare,
    cpuTime: m.cpu?.usageUsec === undefined ? null : m.cpu.usageUsec * 1000,
    memoryUsage: m.memory?.usage ?? null,
    memoryLimit: m.memory?.usageLimit ?? null,
    readBytes: sum('rbytes'),
    writtenBytes: sum('wbytes'),
    reads: sum('rios'),
    writes: sum('wios'),
    netRx: null,
    netTx: null,
  };
}

const limited = (s: ContainerSample) => s.memoryLimit !== null && s.memoryLimit > 0 && s.memoryLimit < UNLIMITED;

export const READINGS: Record<MetricName, CounterReading<ContainerSample>> = {
  CPU_UTILIZATION: {
    nativeName: 'cpu.usage',
    adds: false,
    reported: (s) => s.cpuTime !== null,
    value: (a, b) => (a.cpuTime === null || b.cpuTime === null || b.cpuTime < a.cpuTime ? null : roundMetric((100 * (b.cpuTime - a.cpuTime)) / ((b.at - a.at) * 1e9 * (b.cpuShare ?? 1)))),
  },
  MEMORY_UTILIZATION: {
    nativeName: 'memory.usage',
    adds: false,
    reported: limited,
    value: (_a, b) => (limited(b) && b.memoryUsage !== null ? roundMetric((100 * b.memoryUsage) / b.memoryLimit!) : null),
  },
  DISK_READ_BYTES: counterDelta('io.read_bytes', (s) => s.readBytes),
  DISK_WRITE_BYTES: counterDelta('io.write_bytes', (s) => s.writtenBytes),
  DISK_READ_OPS: counterDelta('io.reads', (s) => s.reads),
  DISK_WRITE_OPS: counterDelta('io.writes', (s) => s.writes),
  NETWORK_IN_BYTES: counterDelta('network.rx_bytes', (s) => s.netRx),
  NETWORK_OUT_BYTES: counterDelta('network.tx_bytes', (s) => s.netTx),
};
