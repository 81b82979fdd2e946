// Each auxiliary part of a GCP listing degrades alone, against the emulator with a role that lacks
// one permission ('forbidden' answers Google's 403 PERMISSION_DENIED): the failed part leaves only
// the fields it feeds unknown, as a gap naming provider, project, region and operation; a custom
// machine type's size never depends on the predefined-type lookup.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import type { Gap } from '../../../src/providers/gaps.js';
import { parseCustomMachineType } from '../../../src/providers/gcp/custom-machine-types.js';
import type { ProviderAdapter } from '../../../src/providers/types.js';
import { DEV, PROD, adapterFor, fleetIds, scopeOf } from './support.js';

const P = scopeOf(PROD);
const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);
const forbiddenGap = (operation: string, fields: string[]): Gap => ({
  fields,
  scope: P,
  operation,
  category: 'AUTH',
  providerCode: 'forbidden',
  message: expect.stringContaining(`Required 'compute.${operation.replace(/\.(list|aggregatedList)$/, '')}.list' permission for 'projects/${PROD}'`) as string,
});

describe('GCP joins, one part failing at a time', () => {
  let fleet: Fleet;
  let emulator: GcpEmulator;
  let adapter: ProviderAdapter;
  const instances = () => fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances);

  beforeAll(async () => {
    fleet = createFleet({ seed: 42, vmsPerScope: 60 });
    emulator = await startGcpEmulator({ fleet });
  });
  beforeEach(() => {
    emulator.faults.clear();
    emulator.requests.reset();
    // A fresh adapter: no machine type learnt yet.
    adapter = adapterFor(emulator, fleet);
  });
  afterEach(async () => {
    await adapter.close();
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it('public IPs: without globalAddresses.list, the regional ones and a listing gap', async () => {
    emulator.faults.add({ action: 'globalAddresses.list', kind: 'forbidden' });
    const gaps: Gap[] = [];
    const ips = await adapter.list('publicIp', P, {}, gaps);
    const regional = fleet.gcp.project(PROD)!.regions.flatMap((r) => r.addresses).filter((a) => a.addressType === 'EXTERNAL');
    expect(ips.map((ip) => ip.nativeId).sort()).toEqual(regional.map((a) => a.name).sort());
    expect(gaps).toEqual([forbiddenGap('globalAddresses.list', [])]);
    // A 403 is not retried.
    expect(emulator.requests.count({ action: 'globalAddresses.list' })).toBe(1);
  });

  it('public IPs: without addresses.aggregatedList, the global ones and a listing gap', async () => {
    emulator.faults.add({ action: 'addresses.aggregatedList', kind: 'forbidden' });
    const gaps: Gap[] = [];
    const ips = await adapter.list('publicIp', P, {}, gaps);
    const global = fleet.gcp.project(PROD)!.globalAddresses.filter((a) => a.addressType === 'EXTERNAL');
    expect(ips.map((ip) => ip.nativeId).sort()).toEqual(global.map((a) => a.name).sort());
    expect(gaps).toEqual([forbiddenGap('addresses.aggregatedList', [])]);
  });

  it('public IPs: both parts failing fail the listing', async () => {
    emulator.faults.add({ action: 'addresses.aggregatedList', kind: 'forbidden' });
    emulator.faults.add({ action: 'globalAddresses.list', kind: 'forbidden' });
    await expect(adapter.list('publicIp', P, {}, [])).rejects.toMatchObject({ category: 'AUTH', operation: 'addresses.aggregatedList' });
  });

  it('VMs: without firewalls.list, every VM and interface with a securityGroupIds gap, the rest whole', async () => {
    emulator.faults.add({ action: 'firewalls.list', kind: 'forbidden' });
    const vms = await adapter.list('vm', P);
    expect(vms.map((vm) => vm.nativeId).sort()).toEqual(fleetIds(fleet, PROD).vm.sort());
    for (const vm of vms) {
      expect(vm.gaps).toEqual([forbiddenGap('firewalls.list', ['securityGroupIds'])]);
      expect(vm.securityGroupIds).toEqual([]);
      expect(vm.vcpus).toBeGreaterThan(0);
    }
    const nics = await adapter.list('networkInterface', P);
    expect(nics).toHaveLength(fleetIds(fleet, PROD).networkInterface.length);
    for (const nic of nics) expect(nic.gaps).toEqual([forbiddenGap('firewalls.list', ['securityGroupIds'])]);
  });

  it('VMs: without machineTypes.list, predefined types lose only vcpus/memoryMiB; custom ones keep their size', async () => {
    emulator.faults.add({ action: 'machineTypes.list', kind: 'forbidden' });
    const vms = await adapter.list('vm', P);
    const custom = vms.filter((vm) => parseCustomMachineType(vm.instanceType!));
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.some((vm) => vm.instanceType!.startsWith('e2-custom-small-') || vm.instanceType!.startsWith('e2-custom-medium-'))).toBe(true);
    for (const vm of vms) {
      const source = instances().find((i) => i.name === vm.nativeId)!;
      expect(vm.instanceType).toBe(lastSegment(source.machineType));
      expect(vm.securityGroupIds.length).toBeGreaterThan(0);
      const size = parseCustomMachineType(vm.instanceType!);
      if (size) {
        expect(vm.gaps).toBeUndefined();
        expect([vm.vcpus, vm.memoryMiB]).toEqual([size.vcpus, size.memoryMiB]);
      } else {
        expect(vm.gaps).toEqual([forbiddenGap('machineTypes.list', ['vcpus', 'memoryMiB'])]);
        expect([vm.vcpus, vm.memoryMiB]).toEqual([null, null]);
      }
    }
    // The failure is not remembered: with the permission back, the sizes come.
    emulator.faults.clear();
    const again = await adapter.list('vm', P);
    expect(again.every((vm) => vm.gaps === undefined && vm.vcpus! > 0 && vm.memoryMiB! > 0)).toBe(true);
  });

  it("VMs: one project's refused lookup is not another's, even when they list at the same time", async () => {
    emulator.faults.add({ action: 'machineTypes.list', account: PROD, kind: 'forbidden' });
    const [prod, dev] = await Promise.all([adapter.list('vm', P), adapter.list('vm', scopeOf(DEV))]);
    expect(dev.every((vm) => vm.gaps === undefined && vm.vcpus! > 0)).toBe(true);
    const gapped = prod.filter((vm) => !parseCustomMachineType(vm.instanceType!));
    expect(gapped.length).toBeGreaterThan(0);
    for (const vm of gapped) expect(vm.gaps).toEqual([forbiddenGap('machineTypes.list', ['vcpus', 'memoryMiB'])]);
  });

  it('sizes E2 shared-core custom types as the guest sees them: 2 vCPUs, the memory in the name', async () => {
    const vms = await adapter.list('vm', P);
    const shared = vms.filter((vm) => /^e2-custom-(micro|small|medium)-\d+$/.test(vm.instanceType!));
    expect(shared.length).toBeGreaterThan(0);
    for (const vm of shared) expect([vm.vcpus, vm.memoryMiB]).toEqual([2, Number(vm.instanceType!.split('-').at(-1))]);
    expect(new Set(shared.map((vm) => vm.instanceType!.split('-')[2]))).toEqual(new Set(['micro', 'small', 'medium']));
  });

  it('asks no machineTypes.list for custom types', async () => {
    const custom = instances().filter((i) => parseCustomMachineType(lastSegment(i.machineType)));
    const vms = await adapter.get('vm', P, custom.map((i) => i.name));
    expect(vms).toHaveLength(custom.length);
    expect(emulator.requests.count({ action: 'machineTypes.list' })).toBe(0);
  });
});
