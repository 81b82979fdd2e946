// What FleetGraph can ask a cloud to do, in the normalised model: the lifecycle actions on VMs,
// volumes and snapshots. Each cloud's ActionAdapter starts an action and then reports its
// progress; everything around that — who may ask, idempotency records, the Operation a client
// follows, the audit log, the VM state events — is the cloud-independent machinery's
// (src/operations/), so an adapter only knows its cloud.
//
// Targets are global ids (ids.ts), already parsed and checked to be of the right kind; the
// adapter checks they belong to one of its configured scopes.
import type { ActionKind, ActionRequest, GlobalId } from './types.js';

export type { ActionKind, ActionAdapter, ActionOptions, ActionProgress, ActionRequest, CreateVmSpec, StartedAction, Tracking } from './types.js';

export const ACTION_KINDS: readonly ActionKind[] = [
  'startVm',
  'stopVm',
  'rebootVm',
  'resizeVm',
  'deleteVm',
  'createVm',
  'attachVolume',
  'detachVolume',
  'resizeVolume',
  'createSnapshot',
  'deleteSnapshot',
];

/** The global id each request acts on (the VM a createVm makes is not known before it starts). */
export function actionTarget(request: ActionRequest): GlobalId | null {
  switch (request.kind) {
    case 'startVm':
    case 'stopVm':
    case 'rebootVm':
    case 'resizeVm':
    case 'deleteVm':
      return request.vm;
    case 'attachVolume':
    case 'detachVolume':
    case 'resizeVolume':
    case 'createSnapshot':
      return request.volume;
    case 'deleteSnapshot':
      return request.snapshot;
    case 'createVm':
      return null;
  }
}

