// What an action changes besides its own record: the VMs whose state to read again (events) and
// the cached resources to forget.
import { actionTarget } from '../providers/actions.js';
import { globalId } from '../providers/ids.js';
import type { ActionRequest, GlobalId, ResourceKind } from '../providers/types.js';

export interface Affected {
  vms: string[];
  forget: { kind: ResourceKind; ids: string[] }[];
}

const idOf = (id: GlobalId): string => globalId(id, id.kind, id.nativeId);

export function affectedBy(request: ActionRequest, resourceId: string | null): Affected {
  switch (request.kind) {
    case 'createVm':
      return { vms: resourceId ? [resourceId] : [], forget: [] };
    case 'createSnapshot':
      return { vms: [], forget: resourceId ? [{ kind: 'snapshot', ids: [resourceId] }] : [] };
    case 'attachVolume':
    case 'detachVolume':
      return { vms: [], forget: [{ kind: 'volume', ids: [idOf(request.volume)] }, { kind: 'vm', ids: [idOf(request.vm)] }] };
    default: {
      // Every other action changes its target alone.
      const target = actionTarget(request)!;
      return target.kind === 'vm' ? { vms: [idOf(target)], forget: [] } : { vms: [], forget: [{ kind: target.kind, ids: [idOf(target)] }] };
    }
  }
}
