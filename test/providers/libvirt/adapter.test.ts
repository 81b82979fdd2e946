// The libvirt adapter against libvirt's own test driver (real virsh, no daemon): every domain with
// its size, disks and NICs, all eight states, volumes with who uses them, networks — at two virsh
// runs per host for the domains whatever their number; read-only connections only.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startLibvirtTestDriver } from '../../../emulators/libvirt/index.js';
import { parseGlobalId } from '../../../src/providers/ids.js';
import { startedForFile } from '../../support/harness.js';
import { adapterFor, hostScope } from './support.js';

const fleet = createFleet({ seed: 3, vmsPerScope: 9 });
const driver = startedForFile(() => startLibvirtTestDriver({ fleet }));
const KVM1 = 'kvm-1';

beforeEach(() => driver().resetRuns());

describe('the libvirt adapter', () => {
  it('lists every domain with its size, disks and NICs in two virsh runs: one domstats, one dumpxml of all', async () => {
    const vms = await adapterFor(driver()).list('vm', hostScope(KVM1));
    const host = fleet.libvirt.of(KVM1);
    expect(vms.map((v) => v.nativeId).sort()).toEqual(host.domains.map((d) => d.uuid).sort());
    for (const vm of vms) {
      const domain = host.domains.find((d) => d.uuid === vm.nativeId)!;
      expect(vm).toMatchObject({ provider: 'libvirt', account: KVM1, region: KVM1, name: domain.name, vcpus: domain.vcpus, memoryMiB: domain.memoryKiB / 1024 });
      expect(vm.volumeIds.map((id) => parseGlobalId(id).nativeId)).toEqual(domain.disks.map((d) => d.file));
      expect(vm.networkInterfaceIds.map((id) => parseGlobalId(id).nativeId)).toEqual(domain.nics.map((n) => `${domain.uuid}/${n.mac}`));
      expect(vm.extras).toContainEqual({ key: 'title', value: domain.title });
    }
    expect(driver().runs()).toHaveLength(2);
    expect(driver().count('domstats')).toBe(1);
    expect(driver().count('dumpxml')).toBe(1);
    for (const run of driver().runs()) expect(run.uri).toBe(driver().uris.get(KVM1));
  });

  it("maps all eight domain states, the raw state kept", async () => {
    const vms = await adapterFor(driver()).list('vm', hostScope(KVM1));
    const stateOf = (index: number) => {
      const vm = vms.find((v) => v.nativeId === fleet.libvirt.of(KVM1).domains[index]!.uuid)!;
      return [vm.state, vm.providerState];
    };
    expect([0, 1, 2, 3, 4, 5, 6].map(stateOf)).toEqual([
      ['UNKNOWN', 'nostate'],
      ['RUNNING', 'blocked'],
      ['SUSPENDED', 'paused'],
      ['STOPPING', 'shutdown'],
      ['STOPPED', 'shutoff'],
      ['ERROR', 'crashed'],
      ['SUSPENDED', 'pmsuspended'],
    ]);
    expect(vms.some((v) => v.providerState === 'running' && v.state === 'RUNNING')).toBe(true);
  });

  it('sees a domain change at the next listing (the test driver rereads the host)', async () => {
    const adapter = adapterFor(driver());
    const domain = fleet.libvirt.of('kvm-2').domains.find((d) => d.state === 1)!;
    fleet.libvirt.setPower('kvm-2', domain.name, 'shutoff');
    try {
      const [vm] = await adapter.get('vm', hostScope('kvm-2'), [domain.uuid]);
      expect(vm).toMatchObject({ state: 'STOPPED', providerState: 'shutoff' });
    } finally {
      fleet.libvirt.setPower('kvm-2', domain.name, 'running');
    }
  });

  it("lists the pool's volumes with the domain and device that use each, and a disk left behind as available", async () => {
    const volumes = await adapterFor(driver()).list('volume', hostScope(KVM1));
    const host = fleet.libvirt.of(KVM1);
    for (const domain of host.domains) {
      for (const disk of domain.disks) {
        const volume = volumes.find((v) => v.nativeId === disk.file)!;
        expect(volume).toMatchObject({ state: 'IN_USE', sizeGiB: disk.capacityGiB, volumeType: 'file' });
        expect(volume.attachments).toEqual([expect.objectContaining({ vmId: expect.stringContaining(domain.uuid), device: disk.target })]);
      }
    }
    expect(volumes.find((v) => v.nativeId === host.looseVolumes[0]!.file)).toMatchObject({ state: 'AVAILABLE', attachments: [] });
    expect(driver().count('pool-list')).toBe(1);
    expect(driver().count('vol-list')).toBe(1);
  });

  it('lists networks with their ranges, and NICs with their MAC and network', async () => {
    const adapter = adapterFor(driver());
    const networks = await adapter.list('network', hostScope(KVM1));
    expect(networks.map((n) => [n.nativeId, n.cidrBlocks, n.isDefault, n.providerState])).toEqual(
      expect.arrayContaining([
        ['default', ['192.168.122.0/24'], true, 'active'],
        ['backend', ['10.50.0.0/16'], false, 'active'],
      ]),
    );
    const nics = await adapter.list('networkInterface', hostScope(KVM1));
    const domain = fleet.libvirt.of(KVM1).domains[4]!;
    expect(nics.filter((n) => n.vmId?.includes(domain.uuid)).map((n) => [n.macAddress, parseGlobalId(n.networkId!).nativeId])).toEqual(domain.nics.map((n) => [n.mac, n.network]));
    for (const kind of ['snapshot', 'subnet', 'securityGroup', 'publicIp'] as const) expect(await adapter.list(kind, hostScope(KVM1))).toEqual([]);
  });

  it('connects read-only, always', async () => {
    await adapterFor(driver()).list('vm', hostScope(KVM1));
    await adapterFor(driver()).list('volume', hostScope(KVM1));
    expect(driver().runs().length).toBe(6);
    for (const run of driver().runs()) expect(run.readonly).toBe(true);
  });
});
