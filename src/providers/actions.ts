// What FleetGraph can ask a cloud to do, in the normalised model: the lifecycle actions on VMs,
// volumes and snapshots. Each cloud's ActionAdapter starts an action and then reports its
// progress; everything around that — who may ask, idempotency records, the Operation a client
// follows, the audit log, the VM state events — is the cloud-independent machinery's
// (src/operations/), so an adapter only knows its cloud.
//
// Targets are global ids (ids.ts), already parsed and checked to be of the right kind; the
// adapter checks they belong to one of its configured scopes.
import type { ActionAdapter, ActionKind, ActionOptions, ActionRequest, CreateVmSpec, GlobalId, Scope, StartedAction } from './types.js';

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


/** Where the request acts — its target's provider, account and location, or where a VM is created — so where its calls go. */
export function actionScope(request: ActionRequest): Scope {
  if (request.kind === 'createVm') return request.spec.scope;
  const { provider, account, region } = actionTarget(request)!;
  return { provider, account, region };
}

type RequestOf<K extends ActionKind> = Extract<ActionRequest, { kind: K }>;
type Starter<C, R> = (contextFor: C, request: R, options: ActionOptions) => Promise<StartedAction | null>;

/** How one cloud starts each family of actions, given its per-scope context maker `C`. */
export interface ActionStarters<C> {
  power: Starter<C, RequestOf<'startVm' | 'stopVm' | 'rebootVm' | 'deleteVm'>>;
  resize: Starter<C, RequestOf<'resizeVm'>>;
  create: Starter<C, CreateVmSpec>;
  attach: Starter<C, RequestOf<'attachVolume'>>;
  detach: Starter<C, RequestOf<'detachVolume'>>;
  resizeVolume: Starter<C, RequestOf<'resizeVolume'>>;
  createSnapshot: Starter<C, RequestOf<'createSnapshot'>>;
  deleteSnapshot: Starter<C, RequestOf<'deleteSnapshot'>>;
}

/** An ActionAdapter's `start`: each request to its cloud's starter — the one switch over the kinds. */
export function startWith<C>(starters: ActionStarters<C>, contextFor: C): ActionAdapter['start'] {
  return (request, options) => {
    switch (request.kind) {
      case 'startVm':
      case 'stopVm':
      case 'rebootVm':
      case 'deleteVm':
        return starters.power(contextFor, request, options);
      case 'resizeVm':
        return starters.resize(contextFor, request, options);
      case 'createVm':
        return starters.create(contextFor, request.spec, options);
      case 'attachVolume':
        return starters.attach(contextFor, request, options);
      case 'detachVolume':
        return starters.detach(contextFor, request, options);
      case 'resizeVolume':
        return starters.resizeVolume(contextFor, request, options);
      case 'createSnapshot':
        return starters.createSnapshot(contextFor, request, options);
      case 'deleteSnapshot':
        return starters.deleteSnapshot(contextFor, request, options);
    }
  };
}
