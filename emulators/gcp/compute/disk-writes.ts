// instances.attachDisk / detachDisk and disks.resize / regionDisks.resize. A disk is attached
// read-write to one instance at a time (resourceInUseByAnotherResource otherwise), in the
// instance's zone; it is detached by device name; it only grows (a smaller or equal size is an
// invalid value), within the region's DISKS_TOTAL_GB quota.
import { gcpTimestamp, regionOfZone } from '../fleet/catalogue.js';
import type { GceAttachedDisk, GceDisk } from '../fleet/types.js';
import { googleErrors } from '../errors.js';
import type { GceOperation } from './operations.js';
import { findDisk, lastSegment, operate, parseRef, requireInstance, zoneOf, type WriteContext } from './write-context.js';

export function attachDisk(ctx: WriteContext): GceOperation {
  const instance = requireInstance(ctx);
  const zone = zoneOf(ctx);
  const source = String(ctx.body['source'] ?? '');
  const ref = parseRef(ctx, source);
  const disk = ref ? findDisk(ctx, ref) : undefined;
  if (!ref || !disk) throw googleErrors.notFound(source.replace(/^https:\/\/[^/]+\/compute\/v1\//, '') || 'disk');
  if (ref.zone && ref.zone !== zone) throw googleErrors.invalidField('resource.source', source, `Disk must be in zone '${zone}'.`);
  const user = disk.users?.[0];
  if (user) throw googleErrors.inUseBy(diskPath(disk), user.replace(/^https:\/\/[^/]+\/compute\/v1\//, ''));
  const deviceName = String(ctx.body['deviceName'] ?? disk.name);
  if (instance.disks.some((d) => d.deviceName === deviceName)) throw googleErrors.invalidField('resource.deviceName', deviceName, 'Device name is already in use by another disk.');
  const attached: GceAttachedDisk = {
    kind: 'compute#attachedDisk',
    type: 'PERSISTENT',
    mode: ctx.body['mode'] === 'READ_ONLY' ? 'READ_ONLY' : 'READ_WRITE',
    source: disk.selfLink,
    deviceName,
    index: Math.max(-1, ...instance.disks.map((d) => d.index)) + 1,
    boot: false,
    autoDelete: Boolean(ctx.body['autoDelete']),
    interface: instance.disks[0]?.interface ?? 'SCSI',
    diskSizeGb: disk.sizeGb,
  };
  // Claimed at once, so a second attach of the same disk is refused while this one runs.
  disk.users = [instance.selfLink];
  return operate(ctx, { link: instance.selfLink, id: instance.id, type: 'attachDisk' }, [
    () => {
      instance.disks.push(attached);
      disk.lastAttachTimestamp = gcpTimestamp(ctx.now());
    },
  ]);
}

export function detachDisk(ctx: WriteContext): GceOperation {
  const instance = requireInstance(ctx);
  const deviceName = ctx.params.get('deviceName') ?? '';
  const attached = instance.disks.find((d) => d.deviceName === deviceName);
  if (!attached) throw googleErrors.invalidField('deviceName', deviceName, `No attached disk found with device name '${deviceName}'`);
  if (attached.boot && instance.status !== 'TERMINATED') throw googleErrors.invalidUsage('The boot disk of a running instance cannot be detached.');
  return operate(ctx, { link: instance.selfLink, id: instance.id, type: 'detachDisk' }, [
    () => {
      instance.disks.splice(instance.disks.indexOf(attached), 1);
      const disk = findDisk(ctx, parseRef(ctx, attached.source)!);
      if (!disk) return;
      disk.users = (disk.users ?? []).filter((u) => u !== instance.selfLink);
      if (disk.users.length === 0) delete disk.users;
      disk.lastDetachTimestamp = gcpTimestamp(ctx.now());
    },
  ]);
}

export function resizeDisk(ctx: WriteContext): GceOperation {
  const { project, scope, name } = ctx.route;
  const region = scope.kind === 'zone' ? regionOfZone(scope.zone) : scope.kind === 'region' ? scope.region : '';
  const disk = findDisk(ctx, { project, zone: scope.kind === 'zone' ? scope.zone : null, region, collection: 'disks', name: name! });
  const location = scope.kind === 'zone' ? `zones/${scope.zone}` : `regions/${region}`;
  if (!disk) throw googleErrors.notFound(`projects/${project}/${location}/disks/${name}`);
  const raw = ctx.body['sizeGb'];
  const sizeGb = Number(raw);
  if (!Number.isInteger(sizeGb) || sizeGb <= Number(disk.sizeGb)) {
    throw googleErrors.invalidField('sizeGb', String(raw), `Requested disk size cannot be smaller than or equal to the current size (${disk.sizeGb} GB).`);
  }
  if (disk.status !== 'READY') throw googleErrors.notReady(diskPath(disk));
  ctx.quotas.requireDiskGb(project, region, sizeGb - Number(disk.sizeGb));
  return operate(ctx, { link: disk.selfLink, id: disk.id, type: 'resizeDisk' }, [() => grow(ctx, disk, sizeGb)]);
}

function grow(ctx: WriteContext, disk: GceDisk, sizeGb: number): void {
  disk.sizeGb = String(sizeGb);
  for (const user of disk.users ?? []) {
    const ref = parseRef(ctx, user);
    const instance = ref?.zone ? ctx.fleet.findInstance(ref.project, ref.zone, ref.name) : undefined;
    for (const attached of instance?.disks ?? []) if (attached.source === disk.selfLink) attached.diskSizeGb = disk.sizeGb;
  }
}

function diskPath(disk: GceDisk): string {
  return disk.zone
    ? `projects/${projectOf(disk)}/zones/${lastSegment(disk.zone)}/disks/${disk.name}`
    : `projects/${projectOf(disk)}/regions/${lastSegment(disk.region ?? '')}/disks/${disk.name}`;
}

const projectOf = (disk: GceDisk) => /projects\/([^/]+)/.exec(disk.selfLink)?.[1] ?? '';
