// A cluster's inventory from one `GET /cluster/resources` (no type filter): every node with its
// status, every storage of every node, every guest. Templates are set apart: they are VM images
// to clone from, not machines (they cannot be started), and are not listed as VMs.
import type { PveNodeResource, PveResource, PveStorageResource } from './wire.js';

export interface ClusterInventory {
  /** Non-template guests of the wanted nodes. */
  guests: PveResource[];
  /** vmids of every non-template guest of the cluster, wanted nodes or not (whose disks are in use). */
  guestVmids: Set<number>;
  /** vmids of templates (their disks are no VM's volumes). */
  templates: Set<number>;
  storages: PveStorageResource[];
  /**
   * Nodes that answer (status online), of the wanted ones. A token without Sys.Audit sees no node
   * entries at all: then every node its guests and storages name is taken as online (a read from
   * one that is not fails on its own, as a gap).
   */
  onlineNodes: string[];
  /** Wanted nodes the cluster lists as not online: nothing can be read from them. */
  offlineNodes: string[];
}

export function inventoryOf(resources: readonly (PveResource | PveStorageResource | PveNodeResource)[], wantedNodes: readonly string[] | undefined): ClusterInventory {
  const wanted = (node: string) => !wantedNodes || wantedNodes.includes(node);
  const inventory: ClusterInventory = { guests: [], guestVmids: new Set(), templates: new Set(), storages: [], onlineNodes: [], offlineNodes: [] };
  for (const resource of resources) {
    if ((resource.type === 'qemu' || resource.type === 'lxc') && (resource as PveResource).template !== 1) inventory.guestVmids.add((resource as PveResource).vmid);
    if (!wanted(resource.node)) continue;
    switch (resource.type) {
      case 'qemu':
      case 'lxc': {
        const guest = resource as PveResource;
        if (guest.template === 1) inventory.templates.add(guest.vmid);
        else inventory.guests.push(guest);
        break;
      }
      case 'storage':
        inventory.storages.push(resource as PveStorageResource);
        break;
      case 'node':
        if (resource.status === 'online') inventory.onlineNodes.push(resource.node);
        else inventory.offlineNodes.push(resource.node);
        break;
      default:
        break;
    }
  }
  if (!resources.some((r) => r.type === 'node')) {
    inventory.onlineNodes = [...new Set([...inventory.guests, ...inventory.storages].map((r) => r.node))];
  }
  return inventory;
}

/** Where a guest's API paths start: nodes/{node}/{qemu|lxc}/{vmid}. */
export function guestPath(guest: PveResource): string {
  return `nodes/${encodeURIComponent(guest.node)}/${guest.type === 'lxc' ? 'lxc' : 'qemu'}/${guest.vmid}`;
}
