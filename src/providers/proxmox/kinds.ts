// How each ResourceKind is listed from a cluster, and what it costs (N guests, S storages holding
// guest disks — a shared one counted once —, and the online nodes):
//   vm              1 cluster/resources + 1 qemu.list (full=1: QEMU's run state) per node with a
//                   running VM + 1 storage.content per storage (each guest's disks);
//   volume          1 cluster/resources + 1 storage.content per storage;
//   snapshot        1 cluster/resources + 1 snapshot list per guest (Proxmox lists them per guest);
//   network         1 cluster/resources + 1 network.list per node (its bridges);
//   securityGroup   1 firewall.groups + 1 firewall.group.rules per group;
//   subnet, publicIp, networkInterface: Proxmox has none, for no call.
// Every kind but vm reuses the cluster/resources (volume: and storage.content) reads the VM listing
// made in the last moments (../recent-reads.ts): a query's volumes follow its VMs for no call.
// A filter on ids or zones (nodes) narrows the guests, nodes and storages before their reads.
// One node, storage or guest whose read fails leaves a gap (named error) beside the rest; so does
// one the cluster lists as offline, which is not asked at all.
import { ProviderError } from '../errors.js';
import { gapOf, withGaps } from '../gaps.js';
import type { Gap, ListFilter, ResourceKind, ResourceTypes, VirtualMachine } from '../types.js';
import { mapGuest } from './guests.js';
import { guestPath, type ClusterInventory } from './inventory.js';
import { mapFirewallGroup } from './firewall.js';
import { BRIDGE_TYPES, mapBridge } from './network.js';
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

/** The guests a filter can match, before any per-guest read (`idOf`: the guest a native id names). */
function guestsFor(inventory: ClusterInventory, filter: ListFilter, idOf: (nativeId: string) => string = (id) => id): PveResource[] {
  const ids = filter.nativeIds ? new Set(filter.nativeIds.map(idOf)) : null;
  const zones = zonesOf(filter);
  return inventory.guests.filter((g) => (!ids || ids.has(String(g.vmid))) && (!zones || zones.has(g.node.toLowerCase())));
}

/** The nodes a zone filter names, lower-cased (node names are host names); null: every node. */
function zonesOf(filter: ListFilter): Set<string> | null {
  return filter.zones && filter.zones.length > 0 ? new Set(filter.zones.map((z) => z.toLowerCase())) : null;
}

/** The gap for what sits on a node the cluster lists as offline: nothing is asked of it. */
function offlineGap(reads: ClusterReads, operation: string, node: string, fields: readonly string[] = []): Gap {
  return gapOf(new ProviderError('UNAVAILABLE', reads.owner, operation, 'NodeOffline', `node ${node} is not online: what is on it was not read`), fields);
}

