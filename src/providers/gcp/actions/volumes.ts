// attachVolume (instances.attachDisk, read-write, the device name asked for or the disk's),
// detachVolume (instances.detachDisk by the device name the instance shows for the disk; GCP has
// no forced detach, so `force` changes nothing) and resizeVolume (disks.resize or
// regionDisks.resize: disks only grow).
import type { ActionOptions, ActionRequest, StartedAction } from '../../actions.js';
import { getDisk, getInstance, type GceInstance } from './reads.js';
import { requestIdOf } from './request-ids.js';
import { targetOf, type ContextFor, type Target } from './targets.js';
import { operationOf, startedBy } from './tracking.js';
import { refused, writeCall } from './write-errors.js';
import { isZone, parseResourceUrl } from '../urls.js';

type AttachRequest = Extract<ActionRequest, { kind: 'attachVolume' }>;
type DetachRequest = Extract<ActionRequest, { kind: 'detachVolume' }>;
type ResizeRequest = Extract<ActionRequest, { kind: 'resizeVolume' }>;

export async function startAttach(contextFor: ContextFor, request: AttachRequest, options: ActionOptions): Promise<StartedAction | null> {
  const { vm, disk } = pair(contextFor, request, 'instances.attachDisk');
  if (options.dryRun) {
    const [found] = await Promise.all([getDisk(disk, true), getInstance(vm)]);
    const user = found.users?.[0];
    if (user) throw refused('CONFLICT', vm.ctx.scope, 'instances.attachDisk', `disk ${disk.name} is already used by ${parseResourceUrl(user)?.name ?? user}`, 'resourceInUseByAnotherResource');
    return null;
  }
  const clients = await vm.ctx.clients();
  const attachedDiskResource = { source: `projects/${disk.project}/zones/${disk.location}/disks/${disk.name}`, deviceName: request.device ?? disk.name, mode: 'READ_WRITE', autoDelete: false };
  const operation = await writeCall(vm.ctx, 'instances.attachDisk', async () =>
    operationOf(await clients.instances.attachDisk({ project: vm.project, zone: vm.location, instance: vm.name, requestId: requestIdOf(options.idempotencyKey, 'attachDisk'), attachedDiskResource })),
  );
  return startedBy(operation, null);
}

export async function startDetach(contextFor: ContextFor, request: DetachRequest, options: ActionOptions): Promise<StartedAction | null> {
  const { vm, disk } = pair(contextFor, request, 'instances.detachDisk');
  const deviceName = deviceOf(await getInstance(vm), disk);
  if (!deviceName) throw refused('CONFLICT', vm.ctx.scope, 'instances.detachDisk', `disk ${disk.name} is not attached to instance ${vm.name}`);
  if (options.dryRun) return null;
  const clients = await vm.ctx.clients();
  const operation = await writeCall(vm.ctx, 'instances.detachDisk', async () =>
    operationOf(await clients.instances.detachDisk({ project: vm.project, zone: vm.location, instance: vm.name, deviceName, requestId: requestIdOf(options.idempotencyKey, 'detachDisk') })),
  );
  return startedBy(operation, null);
}

export async function startResizeVolume(contextFor: ContextFor, request: ResizeRequest, options: ActionOptions): Promise<StartedAction | null> {
  const t = targetOf(contextFor, request.volume, 'disks.resize', 'zoneOrRegion');
  const zonal = isZone(t.location);
  if (options.dryRun) {
    const disk = await getDisk(t, zonal);
    if (request.sizeGiB <= Number(disk.sizeGb ?? 0)) {
      throw refused('INVALID_INPUT', t.ctx.scope, 'disks.resize', `disk ${t.name} is ${disk.sizeGb} GB: a persistent disk can only grow`, 'invalid');
    }
    return null;
  }
  return startedBy(await resize(t, zonal, request.sizeGiB, requestIdOf(options.idempotencyKey, 'resize')), null);
}

async function resize(t: Target, zonal: boolean, sizeGiB: number, requestId: string) {
  const clients = await t.ctx.clients();
  if (zonal) {
    return writeCall(t.ctx, 'disks.resize', async () =>
      operationOf(await clients.disks.resize({ project: t.project, zone: t.location, disk: t.name, requestId, disksResizeRequestResource: { sizeGb: String(sizeGiB) } })),
    );
  }
  return writeCall(t.ctx, 'regionDisks.resize', async () =>
    operationOf(await clients.regionDisks.resize({ project: t.project, region: t.location, disk: t.name, requestId, regionDisksResizeRequestResource: { sizeGb: String(sizeGiB) } })),
  );
}

/** The VM and the zonal disk, in the same project and zone (INVALID_INPUT before any call otherwise). */
function pair(contextFor: ContextFor, request: AttachRequest | DetachRequest, operation: string): { vm: Target; disk: Target } {
  const vm = targetOf(contextFor, request.vm, operation, 'zone');
  const disk = targetOf(contextFor, request.volume, operation, 'zoneOrRegion');
  if (!isZone(disk.location)) throw refused('INVALID_INPUT', vm.ctx.scope, operation, `disk ${disk.name} is regional: FleetGraph attaches zonal disks only`);
  if (disk.project !== vm.project || disk.location !== vm.location) {
    throw refused('INVALID_INPUT', vm.ctx.scope, operation, `disk ${disk.name} (${disk.project}/${disk.location}) and instance ${vm.name} (${vm.project}/${vm.location}) must share project and zone`);
  }
  return { vm, disk };
}

function deviceOf(instance: GceInstance, disk: Target): string | null {
  const attached = (instance.disks ?? []).find((d) => {
    const ref = parseResourceUrl(d.source);
    return ref?.collection === 'disks' && ref.name === disk.name && ref.location === disk.location && ref.project === disk.project;
  });
  return attached?.deviceName ?? null;
}
