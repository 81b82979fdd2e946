// What an action changes besides its own record: the VMs whose state to read again (events) and
// the cached resources to forget.
import { globalId } from '../providers/ids.js';
import type { ActionRequest, GlobalId, ResourceKind } from '../providers/types.js';

export interface Affected {
  vms: string[];
  forget: { kind: ResourceKind; ids: string[] }[];
}

const idOf = (id: GlobalId): string => globalId(id, id.kind, id.nativeId);

export function affectedBy(request: ActionRequest, resourceId: string | null): Affected {
  switch (request.kind) {
    case 'startVm':
    case 'stopVm':
    case 'rebootVm':
    case 'resizeVm':
    case 'deleteVm':
      return { vms: [idOf(request.vm)], forget: [] };
    case 'createVm':
      return { vms: resourceId ? [resourceId] : [], forget: [] };
    case 'attachVolume':
    case 'detachVolume':
      return { vms: [], forget: [{ kind: 'volume', ids: [idOf(request.volume)] }, { kind: 'vm', ids: [idOf(request.vm)] }] };
    case 'resizeVolume':
      return { vms: [], forget: [{ kind: 'volume', ids: [idOf(request.volume)] }] };
    case 'createSnapshot':
      return { vms: [], forget: resourceId ? [{ kind: 'snapshot', ids: [resourceId] }] : [] };
    case 'deleteSnapshot':
      return { vms: [], forget: [{ kind: 'snapshot', ids: [idOf(request.snapshot)] }] };
  }
}
