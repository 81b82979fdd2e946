// The Azure ActionAdapter: every lifecycle action is one ARM write answered with an async
// operation (resizeVm with a restart: deallocate, update, start, one after the other), which
// `progress` polls once per look by restoring the SDK's poller from its serialised state — JSON
// only, so any replica can follow an action another started.
import type { ActionAdapter, ActionRequest } from '../../actions.js';
import { subscriptionScope, type ContextFor } from './targets.js';
import { follow, type SourceOperation } from './tracking.js';
import { startPower } from './vm-power.js';
import { resizeProgress, startResize } from './vm-resize.js';
import { startCreate } from './vm-create.js';
import { startAttach, startDetach, startResizeVolume } from './volumes.js';
import { startCreateSnapshot, startDeleteSnapshot } from './snapshots.js';

export function createAzureActions(contextFor: ContextFor): ActionAdapter {
  return {
    start(request, options) {
      switch (request.kind) {
        case 'startVm':
        case 'stopVm':
        case 'rebootVm':
        case 'deleteVm':
          return startPower(contextFor, request, options);
        case 'resizeVm':
          return startResize(contextFor, request, options);
        case 'createVm':
          return startCreate(contextFor, request.spec, options);
        case 'attachVolume':
          return startAttach(contextFor, request, options);
        case 'detachVolume':
          return startDetach(contextFor, request, options);
        case 'resizeVolume':
          return startResizeVolume(contextFor, request, options);
        case 'createSnapshot':
          return startCreateSnapshot(contextFor, request, options);
        case 'deleteSnapshot':
          return startDeleteSnapshot(contextFor, request, options);
      }
    },
    progress(request, tracking) {
      if (request.kind === 'resizeVm') return resizeProgress(contextFor, tracking);
      const ctx = contextFor(subscriptionScope(accountOf(request)), 'operations.get');
      const client = ctx.pool.compute(ctx.subscriptionId);
      // restorePoller finds the result's deserialiser from the serialised request; the source only names it.
      return follow(ctx, client, client.virtualMachines.start as unknown as SourceOperation, tracking);
    },
  };
}

/** The subscription whose operation follows the request. */
function accountOf(request: ActionRequest): string {
  switch (request.kind) {
    case 'createVm':
      return request.spec.scope.account;
    case 'attachVolume':
    case 'detachVolume':
      return request.vm.account;
    case 'resizeVolume':
    case 'createSnapshot':
      return request.volume.account;
    case 'deleteSnapshot':
      return request.snapshot.account;
    default:
      return request.vm.account;
  }
}
