// Which ARM write a request is, named as the SDK names it (virtualMachines.start, disks.update …)
// with the RBAC action it needs, and the reads that belong to writes: an async operation's status
// (and its Location monitor) and a VM's resize options. Anything else is not a write: null, and
// the read API (arm.ts) answers it.
import type { ArmRequest, Operation } from '../arm.js';
import { armErrors } from '../errors.js';
import type { WriteContext, WriteTarget } from './context.js';
import { deleteSnapshot, putSnapshot } from './snapshot-writes.js';
import { updateDisk } from './disk-writes.js';
import { attachDetachDisks } from './vm-disks.js';
import { putVm } from './vm-create.js';
import { powerAction, type PowerVerb } from './vm-power.js';
import { availableSizes, updateVm } from './vm-update.js';

const RESOURCE = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/(virtualMachines|disks|snapshots)\/([^/]+)(?:\/([^/]+))?\/?$/i;
const OPERATION = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Compute\/locations\/([^/]+)\/operations\/([^/]+)\/?$/i;
const POWER: Readonly<Record<string, PowerVerb>> = { start: 'start', deallocate: 'deallocate', poweroff: 'powerOff', restart: 'restart' };

type Handler = Omit<Operation, 'subscriptionId' | 'service'>;

export function resolveWrite(req: ArmRequest, ctx: WriteContext): Operation | null {
  const path = decodeURIComponent(req.url.pathname);
  const op = OPERATION.exec(path);
  if (op && req.method === 'GET') return operationRead(req, ctx, op[1]!.toLowerCase(), op[2]!.toLowerCase(), op[3]!);
  const m = RESOURCE.exec(path);
  if (!m) return null;
  const [, subscription, resourceGroup, type, name, child] = m as unknown as [string, string, string, string, string, string | undefined];
  const t: WriteTarget = { subscriptionId: subscription.toLowerCase(), resourceGroup, name, origin: req.origin };
  const handler = handlerOf(req, ctx, t, type.toLowerCase(), child?.toLowerCase());
  return handler ? { ...handler, subscriptionId: t.subscriptionId, service: 'compute' } : null;
}

function handlerOf(req: ArmRequest, ctx: WriteContext, t: WriteTarget, type: string, child: string | undefined): Handler | null {
  const body = () => jsonBody(req.body);
  const region = regionOf(ctx, t, type);
  const on = (action: string, permission: string, run: () => unknown): Handler => ({ action, permission: `Microsoft.Compute/${permission}`, region, run });
  if (type === 'virtualmachines') {
    if (child === undefined) {
      if (req.method === 'PUT') return on('virtualMachines.createOrUpdate', 'virtualMachines/write', () => putVm(ctx, t, body()));
      if (req.method === 'PATCH') return on('virtualMachines.update', 'virtualMachines/write', () => updateVm(ctx, t, body()));
      if (req.method === 'DELETE') return on('virtualMachines.delete', 'virtualMachines/delete', () => powerAction(ctx, t, 'delete', req.url.searchParams));
      return null;
    }
    const verb = POWER[child];
    if (verb && req.method === 'POST') return on(`virtualMachines.${verb}`, `virtualMachines/${verb === 'powerOff' ? 'powerOff' : verb}/action`, () => powerAction(ctx, t, verb, req.url.searchParams));
    if (child === 'attachdetachdatadisks' && req.method === 'POST') return on('virtualMachines.attachDetachDataDisks', 'virtualMachines/attachDetachDataDisks/action', () => attachDetachDisks(ctx, t, body()));
    if (child === 'vmsizes' && req.method === 'GET') return on('virtualMachines.listAvailableSizes', 'virtualMachines/vmSizes/read', () => availableSizes(ctx, t));
    return null;
  }
  if (child !== undefined) return null;
  if (type === 'disks' && req.method === 'PATCH') return on('disks.update', 'disks/write', () => updateDisk(ctx, t, body()));
  if (type === 'snapshots' && req.method === 'PUT') return on('snapshots.createOrUpdate', 'snapshots/write', () => putSnapshot(ctx, t, body()));
  if (type === 'snapshots' && req.method === 'DELETE') return on('snapshots.delete', 'snapshots/delete', () => deleteSnapshot(ctx, t));
  return null;
}

/** The location of the resource acted on (for fault rules and the log); a new resource's from its body. */
function regionOf(ctx: WriteContext, t: WriteTarget, type: string): string | null {
  const collection = type === 'virtualmachines' ? 'virtualMachines' : type === 'disks' ? 'disks' : 'snapshots';
  const found = (ctx.fleet.resources(t.subscriptionId, collection) as { name: string; id: string; location: string }[]).find(
    (r) => r.name.toLowerCase() === t.name.toLowerCase() && r.id.split('/')[4]?.toLowerCase() === t.resourceGroup.toLowerCase(),
  );
  return found?.location ?? null;
}

function operationRead(req: ArmRequest, ctx: WriteContext, subscriptionId: string, location: string, name: string): Operation {
  const monitor = req.url.searchParams.get('monitor') === 'true';
  return {
    service: 'compute',
    action: monitor ? 'operations.monitor' : 'operations.get',
    subscriptionId,
    region: location,
    permission: 'Microsoft.Compute/locations/operations/read',
    run: () => {
      const operation = ctx.operations.get(subscriptionId, name);
      return monitor ? ctx.operations.monitorOf(operation, req.origin) : ctx.operations.statusOf(operation);
    },
  };
}

function jsonBody(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw armErrors.invalidRequestContent('The request content was invalid and could not be deserialized.');
}
