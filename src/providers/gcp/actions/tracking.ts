// How a started write is followed: its Compute Engine operation (name and zone, region or
// global), as JSON any replica can read back, and what one look at it says.
import type { protos } from '@google-cloud/compute';
import type { ActionProgress, StartedAction, Tracking } from '../../actions.js';
import type { ProjectContext } from '../context.js';
import { redact } from '../errors.js';
import { secretsOf } from '../auth.js';
import { lastSegment } from '../urls.js';
import { writeCall } from './write-errors.js';

export type GceOperation = protos.google.cloud.compute.v1.IOperation;

export interface OperationRef {
  [key: string]: Tracking;
  operation: string;
  /** Where the operation lives: a zone, a region, or neither (global). */
  zone: string | null;
  region: string | null;
}

/** An SDK write's answer: `[{ latestResponse: Operation }, …]`. */
export function operationOf(answer: readonly unknown[]): GceOperation {
  return (answer[0] as { latestResponse: GceOperation }).latestResponse;
}

export function refOf(operation: GceOperation): OperationRef {
  return { operation: operation.name ?? '', zone: operation.zone ? lastSegment(operation.zone) : null, region: operation.region ? lastSegment(operation.region) : null };
}

/** What `start` answers for one write, followed by its operation. */
export function startedBy(operation: GceOperation, resourceId: string | null): StartedAction {
  return { providerOperationId: operation.name ?? null, tracking: { ...refOf(operation), resourceId }, resourceId };
}

/** One read of the operation. */
export async function readOperation(ctx: ProjectContext, ref: OperationRef): Promise<GceOperation> {
  const clients = await ctx.clients();
  const { project } = ctx;
  if (ref.zone) {
    return writeCall(ctx, 'zoneOperations.get', async () => (await clients.zoneOperations.get({ project, zone: ref.zone!, operation: ref.operation }))[0]);
  }
  if (ref.region) {
    return writeCall(ctx, 'regionOperations.get', async () => (await clients.regionOperations.get({ project, region: ref.region!, operation: ref.operation }))[0]);
  }
  return writeCall(ctx, 'globalOperations.get', async () => (await clients.globalOperations.get({ project, operation: ref.operation }))[0]);
}

/** RUNNING until DONE; then SUCCEEDED, or FAILED with Compute Engine's first error (scrubbed). */
export function progressOf(ctx: ProjectContext, operation: GceOperation, resourceId: string | null): ActionProgress {
  if (String(operation.status) !== 'DONE') return { status: 'RUNNING' };
  const first = operation.error?.errors?.[0];
  if (!first && !operation.error) return { status: 'SUCCEEDED', resourceId };
  const message = first?.message ?? operation.httpErrorMessage ?? 'the operation failed';
  return { status: 'FAILED', providerCode: first?.code ?? null, message: redact(message, secretsOf(ctx.config)) };
}

/** One look at a single-operation write. */
export async function followOperation(ctx: ProjectContext, tracking: Tracking): Promise<ActionProgress> {
  const t = tracking as OperationRef & { resourceId?: string | null };
  return progressOf(ctx, await readOperation(ctx, t), t.resourceId ?? null);
}
