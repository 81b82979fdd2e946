// The reads writes make first — to choose the call (start or resume), to find a device name,
// and, for a dry run, to prove the target exists and its state allows the action.
import type { protos } from '@google-cloud/compute';
import type { Target } from './targets.js';
import { writeCall } from './write-errors.js';

export type GceInstance = protos.google.cloud.compute.v1.IInstance;
export type GceDisk = protos.google.cloud.compute.v1.IDisk;

/** Statuses in which Compute Engine refuses most writes as not ready. */
export const TRANSITIONAL = new Set(['PROVISIONING', 'STAGING', 'STOPPING', 'PENDING_STOP', 'SUSPENDING', 'REPAIRING', 'DEPROVISIONING', 'PENDING']);

/** Statuses of an instance that is not running (its machine type can change). */
export const STOPPED = new Set(['TERMINATED', 'STOPPED']);

export async function getInstance(t: Target): Promise<GceInstance> {
  const clients = await t.ctx.clients();
  return writeCall(t.ctx, 'instances.get', async () => (await clients.instances.get({ project: t.project, zone: t.location, instance: t.name }))[0]);
}

/** A zonal disk, or a regional one when the location is a region. */
export async function getDisk(t: Target, zonal: boolean): Promise<GceDisk> {
  const clients = await t.ctx.clients();
  if (zonal) return writeCall(t.ctx, 'disks.get', async () => (await clients.disks.get({ project: t.project, zone: t.location, disk: t.name }))[0]);
  return writeCall(t.ctx, 'regionDisks.get', async () => (await clients.regionDisks.get({ project: t.project, region: t.location, disk: t.name }))[0]);
}

/** Whether the zone offers the machine type (a 404 is an INVALID_INPUT: the caller's type). */
export async function requireMachineType(t: Target, zone: string, machineType: string): Promise<void> {
  const clients = await t.ctx.clients();
  await writeCall(t.ctx, 'machineTypes.get', () => clients.machineTypes.get({ project: t.project, zone, machineType }), { notFoundIsInput: true });
}
