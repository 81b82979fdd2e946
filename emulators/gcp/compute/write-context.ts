// What every Compute Engine write handler works with, and the look-ups they share: the target
// resource (404 in Compute Engine's words when it is missing), references in request bodies, and
// starting the write's Operation.
import { computeUrl, regionOfZone } from '../fleet/catalogue.js';
import type { GcpFleet } from '../fleet/fleet.js';
import type { GceDisk, GceInstance, GceInstanceStatus, GcpRegionData } from '../fleet/types.js';
import { googleErrors } from '../errors.js';
import type { GceOperation, OperationStore } from './operations.js';
import type { Quotas } from './quota.js';
import type { WriteRoute } from './write-routes.js';

export interface WriteContext {
  fleet: GcpFleet;
  operations: OperationStore;
  quotas: Quotas;
  /** Zones out of capacity: a start, resume or insert there fails mid-way (ZONE_RESOURCE_POOL_EXHAUSTED). */
  stockouts: ReadonlySet<string>;
  now(): Date;
  route: WriteRoute;
  params: URLSearchParams;
  body: Record<string, unknown>;
  /** Who asked (the operation's `user`). */
  user: string;
  requestId: string | null;
}

/** Statuses in which Compute Engine refuses most writes as "not ready". */
export const TRANSITIONAL: ReadonlySet<GceInstanceStatus> = new Set(['PROVISIONING', 'STAGING', 'STOPPING', 'PENDING_STOP', 'SUSPENDING', 'REPAIRING', 'DEPROVISIONING', 'PENDING']);

export const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export function zoneOf(ctx: WriteContext): string {
  if (ctx.route.scope.kind !== 'zone') throw new Error('not a zonal route');
  return ctx.route.scope.zone;
}

/** The fleet's data for the zone's region; a known region the fleet does not populate has none. */
export function regionDataOf(ctx: WriteContext, region: string): GcpRegionData | undefined {
  return ctx.fleet.region(ctx.route.project, region);
}

export function requireInstance(ctx: WriteContext): GceInstance {
  const zone = zoneOf(ctx);
  const instance = ctx.fleet.findInstance(ctx.route.project, zone, ctx.route.name!);
  if (!instance) throw googleErrors.notFound(`projects/${ctx.route.project}/zones/${zone}/instances/${ctx.route.name}`);
  return instance;
}

export function instancePath(ctx: WriteContext, name: string): string {
  return `projects/${ctx.route.project}/zones/${zoneOf(ctx)}/instances/${name}`;
}

/** Moves the instance the route names, telling the fleet's listeners. */
export function setStatus(ctx: WriteContext, instance: GceInstance, status: GceInstanceStatus): void {
  ctx.fleet.setInstanceStatus(ctx.route.project, lastSegment(instance.zone), instance.name, status);
}

export interface ResourceRef {
  project: string;
  zone: string | null;
  region: string | null;
  collection: string;
  name: string;
}

/** `https://…/projects/p/zones/z/disks/d`, `projects/p/zones/z/disks/d` or `zones/z/disks/d` (this project). */
export function parseRef(ctx: WriteContext, value: unknown): ResourceRef | null {
  if (typeof value !== 'string') return null;
  const m = /(?:^|\/)(?:projects\/([^/]+)\/)?(?:zones\/([^/]+)|regions\/([^/]+)|global)\/([^/]+)\/([^/?#]+)$/.exec(value);
  if (!m) return null;
  return { project: m[1] ?? ctx.route.project, zone: m[2] ?? null, region: m[3] ?? null, collection: m[4]!, name: m[5]! };
}

/** The disk a reference names (zonal or regional), or undefined. */
export function findDisk(ctx: WriteContext, ref: ResourceRef): GceDisk | undefined {
  const region = ref.zone ? regionOfZone(ref.zone) : ref.region;
  if (!region || ref.collection !== 'disks') return undefined;
  const url = ref.zone ? computeUrl.zonal(ref.project, ref.zone, 'disks', ref.name) : computeUrl.regional(ref.project, region, 'disks', ref.name);
  return ctx.fleet.region(ref.project, region)?.disks.find((d) => d.selfLink === url);
}

/** Starts the write's Operation on the route's resource. */
export function operate(ctx: WriteContext, target: { link: string; id?: string; type: string }, steps: readonly (() => void)[]): GceOperation {
  return ctx.operations.start(
    { project: ctx.route.project, scope: ctx.route.scope, operationType: target.type, targetLink: target.link, ...(target.id ? { targetId: target.id } : {}), user: ctx.user },
    steps,
    ctx.requestId,
  );
}
