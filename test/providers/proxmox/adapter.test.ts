// The Proxmox VE adapter against the emulator: every kind matches what the API says, at the cost
// kinds.ts documents, ids and zones narrow the per-node and per-storage reads, templates are not
// VMs, and a guest's disks are its volumes.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startProxmoxEmulator } from '../../../emulators/proxmox/index.js';
import { parseGlobalId } from '../../../src/providers/ids.js';
import type { Gap } from '../../../src/providers/types.js';
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

  it("believes the node's live VM list where cluster/resources still shows a guest that just stopped as running", async () => {
    const guest = fleet.proxmox.of(LAB).guests.find((g) => g.type === 'qemu' && g.status === 'running' && !g.lock && !g.hastate)!;
    fleet.proxmox.setPower(LAB, guest.vmid, 'stopped');
    guest.clusterStatus = 'running';
    try {
      const [vm] = await adapterFor(fleet, emulator()).get('vm', clusterScope(LAB), [String(guest.vmid)]);
      expect(vm).toMatchObject({ state: 'STOPPED', providerState: 'stopped', launchedAt: null });
      expect(vm!.extras).toContainEqual({ key: 'status', value: 'stopped' });
    } finally {
      delete guest.clusterStatus;
      fleet.proxmox.setPower(LAB, guest.vmid, 'running');
    }
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
    // SSH(ACCEPT) from the office: the macro's port, not every port.
    expect(ssh.rules).toEqual([
      expect.objectContaining({ direction: 'INGRESS', protocol: 'tcp', fromPort: 22, toPort: 22, sources: ['203.0.113.0/24'], action: 'ALLOW', priority: 0, description: 'macro SSH' }),
      expect.objectContaining({ direction: 'INGRESS', fromPort: 22, sources: [], action: 'DENY', priority: 1 }),
    ]);
    const web = groups.find((g) => g.nativeId === 'web')!.rules;
    expect(web.filter((r) => r.protocol === 'icmp').map((r) => [r.icmpType, r.icmpCode, r.fromPort, r.description])).toEqual([
      [8, null, null, 'macro Ping'],
      [3, 4, null, null],
    ]);
    expect(web.find((r) => r.action === 'DENY')).toMatchObject({ fromPort: 8000, toPort: 8090, description: 'ports 8000,8080:8090; dev servers' });
    const db = groups.find((g) => g.nativeId === 'db')!;
    expect(db.rules[1]).toMatchObject({ fromPort: 6379, toPort: 6380 });
    // DNS: one rule per protocol the macro stands for; the included group is no rule of its own.
    expect(db.rules.filter((r) => r.description === 'macro DNS').map((r) => [r.protocol, r.fromPort, r.sources])).toEqual([
      ['udp', 53, ['10.20.0.0/16']],
      ['tcp', 53, ['10.20.0.0/16']],
    ]);
    expect(db.rules).toHaveLength(5);
    expect(db.extras).toContainEqual({ key: 'includes', value: 'ssh-office' });
    expect(emulator().requests.count({ action: 'firewall.group.rules' })).toBe(wire.length);
  });

  it('keeps a rule whose macro it does not know, saying that its ports are not shown', async () => {
    const web = fleet.proxmox.of(LAB).firewallGroups.find((g) => g.group === 'web')!;
    web.rules.push({ pos: web.rules.length, type: 'in', action: 'ACCEPT', enable: 1, macro: 'SomeFutureMacro' });
    try {
      const groups = await adapterFor(fleet, emulator()).list('securityGroup', clusterScope(LAB));
      expect(groups.find((g) => g.nativeId === 'web')!.rules.at(-1)).toMatchObject({ protocol: 'all', fromPort: null, description: 'macro SomeFutureMacro, unknown to FleetGraph: its protocols and ports are not shown' });
    } finally {
      web.rules.pop();
    }
  });

  it('has no subnets, public IPs or NICs, for no call; a filter by node narrows the reads', async () => {
    const adapter = adapterFor(fleet, emulator());
    for (const kind of ['subnet', 'publicIp', 'networkInterface'] as const) expect(await adapter.list(kind, clusterScope(LAB))).toEqual([]);
    expect(emulator().requests.count()).toBe(0);
    const onPve3 = await adapter.list('vm', clusterScope(LAB), { zones: ['pve3'] });
    expect(new Set(onPve3.map((v) => v.zone))).toEqual(new Set(['pve3']));
    expect(emulator().requests.count({ action: 'qemu.list' })).toBe(1);
  });

  it('shows the guests of a node that is down as UNKNOWN, reads nothing from that node, and names what it could not read', async () => {
    fleet.proxmox.setNodeStatus(LAB, 'pve3', 'offline');
    try {
      const adapter = adapterFor(fleet, emulator());
      const vms = await adapter.list('vm', clusterScope(LAB));
      const onPve3 = vms.filter((v) => v.zone === 'pve3');
      expect(onPve3.length).toBeGreaterThan(0);
      for (const vm of onPve3) {
        expect(vm).toMatchObject({ state: 'UNKNOWN', providerState: 'unknown', volumeIds: [] });
        // Its local disks are on pve3: unknown, not "none".
        expect(vm.gaps).toEqual([expect.objectContaining({ fields: ['volumeIds'], category: 'UNAVAILABLE', providerCode: 'NodeOffline', operation: 'storage.content' })]);
      }
      for (const vm of vms.filter((v) => v.zone !== 'pve3')) expect(vm.gaps ?? []).toEqual([]);
      const listingGaps = async (kind: 'volume' | 'snapshot' | 'network') => {
        const gaps: Gap[] = [];
        await adapter.list(kind, clusterScope(LAB), {}, gaps);
        return gaps.map((g) => [g.operation, g.providerCode, g.message.includes('pve3')]);
      };
      expect(await listingGaps('volume')).toEqual([['storage.content', 'NodeOffline', true]]);
      expect(await listingGaps('snapshot')).toEqual([['guest.snapshots', 'NodeOffline', true]]);
      expect(await listingGaps('network')).toEqual([['network.list', 'NodeOffline', true]]);
      expect(emulator().requests.count({ region: 'pve3' })).toBe(0);
    } finally {
      fleet.proxmox.setNodeStatus(LAB, 'pve3', 'online');
    }
  });

  it('narrows snapshots and bridges by id before reading them', async () => {
    const adapter = adapterFor(fleet, emulator());
    const guest = fleet.proxmox.of(LAB).guests.find((g) => g.template === 0 && g.snapshots.length > 0)!;
    const wanted = `${guest.vmid}/${guest.snapshots[0]!.name}`;
    expect((await adapter.get('snapshot', clusterScope(LAB), [wanted])).map((s) => s.nativeId)).toEqual([wanted]);
    expect(emulator().requests.count({ action: `${guest.type}.snapshots` })).toBe(1);
    emulator().requests.reset();
    const bridges = await adapter.get('network', clusterScope(LAB), ['pve2/vmbr1']);
    expect(bridges.map((b) => b.nativeId)).toEqual(['pve2/vmbr1']);
    expect(emulator().requests.count({ action: 'network.list' })).toBe(1);
  });

  it('counts a shared disk as in use when its guest runs on a node outside the configured ones', async () => {
    const cluster = fleet.proxmox.of(LAB);
    const sharedNames = new Set(cluster.storages.filter((s) => s.shared === 1).map((s) => s.storage));
    const guest = cluster.guests.find((g) => g.template === 0 && g.disks.some((d) => sharedNames.has(d.volid.split(':')[0]!)))!;
    const disk = guest.disks.find((d) => sharedNames.has(d.volid.split(':')[0]!))!;
    const otherNodes = cluster.nodes.map((n) => n.node).filter((n) => n !== guest.node);
    const volumes = await adapterFor(fleet, emulator(), { nodes: otherNodes }).list('volume', clusterScope(LAB));
    expect(volumes.find((v) => v.name === disk.volid)).toMatchObject({ state: 'IN_USE' });
  });
});
