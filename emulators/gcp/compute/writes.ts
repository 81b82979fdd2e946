// Answers a Compute Engine write: the `requestId` first (a UUID; one seen before in the project
// answers the first write's Operation and acts no more), then the method's own checks and steps.
// Also answers the operation reads (zoneOperations.get, regionOperations.get, globalOperations.get).
import { isKnownRegion, isKnownZone } from '../fleet/catalogue.js';
import { googleErrors } from '../errors.js';
import { attachDisk, detachDisk, resizeDisk } from './disk-writes.js';
import { deleteInstance, setMachineType } from './instance-changes.js';
import { insertInstance } from './instance-insert.js';
import { powerInstance } from './instance-power.js';
import type { GceOperation, OperationStore } from './operations.js';
import { deleteSnapshot, insertSnapshot } from './snapshot-writes.js';
import type { WriteContext } from './write-context.js';
import type { OperationRoute, WriteMethod, WriteRoute } from './write-routes.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

const HANDLERS: Record<WriteMethod, (ctx: WriteContext) => GceOperation> = {
  'instances.insert': insertInstance,
  'instances.delete': deleteInstance,
  'instances.start': (ctx) => powerInstance(ctx, 'start'),
  'instances.stop': (ctx) => powerInstance(ctx, 'stop'),
  'instances.suspend': (ctx) => powerInstance(ctx, 'suspend'),
  'instances.resume': (ctx) => powerInstance(ctx, 'resume'),
  'instances.reset': (ctx) => powerInstance(ctx, 'reset'),
  'instances.setMachineType': setMachineType,
  'instances.attachDisk': attachDisk,
  'instances.detachDisk': detachDisk,
  'disks.resize': resizeDisk,
  'regionDisks.resize': resizeDisk,
  'snapshots.insert': insertSnapshot,
  'snapshots.delete': deleteSnapshot,
};

export function handleWrite(ctx: Omit<WriteContext, 'requestId'>): Record<string, unknown> {
  checkLocation(ctx.route);
  const requestId = ctx.params.get('requestId');
  if (requestId !== null && (!UUID.test(requestId) || requestId === ZERO_UUID)) {
    throw googleErrors.invalidField('requestId', requestId, 'Must be a valid UUID other than the zero UUID.');
  }
  const earlier = requestId ? ctx.operations.forRequestId(ctx.route.project, requestId) : undefined;
  const operation = earlier ?? HANDLERS[ctx.route.method]({ ...ctx, requestId });
  return copy(operation);
}

export function handleOperationGet(operations: OperationStore, route: OperationRoute): Record<string, unknown> {
  checkLocation(route);
  const operation = operations.find(route.project, route.scope, route.name);
  if (!operation) {
    const where = route.scope.kind === 'zone' ? `zones/${route.scope.zone}` : route.scope.kind === 'region' ? `regions/${route.scope.region}` : 'global';
    throw googleErrors.notFound(`projects/${route.project}/${where}/operations/${route.name}`);
  }
  return copy(operation);
}

function checkLocation(route: WriteRoute | OperationRoute): void {
  if (route.scope.kind === 'zone' && !isKnownZone(route.scope.zone)) throw googleErrors.invalidField('zone', route.scope.zone, 'Unknown zone.');
  if (route.scope.kind === 'region' && !isKnownRegion(route.scope.region)) throw googleErrors.invalidField('region', route.scope.region, 'Unknown region.');
}

/** The operation as sent: a copy, so later steps do not change an answer already built. */
function copy(operation: GceOperation): Record<string, unknown> {
  return JSON.parse(JSON.stringify(operation)) as Record<string, unknown>;
}
