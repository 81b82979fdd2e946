// Shared set-up for the AWS action tests: an emulator with fast steps, the adapter built as the
// adapter tests build it, and a loop that follows an action until it ends.
import { pino } from 'pino';
import { awsProviderSchema } from '../../../src/config/schema.js';
import { startAwsEmulator, type AwsEmulator } from '../../../emulators/aws/index.js';
import { AWS_ACCOUNTS, createFleet, type AwsScopeData, type Ec2Instance, type Fleet } from '../../../emulators/fleet.js';
import { createAwsAdapter } from '../../../src/providers/aws/index.js';
import { globalId, parseGlobalId } from '../../../src/providers/ids.js';
import type { ActionAdapter, ActionProgress, ActionRequest, GlobalId, ProviderAdapter, ResourceKind, Scope, Tracking } from '../../../src/providers/types.js';

export const ACCOUNT = '111111111111';
export const REGION = 'us-east-1';
export const US: Scope = { provider: 'aws', account: ACCOUNT, region: REGION };
export const STEP_MS = 20;

export interface ActionHarness {
  fleet: Fleet;
  emulator: AwsEmulator;
  adapter: ProviderAdapter;
  actions: ActionAdapter;
  /** Another adapter over the same emulator, as another replica has (closed with the harness). */
  replica(): ProviderAdapter;
  close(): Promise<void>;
}

export async function startActionHarness(): Promise<ActionHarness> {
  const fleet = createFleet({ seed: 11, vmsPerScope: 60 });
  const emulator = await startAwsEmulator({ fleet, actionStepMs: STEP_MS });
  const config = awsProviderSchema.parse({
    maxAttempts: 1,
    accounts: AWS_ACCOUNTS.map((a) => ({ id: a.accountId, regions: [REGION], endpoint: emulator.url, credentials: { type: 'static', ...a.credentials } })),
  });
  const adapter = createAwsAdapter(config, { logger: pino({ level: 'silent' }) });
  const replicas: ProviderAdapter[] = [];
  return {
    fleet,
    emulator,
    adapter,
    actions: adapter.actions!,
    replica() {
      const replica = createAwsAdapter(config, { logger: pino({ level: 'silent' }) });
      replicas.push(replica);
      return replica;
    },
    async close() {
      for (const replica of replicas) await replica.close();
      await adapter.close();
      await emulator.close();
    },
  };
}

export const idOf = (kind: ResourceKind, nativeId: string, scope: Scope = US): GlobalId => parseGlobalId(globalId(scope, kind, nativeId));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a started action until it is no longer RUNNING (a bounded number of looks). */
export async function followToEnd(actions: ActionAdapter, request: ActionRequest, tracking: Tracking): Promise<ActionProgress> {
  let current = tracking;
  for (let look = 0; look < 300; look++) {
    const progress = await actions.progress(request, current);
    if (progress.status !== 'RUNNING') return progress;
    if (progress.tracking !== undefined) current = progress.tracking;
    await pause(STEP_MS / 2);
  }
  throw new Error(`action ${request.kind} still running after 300 looks`);
}

/** Starts an action (not a dry run) and follows it to its end. */
export async function runAction(actions: ActionAdapter, request: ActionRequest, key: string): Promise<ActionProgress> {
  const started = await actions.start(request, { idempotencyKey: key, dryRun: false });
  if (!started) throw new Error('start returned null for a real run');
  return followToEnd(actions, request, started.tracking);
}

export const usScope = (fleet: Fleet): AwsScopeData => fleet.aws.scope(ACCOUNT, REGION)!;

/** Instances of the scope in a state, not used by another test yet (each test takes its own). */
export function takeInstances(fleet: Fleet, taken: Set<string>, state: Ec2Instance['state'], count = 1): Ec2Instance[] {
  const found = usScope(fleet).instances.filter((i) => i.state === state && !taken.has(i.instanceId)).slice(0, count);
  if (found.length < count) throw new Error(`not enough ${state} instances`);
  for (const i of found) taken.add(i.instanceId);
  return found;
}
