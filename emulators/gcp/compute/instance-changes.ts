// instances.setMachineType (only on a stopped instance, to a type the zone offers) and
// instances.delete (a running instance is stopped first; boot disks with autoDelete go with it,
// other disks stay, detached; a deletion-protected instance is refused).
import { computeUrl, gcpTimestamp, machineTypeIn, regionOfZone } from '../fleet/catalogue.js';
import type { GceInstance } from '../fleet/types.js';
import { googleErrors } from '../errors.js';
import type { GceOperation } from './operations.js';
import { TRANSITIONAL, instancePath, lastSegment, operate, requireInstance, setStatus, zoneOf, type WriteContext } from './write-context.js';

const STOPPED = new Set(['TERMINATED', 'STOPPED']);

export function setMachineType(ctx: WriteContext): GceOperation {
  const instance = requireInstance(ctx);
  const zone = zoneOf(ctx);
  const url = machineTypeUrl(ctx, zone, ctx.body['machineType'], 'machineType');
  if (TRANSITIONAL.has(instance.status)) throw googleErrors.notReady(instancePath(ctx, instance.name));
  if (!STOPPED.has(instance.status)) throw googleErrors.invalidUsage(`Instance is starting or running; stop it to change its machine type.`);
  return operate(ctx, { link: instance.selfLink, id: instance.id, type: 'setMachineType' }, [() => void (instance.machineType = url)]);
}

/** The full URL of a machine type the zone offers; 400 in Compute Engine's words otherwise. */
export function machineTypeUrl(ctx: WriteContext, zone: string, value: unknown, field: string): string {
  const text = typeof value === 'string' ? value : '';
  const name = lastSegment(text);
  if (!name || !machineTypeIn(zone, name)) {
    throw googleErrors.invalidField(`resource.${field}`, text, `Machine type with name '${name}' does not exist in zone '${zone}'.`);
  }
  return computeUrl.zonal(ctx.route.project, zone, 'machineTypes', name);
}

export function deleteInstance(ctx: WriteContext): GceOperation {
  const instance = requireInstance(ctx);
  if (instance.deletionProtection) throw googleErrors.invalidUsage("Resource cannot be deleted if it's protected against deletion.");
  const remove = () => removeWithDisks(ctx, instance);
  const steps = STOPPED.has(instance.status) ? [remove] : [() => setStatus(ctx, instance, 'STOPPING'), remove];
  return operate(ctx, { link: instance.selfLink, id: instance.id, type: 'delete' }, steps);
}

function removeWithDisks(ctx: WriteContext, instance: GceInstance): void {
  const { project } = ctx.route;
  const region = regionOfZone(lastSegment(instance.zone));
  const data = ctx.fleet.region(project, region);
  for (const attached of instance.disks) {
    const disk = data?.disks.find((d) => d.selfLink === attached.source);
    if (!disk) continue;
    if (attached.autoDelete) {
      ctx.fleet.removeDisk(project, region, disk.selfLink);
      continue;
    }
    disk.users = (disk.users ?? []).filter((u) => u !== instance.selfLink);
    if (disk.users.length === 0) delete disk.users;
    disk.lastDetachTimestamp = gcpTimestamp(ctx.now());
  }
  ctx.fleet.removeInstance(project, lastSegment(instance.zone), instance.name);
}
