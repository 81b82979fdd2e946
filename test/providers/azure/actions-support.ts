// Shared set-up for the Azure action tests: one emulator with fast steps, the adapter built as
// the adapter tests build it, helpers that run an action to its end and pick untouched VMs.
import { pino } from 'pino';
import { expect } from 'vitest';
import { azureProviderSchema } from '../../../src/config/schema.js';
import { startAzureEmulator, type AzureEmulator } from '../../../emulators/azure/index.js';
import { AZURE_SUBSCRIPTIONS, createFleet, type AzureVirtualMachine, type AzureVmCondition, type Fleet } from '../../../emulators/fleet.js';
import type { ActionAdapter, ActionProgress, ActionRequest } from '../../../src/providers/actions.js';
import { createAzureAdapter } from '../../../src/providers/azure/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import type { GlobalId } from '../../../src/providers/ids.js';
import type { ProviderAdapter } from '../../../src/providers/types.js';

export const SUB = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
export const S = { provider: 'azure' as const, account: SUB, region: '*' };
export const WRITES = /^(virtualMachines\.(start|deallocate|restart|delete|update|createOrUpdate|attachDetachDataDisks|powerOff)|disks\.update|snapshots\.(createOrUpdate|delete))$/;

export interface World {
  fleet: Fleet;
  emulator: AzureEmulator;
  adapter: ProviderAdapter;
  actions: ActionAdapter;
}

export async function startWorld(): Promise<World> {
  const fleet = createFleet({ seed: 7, vmsPerScope: 12 });
  const emulator = await startAzureEmulator({ fleet, actionStepMs: 20 });
  const config = azureProviderSchema.parse({
    maxRetries: 2,
    subscriptions: AZURE_SUBSCRIPTIONS.map((s) => ({
      id: s.subscriptionId,
      credentials: { type: 'accessToken', token: s.token },
      endpoint: emulator.url,
      metricsEndpoint: emulator.url,
      caCertificate: emulator.caCertificate,
    })),
  });
  const adapter = createAzureAdapter(config, { logger: pino({ level: 'silent' }), retryDelayInMs: 5, maxRetryDelayInMs: 20 });
  return { fleet, emulator, adapter, actions: adapter.actions! };
}

let keys = 0;
export const nextKey = () => `key-${++keys}`;

export async function run(actions: ActionAdapter, request: ActionRequest, key = nextKey()): Promise<ActionProgress> {
  const started = await actions.start(request, { idempotencyKey: key, dryRun: false });
  let tracking = JSON.parse(JSON.stringify(started!.tracking));
  for (let i = 0; i < 500; i++) {
    const progress = await actions.progress(request, tracking);
    if (progress.status !== 'RUNNING') return progress;
    if (progress.tracking !== undefined) tracking = JSON.parse(JSON.stringify(progress.tracking));
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('action never finished');
}

export async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ProviderError);
    return error as ProviderError;
  }
  throw new Error('expected a ProviderError');
}

const used = new Set<string>();
/** A VM of the subscription no other test has touched, put into `condition` first. */
export function freshVm(fleet: Fleet, condition: AzureVmCondition, pick: (vm: AzureVirtualMachine) => boolean = () => true): AzureVirtualMachine {
  const vm = fleet.azure.resources(SUB, 'virtualMachines').find((v) => !used.has(v.id) && v.properties.priority === 'Regular' && pick(v))!;
  used.add(vm.id);
  if (vm.sim.condition !== condition) fleet.azure.setVmCondition(vm.id, condition);
  return vm;
}

export const idOf = (kind: GlobalId['kind'], resource: { id: string; location: string }): GlobalId => ({ provider: 'azure', account: SUB, region: resource.location, kind, nativeId: resource.id.toLowerCase() });
