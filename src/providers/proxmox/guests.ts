// Guests (QEMU VMs and LXC containers) → VirtualMachine. A guest's id is its vmid (unique in the
// cluster), its zone the node it runs on (it keeps its id when it migrates), its size the CPUs and
// memory it is given (Proxmox has no instance types). Its state joins QEMU's run state from the
// node's VM list (states.ts), which is read live where cluster/resources is a few seconds behind:
// where the two disagree, the node's list wins; its volumes are the disks the storages list under its vmid. Its
// addresses are known to Proxmox only through the guest agent, one call per guest: not listed.
import { extrasOf, noAddresses, resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { Scope, VirtualMachine } from '../types.js';
import { guestStateOf } from './states.js';
import { tagsOf } from './tags.js';
import type { PveQemuListItem, PveResource } from './wire.js';

const MIB = 1024 * 1024;

export function mapGuest(owner: Scope, guest: PveResource, live: PveQemuListItem | null, volumeIds: string[], now: Date): VirtualMachine {
  const status = live?.status ?? guest.status;
  const { state, providerState } = guestStateOf({ status, qmpstatus: live?.qmpstatus ?? null, lock: live ? live.lock ?? null : guest.lock ?? null, hastate: guest.hastate ?? null });
  const uptime = status === 'running' ? guest.uptime ?? 0 : 0;
  return {
    ...resourceBase(owner, 'vm', String(guest.vmid), guest.name ?? null, tagsOf(guest.tags)),
    extras: extrasOf({ guestType: guest.type, node: guest.node, status, lock: live ? live.lock : guest.lock, haState: guest.hastate, pool: guest.pool, diskGiB: guest.maxdisk ? Math.round(guest.maxdisk / 1024 ** 3) : undefined }),
    ...(guest.type === 'lxc' ? { workload: 'container' as const } : {}),
    zone: guest.node,
    state,
    providerState,
    instanceType: null,
    vcpus: guest.maxcpu ?? null,
    memoryMiB: guest.maxmem ? Math.round(guest.maxmem / MIB) : null,
    launchedAt: uptime > 0 ? new Date(Math.floor(now.getTime() / 1000 - uptime) * 1000) : null,
    imageId: null,
    platform: guest.type === 'lxc' ? 'linux' : null,
    ...noAddresses(),
    networkId: null,
    subnetId: null,
    volumeIds,
    securityGroupIds: [],
    networkInterfaceIds: [],
  };
}

export const vmIdOf = (owner: Scope, vmid: number | string): string => globalId(owner, 'vm', String(vmid));
