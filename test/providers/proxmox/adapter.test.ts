// The Proxmox VE adapter against the emulator: every kind matches what the API says, at the cost
// kinds.ts documents, ids and zones narrow the per-node and per-storage reads, templates are not
// VMs, and a guest's disks are its volumes.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startProxmoxEmulator } from '../../../emulators/proxmox/index.js';
import { parseGlobalId } from '../../../src/providers/ids.js';
import { startedForFile } from '../../support/harness.js';
import { adapterFor, clusterScope, wireGet } from './support.js';

const fleet = createFleet({ seed: 5, vmsPerScope: 9 });
const emulator = startedForFile(() => startProxmoxEmulator({ fleet }));
const LAB = 'pve-lab';

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
});

describe('the Proxmox VE adapter', () => {
  it('lists every guest but the templates, with size, node and tags, at one cluster/resources and one VM list per node', async () => {
    const vms = await adapterFor(fleet, emulator()).list('vm', clusterScope(LAB));
    const cluster = fleet.proxmox.of(LAB);
    const guests = cluster.guests.filter((g) => g.template === 0);
    expect(vms.map((v) => v.nativeId).sort()).toEqual(guests.map((g) => String(g.vmid)).sort());
    for (const vm of vms) {
      const guest = guests.find((g) => String(g.vmid) === vm.nativeId)!;
      expect(vm).toMatchObject({ provider: 'proxmox', account: LAB, region: LAB, zone: guest.node, name: guest.name, vcpus: guest.maxcpu, memoryMiB: guest.maxmem / 1024 ** 2 });
      expect(vm.tags.map((t) => t.key)).toEqual(guest.tags.split(';'));
      expect(vm.extras).toContainEqual({ key: 'guestType', value: guest.type });
      expect(vm.volumeIds).toHaveLength(guest.disks.length);
    }
    const nodesWithRunningVms = new Set(guests.filter((g) => g.type === 'qemu' && g.status === 'running').map((g) => g.node)).size;
    expect(emulator().requests.count({ action: 'cluster.resources' })).toBe(1);
    expect(emulator().requests.count({ action: 'qemu.list' })).toBe(nodesWithRunningVms);
    // local-lvm on each of three nodes, and the shared Ceph pool once.
    expect(emulator().requests.count({ action: 'storage.content' })).toBe(4);
    expect(emulator().requests.count()).toBe(1 + nodesWithRunningVms + 4);
  });

  it('gets one guest by id reading only its own node', async () => {
    const guest = fleet.proxmox.of(LAB).guests.find((g) => g.type === 'qemu' && g.status === 'running' && g.node === 'pve2')!;
    const [vm] = await adapterFor(fleet, emulator()).get('vm', clusterScope(LAB), [String(guest.vmid)]);
    expect(vm!.nativeId).toBe(String(guest.vmid));
    expect(emulator().requests.entries().map((e) => `${e.action} ${e.region}`).sort()).toEqual([
      'cluster.resources null',
      'qemu.list pve2',
      // Its node's local-lvm, and the shared pool (read through the first node that has it).
      'storage.content pve1',
      'storage.content pve2',
    ]);
  });

  it('lists the disks of guests as volumes: in use by their guest, an orphaned disk available, no ISOs or backups', async () => {
    const volumes = await adapterFor(fleet, emulator()).list('volume', clusterScope(LAB));
    const cluster = fleet.proxmox.of(LAB);
    const disks = cluster.guests.filter((g) => g.template === 0).flatMap((g) => g.disks);
    for (const disk of disks) {
      const volume = volumes.find((v) => v.name === disk.volid)!;
      expect(volume.state).toBe('IN_USE');
      expect(volume.sizeGiB).toBe(disk.size / 1024 ** 3);
      expect(parseGlobalId(volume.attachments[0]!.vmId).nativeId).toBe(disk.volid.match(/vm-(\d+)-/)![1]);
    }
    const orphaned = volumes.filter((v) => /vm-99\d-/.test(v.name ?? ''));
    expect(orphaned).toHaveLength(3);
    for (const volume of orphaned) expect(volume).toMatchObject({ state: 'AVAILABLE', attachments: [] });
    expect(volumes.some((v) => /iso|vztmpl|backup/.test(v.name ?? ''))).toBe(false);
    // The template's base disk is no VM's.
    expect(volumes.find((v) => v.name === 'local-lvm:base-9000-disk-0')).toMatchObject({ state: 'AVAILABLE' });
  });

  it('lists each guest snapshot, one snapshot list per guest', async () => {
    const snapshots = await adapterFor(fleet, emulator()).list('snapshot', clusterScope(LAB));
    const guests = fleet.proxmox.of(LAB).guests.filter((g) => g.template === 0);
    expect(snapshots.map((s) => s.nativeId).sort()).toEqual(guests.flatMap((g) => g.snapshots.map((s) => `${g.vmid}/${s.name}`)).sort());
    expect(emulator().requests.count({ action: 'qemu.snapshots' }) + emulator().requests.count({ action: 'lxc.snapshots' })).toBe(guests.length);
  });

  it("lists each node's bridges as networks, and the cluster's firewall groups with their rules", async () => {
    const adapter = adapterFor(fleet, emulator());
    const networks = await adapter.list('network', clusterScope(LAB));
    expect(networks.map((n) => n.nativeId).sort()).toEqual(['pve1', 'pve2', 'pve3'].flatMap((n) => [`${n}/vmbr0`, `${n}/vmbr1`]).sort());
    expect(networks.find((n) => n.nativeId === 'pve1/vmbr0')).toMatchObject({ cidrBlocks: ['10.10.0.0/24'], isDefault: true, providerState: 'active' });
    const groups = await adapter.list('securityGroup', clusterScope(LAB));
    const wire = await wireGet<{ group: string }[]>(emulator(), fleet, LAB, 'cluster/firewall/groups');
    expect(groups.map((g) => g.nativeId).sort()).toEqual(wire.map((g) => g.group).sort());
    const ssh = groups.find((g) => g.nativeId === 'ssh-office')!;
    expect(ssh.rules).toEqual([
      expect.objectContaining({ direction: 'INGRESS', protocol: 'tcp', fromPort: 22, toPort: 22, sources: ['203.0.113.0/24'], action: 'ALLOW', priority: 0 }),
      expect.objectContaining({ direction: 'INGRESS', fromPort: 22, sources: [], action: 'DENY', priority: 1 }),
    ]);
    expect(groups.find((g) => g.nativeId === 'db')!.rules[1]).toMatchObject({ fromPort: 6379, toPort: 6380 });
    expect(emulator().requests.count({ action: 'firewall.group.rules' })).toBe(wire.length);
  });

  it('has no subnets, public IPs or NICs, for no call; a filter by node narrows the reads', async () => {
    const adapter = adapterFor(fleet, emulator());
    for (const kind of ['subnet', 'publicIp', 'networkInterface'] as const) expect(await adapter.list(kind, clusterScope(LAB))).toEqual([]);
    expect(emulator().requests.count()).toBe(0);
    const onPve3 = await adapter.list('vm', clusterScope(LAB), { zones: ['pve3'] });
    expect(new Set(onPve3.map((v) => v.zone))).toEqual(new Set(['pve3']));
    expect(emulator().requests.count({ action: 'qemu.list' })).toBe(1);
  });

  it('shows the guests of a node that is down as UNKNOWN, and reads nothing from that node', async () => {
    fleet.proxmox.setNodeStatus(LAB, 'pve3', 'offline');
    try {
      const vms = await adapterFor(fleet, emulator()).list('vm', clusterScope(LAB));
      const onPve3 = vms.filter((v) => v.zone === 'pve3');
      expect(onPve3.length).toBeGreaterThan(0);
      for (const vm of onPve3) expect(vm).toMatchObject({ state: 'UNKNOWN', providerState: 'unknown' });
      expect(emulator().requests.count({ region: 'pve3' })).toBe(0);
    } finally {
      fleet.proxmox.setNodeStatus(LAB, 'pve3', 'online');
    }
  });
});
