// The AWS ActionAdapter: every lifecycle action is one EC2 write (a resize with a restart: three,
// one per look), followed by reading the resource it acts on until it reaches the state the
// action leads to. Tracking is JSON only (ids, the state wanted, a resize's step), so any replica
// can follow an action another started.
import { actionScope, startWith, type ActionAdapter } from '../../actions.js';
import type { ActionContextFor } from './context.js';
import { startCreateSnapshot, startDeleteSnapshot } from './snapshots.js';
import { followTracking } from './tracking.js';
import { startCreate } from './vm-create.js';
import { startPower } from './vm-power.js';
import { resizeProgress, startResize } from './vm-resize.js';
import { startAttach, startDetach, startResizeVolume } from './volumes.js';

export type { ActionContext, ActionContextFor } from './context.js';

export function createAwsActions(contextFor: ActionContextFor): ActionAdapter {
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
    async progress(request, tracking) {
      const ctx = contextFor(actionScope(request), 'progress');
      if (request.kind === 'resizeVm') return resizeProgress(ctx, tracking);
      return followTracking(ctx, tracking);
    },
  };
}
