// How each ResourceKind is listed from a cluster, and what it costs (N guests, S storages holding
// guest disks — a shared one counted once —, and the online nodes):
//   vm              1 cluster/resources + 1 qemu.list (full=1: QEMU's run state) per node with a
//                   running VM + 1 storage.content per storage (each guest's disks);
//   volume          1 cluster/resources + 1 storage.content per storage;
//   snapshot        1 cluster/resources + 1 snapshot list per guest (Proxmox lists them per guest);
//   network         1 cluster/resources + 1 network.list per node (its bridges);
//   securityGroup   1 firewall.groups + 1 firewall.group.rules per group;
//   subnet, publicIp, networkInterface: Proxmox has none, for no call.
// A filter on ids or zones (nodes) narrows the guests before the per-node and per-storage reads.
// One node, storage or guest whose read fails leaves a gap (named error) beside the rest.
import { withGaps } from '../gaps.js';
import type { Gap, ListFilter, ResourceKind, ResourceTypes, VirtualMachine } from '../types.js';
import { mapGuest } from './guests.js';
import { guestPath, type ClusterInventory } from './inventory.js';
import { BRIDGE_TYPES, mapBridge, mapFirewallGroup } from './network.js';
import { gather, unique, type ClusterReads } from './reads.js';
import { GUEST_DISK_CONTENT, mapSnapshots, mapVolume, volumeIdOf } from './storage.js';
import type { PveContentItem, PveFirewallGroup, PveFirewallRule, PveNetworkInterface, PveQemuListItem, PveResource, PveStorageResource } from './wire.js';

export const RESOURCES_OPERATION = 'cluster.resources';

