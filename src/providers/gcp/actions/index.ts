// The GCP ActionAdapter: every lifecycle action is one Compute Engine write (resizeVm with a
// restart: three, one after the other) answered by a zone, region or global Operation, which
// `progress` reads. Tracking is JSON only (operation name and location, the step of a resize),
// so any replica can follow an action another started.
import { actionScope, startWith, type ActionAdapter } from '../../actions.js';
import { projectScope, type ContextFor } from './targets.js';
import { followOperation } from './tracking.js';
import { startCreate } from './vm-create.js';
import { startPower } from './vm-power.js';
import { resizeProgress, startResize } from './vm-resize.js';
import { startAttach, startDetach, startResizeVolume } from './volumes.js';
import { startCreateSnapshot, startDeleteSnapshot } from './snapshots.js';

export function createGcpActions(contextFor: ContextFor): ActionAdapter {
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
      return followOperation(contextFor(projectScope(actionScope(request).account), 'operations.get'), tracking);
    },
  };
}
