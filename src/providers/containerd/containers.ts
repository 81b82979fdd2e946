// Containers → the model's workload, as what they are: `workload: 'container'`, no disks, NICs,
// instance type or security groups made up. A container's id is `<namespace>/<id>` (ids are
// unique per namespace), its labels are its tags, its image its imageId; its state is its task's
// (states.ts). CPU and memory are its limits from the OCI spec, when it has them (a container
// without a limit may use the whole host: null, not a guess).
import { extrasOf, noAddresses, resourceBase } from '../common.js';
import type { Scope, VirtualMachine } from '../types.js';
import { taskStateOf } from './states.js';
import { dateOf, type CtrContainer, type CtrTask } from './wire.js';

interface OciSpec {
  linux?: { resources?: { cpu?: { quota?: number; period?: number }; memory?: { limit?: number } } };
}

/** Memory limits at or above this are "unlimited" (the kernel's page-rounded 2^63). */
const UNLIMITED = 2 ** 62;

export function containerNativeId(namespace: string, id: string): string {
  return `${namespace}/${id}`;
}

export function mapContainer(owner: Scope, namespace: string, container: CtrContainer, task: CtrTask | undefined): VirtualMachine {
  const { state, providerState } = taskStateOf(task?.status);
  const labels = container.labels ?? {};
  const limits = limitsOf(container);
  return {
    ...resourceBase(owner, 'vm', containerNativeId(namespace, container.id), labels['nerdctl/name'] ?? labels['io.kubernetes.container.name'] ?? container.id, Object.entries(labels).map(([key, value]) => ({ key, value }))),
    extras: extrasOf({
      namespace,
      runtime: container.runtime?.name,
      snapshotter: container.snapshotter,
      sandbox: container.sandbox,
      pid: task?.pid || undefined,
      exitStatus: task?.status === 'STOPPED' ? task.exitStatus ?? 0 : undefined,
      exitedAt: dateOf(task?.exitedAt)?.toISOString(),
      createdAt: dateOf(container.createdAt)?.toISOString(),
    }),
    workload: 'container',
    zone: null,
    state,
    providerState,
    instanceType: null,
    vcpus: limits.vcpus,
    memoryMiB: limits.memoryMiB,
    launchedAt: null,
    imageId: container.image || null,
    platform: 'linux',
    ...noAddresses(),
    networkId: null,
    subnetId: null,
    volumeIds: [],
    securityGroupIds: [],
    networkInterfaceIds: [],
  };
}

/** CPUs (the quota's worth, rounded up) and memory (MiB) the spec limits the container to. */
export function limitsOf(container: CtrContainer): { vcpus: number | null; memoryMiB: number | null; cpuShare: number | null } {
  let spec: OciSpec = {};
  try {
    spec = container.spec?.value?.length ? (JSON.parse(Buffer.from(container.spec.value).toString('utf8')) as OciSpec) : {};
  } catch {
    // A spec that is not JSON (another runtime's encoding): no limits read.
  }
  const cpu = spec.linux?.resources?.cpu;
  const share = cpu?.quota && cpu.quota > 0 && cpu.period ? cpu.quota / cpu.period : null;
  const memory = spec.linux?.resources?.memory?.limit;
  return {
    vcpus: share === null ? null : Math.ceil(share),
    memoryMiB: memory && memory > 0 && memory < UNLIMITED ? Math.round(memory / 1024 ** 2) : null,
    cpuShare: share,
  };
}