async function listGuests(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<VirtualMachine[]> {
  const inventory = await reads.inventory();
  const guests = guestsFor(inventory, filter);
  if (guests.length === 0) return [];
  const online = new Set(inventory.onlineNodes);
  const qmpNodes = unique(guests.filter((g) => g.type === 'qemu' && g.status === 'running' && online.has(g.node)).map((g) => g.node));
  const qmpGaps: Gap[] = [];
  const disks = guestDisks(reads, inventory, unique(guests.map((g) => g.node)));
  const [runStates] = await Promise.all([
    gather(qmpNodes.map((node) => () => reads.get<PveQemuListItem[]>('qemu.list', `nodes/${encodeURIComponent(node)}/qemu`, { full: '1' })), qmpGaps),
    disks.done,
  ]);
  // A node whose VM list failed: its running VMs show as running (they may be paused); the listing says so.
  gaps.push(...qmpGaps);
  const live = new Map(runStates.map((item) => [Number(item.vmid), item]));
  return guests.map((guest) => {
    const vm = mapGuest(reads.owner, guest, guest.type === 'qemu' ? live.get(guest.vmid) ?? null : null, disks.byVmid.get(guest.vmid) ?? [], reads.now());
    return withGaps(vm, disks.gapsOf(guest.node));
  });
}

interface DiskStorages {
  read: PveStorageResource[];
  /** Disk storages that cannot be read (their node is not online, or the cluster does not know their state). */
  skipped: PveStorageResource[];
}

/** The storages holding guest disks that `nodes` can reach: each local one per node, each shared one once. */
function diskStorages(inventory: ClusterInventory, nodes: Set<string> | null): DiskStorages {
  const online = new Set(inventory.onlineNodes);
  const readable = (s: PveStorageResource) => online.has(s.node) && s.status !== 'unknown';
  const holdsDisks = inventory.storages.filter((s) => (s.content ?? '').split(',').some((c) => GUEST_DISK_CONTENT.has(c)));
  const shared = unique(holdsDisks.filter((s) => s.shared === 1).map((s) => s.storage));
  const local = holdsDisks.filter((s) => s.shared !== 1 && (!nodes || nodes.has(s.node.toLowerCase())));
  const read: PveStorageResource[] = [];
  const skipped: PveStorageResource[] = [];
  for (const name of shared) {
    const copies = holdsDisks.filter((s) => s.shared === 1 && s.storage === name);
    const reachable = copies.find(readable);
    if (reachable) read.push(reachable);
    else skipped.push(copies[0]!);
  }
  for (const storage of local) (readable(storage) ? read : skipped).push(storage);
  return { read, skipped };
}

function skippedGap(reads: ClusterReads, storage: PveStorageResource, fields: readonly string[] = []): Gap {
  return offlineGap(reads, 'storage.content', storage.shared === 1 ? `of shared storage ${storage.storage} (and every other)` : storage.node, fields);
}

/** `reuse`: contents read moments ago (by the VM listing) serve the volume listing. */
async function storageItems(reads: ClusterReads, storages: readonly PveStorageResource[], gaps: Gap[], reuse: boolean): Promise<{ storage: PveStorageResource; item: PveContentItem }[]> {
  return gather(
    storages.map((storage) => async () => {
      const items = await reads.shared<PveContentItem[]>('storage.content', `nodes/${encodeURIComponent(storage.node)}/storage/${encodeURIComponent(storage.storage)}/content`, reuse);
      return items.filter((item) => GUEST_DISK_CONTENT.has(item.content)).map((item) => ({ storage, item }));
    }),
    gaps,
  );
}

/**
 * Each guest's volume ids, by vmid, and the gaps on the volumeIds of a node's guests: a storage
 * that failed or was skipped may hold the disks of any guest that can reach it (a shared one: all).
 */
function guestDisks(reads: ClusterReads, inventory: ClusterInventory, nodes: readonly string[]) {
  const byVmid = new Map<number, string[]>();
  const storages = diskStorages(inventory, new Set(nodes.map((n) => n.toLowerCase())));
  const readGaps: { storage: PveStorageResource; gap: Gap }[] = [];
  const done = Promise.all(
    storages.read.map(async (storage) => {
      const gaps: Gap[] = [];
      for (const { item } of await storageItems(reads, [storage], gaps, false)) {
        if (item.vmid === undefined) continue;
        const vmid = Number(item.vmid);
        byVmid.set(vmid, [...(byVmid.get(vmid) ?? []), volumeIdOf(reads.owner, storage, item.volid)]);
      }
      for (const gap of gaps) readGaps.push({ storage, gap: { ...gap, fields: ['volumeIds'] } });
    }),
  );
  const gapsOf = (node: string): Gap[] => [
    ...readGaps.filter(({ storage }) => storage.shared === 1 || storage.node === node).map(({ gap }) => gap),
    ...storages.skipped.filter((storage) => storage.shared === 1 || storage.node === node).map((storage) => skippedGap(reads, storage, ['volumeIds'])),
  ];
  return { byVmid, done, gapsOf };
}

async function listVolumes(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['volume'][]> {
  // A query's volumes follow its VMs: the reads the VM listing just made serve them.
  const inventory = await reads.inventory(true);
  const storages = diskStorages(inventory, zonesOf(filter));
  gaps.push(...storages.skipped.map((storage) => skippedGap(reads, storage)));
  const items = await storageItems(reads, storages.read, gaps, true);
  return items.map(({ storage, item }) => mapVolume(reads.owner, storage, item, (vmid) => inventory.guestVmids.has(vmid)));
}

async function listSnapshots(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['snapshot'][]> {
  const inventory = await reads.inventory(true);
  const online = new Set(inventory.onlineNodes);
  const guests = guestsFor(inventory, filter, (snapshotId) => snapshotId.split('/')[0]!);
  const offline = unique(guests.filter((g) => !online.has(g.node)).map((g) => g.node));
  gaps.push(...offline.map((node) => offlineGap(reads, 'guest.snapshots', node)));
  // Narrowed to the asked ids by the adapter (applyFilter), like every kind.
  return gather(
    guests.filter((g) => online.has(g.node)).map((guest) => async () => mapSnapshots(reads.owner, guest, await reads.get(`${guest.type}.snapshots`, `${guestPath(guest)}/snapshot`))),
    gaps,
  );
}

async function listBridges(reads: ClusterReads, filter: ListFilter, gaps: Gap[]): Promise<ResourceTypes['network'][]> {
  const inventory = await reads.inventory(true);
  const idNodes = filter.nativeIds ? new Set(filter.nativeIds.map((id) => id.split('/')[0]!.toLowerCase())) : null;
  const wanted = (node: string) => !idNodes || idNodes.has(node.toLowerCase());
  gaps.push(...inventory.offlineNodes.filter(wanted).map((node) => offlineGap(reads, 'network.list', node)));
  return gather(
    inventory.onlineNodes.filter(wanted).map((node) => async () => {
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
