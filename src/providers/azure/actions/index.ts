// The Azure ActionAdapter: every lifecycle action is one ARM write answered with an async
// operation (resizeVm with a restart: deallocate, update, start, one after the other), which
// `progress` polls once per look by restoring the SDK's poller from its serialised state — JSON
// only, so any replica can follow an action another started.
import { actionScope, startWith, type ActionAdapter } from '../../actions.js';
import { subscriptionScope, type ContextFor } from './targets.js';
import { follow, type SourceOperation } from './tracking.js';
import { startPower } from './vm-power.js';
import { resizeProgress, startResize } from './vm-resize.js';
import { startCreate } from './vm-create.js';
import { startAttach, startDetach, startResizeVolume } from './volumes.js';
import { startCreateSnapshot, startDeleteSnapshot } from './snapshots.js';

export function createAzureActions(contextFor: ContextFor): ActionAdapter {
  return {
    start: startWith(
      {
        power: startPower,
        resize: startResize,
        create: startCreate,
        attach: startAttach,
        detach: startDetach,
        resizeVolume: startResizeVolume,
        createSnapshot: startCreateSnapshot,
        deleteSnapshot: startDeleteSnapshot,
      },
      contextFor,
    ),
    progress(request, tracking) {
      if (request.kind === 'resizeVm') return resizeProgress(contextFor, tracking);
      const ctx = contextFor(subscriptionScope(actionScope(request).account), 'operations.get');
      const client = ctx.pool.compute(ctx.subscriptionId);
      // restorePoller finds the result's deserialiser from the serialised request; the source only names it.
      return follow(ctx, client, client.virtualMachines.start as unknown as SourceOperation, tracking);
    },
  };
}