interface KindSpec<K extends ResourceKind> {
  /** The operation a failure of the listing as a whole is named after. */
  operation: string;
  list(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes[K][]>;
}

const none = { operation: RESOURCES_OPERATION, list: async () => [] };

export const KINDS: { [K in ResourceKind]: KindSpec<K> } = {
  vm: { operation: RESOURCES_OPERATION, list: listGuests },
  volume: { operation: RESOURCES_OPERATION, list: listVolumes },
  snapshot: { operation: RESOURCES_OPERATION, list: listSnapshots },
  network: { operation: RESOURCES_OPERATION, list: listBridges },
  subnet: none,
  securityGroup: { operation: 'firewall.groups', list: listFirewallGroups },
  publicIp: none,
  networkInterface: none,
};

/** The guests a filter can match, before any per-guest read. */
function guestsFor(inventory: ClusterInventory, filter: ListFilter): PveResource[] {
  const ids = filter.nativeIds ? new Set(filter.nativeIds) : null;
  const zones = filter.zones && filter.zones.length > 0 ? new Set(filter.zones.map((z) => z.toLowerCase())) : null;
  return inventory.guests.filter((g) => (!ids || ids.has(String(g.vmid))) && (!zones || zones.has(g.node.toLowerCase())));
}

async function listGuests(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<VirtualMachine[]> {
  const inventory = await reads.inventory();
  const guests = guestsFor(inventory, filter);
  if (guests.length === 0) return [];
  const online = new Set(inventory.onlineNodes);
  const qmpNodes = unique(guests.filter((g) => g.type === 'qemu' && g.status === 'running' && online.has(g.node)).map((g) => g.node));
  const qmpGaps: Gap[] = [];
  const diskGaps: Gap[] = [];
  const [runStates, disks] = await Promise.all([
    gather(qmpNodes.map((node) => () => reads.get<PveQemuListItem[]>('qemu.list', `nodes/${encodeURIComponent(node)}/qemu`, { full: '1' })), qmpGaps),
    guestDisks(reads, inventory, unique(guests.map((g) => g.node)), diskGaps),
  ]);
  // A node whose VM list failed: its running VMs show as running (they may be paused); the listing says so.
  gaps.push(...qmpGaps);
  const qmpstatus = new Map(runStates.map((item) => [item.vmid, item.qmpstatus ?? null]));
  return guests.map((guest) => {
    const vm = mapGuest(reads.owner, guest, qmpstatus.get(guest.vmid) ?? null, disks.get(guest.vmid) ?? [], reads.now());
    return withGaps(vm, diskGaps.map((gap) => ({ ...gap, fields: ['volumeIds'] })));
  });
}

/** The storages holding guest disks that `nodes` can reach: each local one per node, each shared one once. */
function diskStorages(inventory: ClusterInventory, nodes: readonly string[] | null): PveStorageResource[] {
  const online = new Set(inventory.onlineNodes);
  const seenShared = new Set<string>();
  return inventory.storages.filter((s) => {
    const holdsDisks = (s.content ?? '').split(',').some((c) => GUEST_DISK_CONTENT.has(c));
    if (!holdsDisks || !online.has(s.node) || s.status === 'unknown') return false;
    if (s.shared === 1) {
      if (seenShared.has(s.storage)) return false;
      seenShared.add(s.storage);
      return true;
    }
    return !nodes || nodes.includes(s.node);
  });
}

async function storageItems(reads: ClusterReads, storages: readonly PveStorageResource[], gaps: Gap[]): Promise<{ storage: PveStorageResource; item: PveContentItem }[]> {
  return gather(
    storages.map((storage) => async () => {
      const items = await reads.get<PveContentItem[]>('storage.content', `nodes/${encodeURIComponent(storage.node)}/storage/${encodeURIComponent(storage.storage)}/content`);
      return items.filter((item) => GUEST_DISK_CONTENT.has(item.content)).map((item) => ({ storage, item }));
    }),
    gaps,
  );
}

/** Each guest's volume ids, by vmid. */
async function guestDisks(reads: ClusterReads, inventory: ClusterInventory, nodes: readonly string[], gaps: Gap[]): Promise<Map<number, string[]>> {
  const byVmid = new Map<number, string[]>();
  for (const { storage, item } of await storageItems(reads, diskStorages(inventory, nodes), gaps)) {
    if (item.vmid === undefined) continue;
    const vmid = Number(item.vmid);
    byVmid.set(vmid, [...(byVmid.get(vmid) ?? []), volumeIdOf(reads.owner, storage, item.volid)]);
  }
  return byVmid;
}

async function listVolumes(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['volume'][]> {
  const inventory = await reads.inventory();
  const zones = filter.zones && filter.zones.length > 0 ? filter.zones : null;
  const listed = new Set(inventory.guests.map((g) => g.vmid));
  const items = await storageItems(reads, diskStorages(inventory, zones), gaps);
  return items.map(({ storage, item }) => mapVolume(reads.owner, storage, item, (vmid) => listed.has(vmid)));
}

async function listSnapshots(reads: ClusterReads, _filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['snapshot'][]> {
  const inventory = await reads.inventory();
  const online = new Set(inventory.onlineNodes);
  const guests = inventory.guests.filter((g) => online.has(g.node));
  return gather(
    guests.map((guest) => async () => mapSnapshots(reads.owner, guest, await reads.get(`${guest.type}.snapshots`, `${guestPath(guest)}/snapshot`))),
    gaps,
  );
}

async function listBridges(reads: ClusterReads, _filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['network'][]> {
  const inventory = await reads.inventory();
  return gather(
    inventory.onlineNodes.map((node) => async () => {
      const interfaces = await reads.get<PveNetworkInterface[]>('network.list', `nodes/${encodeURIComponent(node)}/network`);
      return interfaces.filter((i) => BRIDGE_TYPES.has(i.type)).map((bridge) => mapBridge(reads.owner, node, bridge));
    }),
    gaps,
  );
}

async function listFirewallGroups(reads: ClusterReads, _filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['securityGroup'][]> {
  const groups = await reads.get<PveFirewallGroup[]>('firewall.groups', 'cluster/firewall/groups');
  return gather(
    groups.map((group) => async () => [mapFirewallGroup(reads.owner, group, await reads.get<PveFirewallRule[]>('firewall.group.rules', `cluster/firewall/groups/${encodeURIComponent(group.group)}`))]),
    gaps,
  );
}
