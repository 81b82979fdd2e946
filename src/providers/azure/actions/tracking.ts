// How a started write is followed: the SDK poller's serialised state (the Azure-AsyncOperation
// URL, the final resource location, the LRO mode), JSON any replica can restore with the SDK's
// restorePoller and look at once. A poller is a thenable: it is never returned from an async
// function (that would wait for the whole operation).
import { restorePoller, type ComputeManagementClient } from '@azure/arm-compute';
import type { ActionProgress, StartedAction, Tracking } from '../../actions.js';
import { redact } from '../errors.js';
import { secretsOf } from '../clients.js';
import type { SubscriptionContext } from '../context.js';
import { writeCall } from './write-errors.js';

/** The SDK's LRO poller (@azure/core-lro's PollerLike, named through the client that returns it). */
export type Poller = ReturnType<ComputeManagementClient['virtualMachines']['start']>;
/** The SDK method that started the poller (restorePoller asks for it). */
export type SourceOperation = (...args: never[]) => Poller;

export interface PollerTracking {
  [key: string]: Tracking;
  /** poller.serialize(): `{"state":{…}}`. */
  poller: string;
  resourceId: string | null;
}

/** What `begin` needs of a poller, whatever its result type. */
interface Startable {
  submitted(): Promise<void>;
  serialize(): Promise<string>;
}

/** Sends the write (the poller's initial request) and returns what follows it. */
export async function begin(ctx: SubscriptionContext, operation: string, make: () => Startable, resourceId: string | null): Promise<StartedAction> {
  const box: { poller?: Startable } = {};
  await writeCall(ctx, operation, async () => {
    box.poller = make();
    await box.poller.submitted();
  });
  const serialised = await box.poller!.serialize();
  const tracking: PollerTracking = { poller: serialised, resourceId };
  return { providerOperationId: operationIdOf(serialised), tracking, resourceId };
}

/** The async operation's id (the last segment of its URL), or null for an operation already done. */
function operationIdOf(serialised: string): string | null {
  const location = (JSON.parse(serialised) as { state?: { config?: { operationLocation?: string } } }).state?.config?.operationLocation;
  if (!location) return null;
  return new URL(location, 'https://management.azure.com').pathname.split('/').pop() ?? null;
}

/** One poll of a started write: RUNNING, SUCCEEDED, or FAILED with ARM's code and message (scrubbed). */
export async function follow(ctx: SubscriptionContext, client: ComputeManagementClient, source: SourceOperation, tracking: Tracking): Promise<ActionProgress> {
  const t = tracking as PollerTracking;
  const poller = restorePoller(client, t.poller, source as never) as Poller;
  try {
    await writeCall(ctx, 'operations.get', async () => void (await poller.poll()));
  } catch (error) {
    if (poller.operationState?.status !== 'failed') throw error;
  }
  const state = poller.operationState!;
  if (state.status === 'succeeded') return { status: 'SUCCEEDED', resourceId: t.resourceId };
  if (state.status === 'failed' || state.status === 'canceled') return failedOf(ctx, state.error);
  return { status: 'RUNNING' };
}

/** core-lro words a failure "The long-running operation has failed. <code>. <message>". */
function failedOf(ctx: SubscriptionContext, error: Error | undefined): ActionProgress {
  const text = error?.message ?? 'The long-running operation was canceled';
  const m = /^The long-running operation has failed\. ([^.\s]+)\. ([\s\S]*)$/.exec(text);
  const secrets = secretsOf(ctx.pool.subscription(ctx.subscriptionId));
  return { status: 'FAILED', providerCode: m ? m[1]! : null, message: redact(m ? m[2]! : text, secrets) };
}
