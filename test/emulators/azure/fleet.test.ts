// The Azure part of the simulated fleet: deterministic, every documented state present, the
// relations ARM keeps consistent, and state changes that move everything Azure moves with them.
import { describe, expect, it } from 'vitest';
import {
  AZURE_DISK_STATES,
  AZURE_SNAPSHOT_ACCESS_STATES,
  AZURE_SUBSCRIPTIONS,
  AZURE_VM_CONDITIONS,
  AZURE_VM_SIZES,
  FLEET_EPOCH,
  createFleet,
  type AzureScopeData,
} from '../../../emulators/fleet.js';

const snapshotOf = (scopes: AzureScopeData[]) => JSON.stringify(scopes);

describe('the Azure fleet', () => {
  it('is deterministic: the same seed gives the same fleet, another seed another', () => {
    expect(snapshotOf(createFleet({ seed: 7 }).azure.scopes())).toBe(snapshotOf(createFleet({ seed: 7 }).azure.scopes()));
    expect(snapshotOf(createFleet({ seed: 7 }).azure.scopes())).not.toBe(snapshotOf(createFleet({ seed: 8 }).azure.scopes()));
  });

  it('has 2 subscriptions × 2 locations with vmsPerScope VMs each, in the fleet’s scopes', () => {
    const fleet = createFleet({ vmsPerScope: 25 });
    expect(fleet.azure.scopes().map((s) => [s.subscriptionId, s.location])).toEqual([
      [AZURE_SUBSCRIPTIONS[0]!.subscriptionId, 'westeurope'],
      [AZURE_SUBSCRIPTIONS[0]!.subscriptionId, 'eastus'],
      [AZURE_SUBSCRIPTIONS[1]!.subscriptionId, 'westeurope'],
      [AZURE_SUBSCRIPTIONS[1]!.subscriptionId, 'eastus'],
    ]);
    for (const scope of fleet.azure.scopes()) expect(scope.virtualMachines).toHaveLength(25);
    expect(fleet.scopes().filter((s) => s.provider === 'azure')).toEqual(
      fleet.azure.scopes().map((s) => ({ provider: 'azure', account: s.subscriptionId, region: s.location })),
    );
    expect(createFleet({ vmsPerScope: 0 }).azure.scope(AZURE_SUBSCRIPTIONS[0]!.subscriptionId, 'eastus')!.virtualMachines).toHaveLength(0);
    for (const s of AZURE_SUBSCRIPTIONS) expect(s.subscriptionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('holds every documented VM state in every scope, a majority running', () => {
    for (const scope of createFleet({ seed: 42, vmsPerScope: 60 }).azure.scopes()) {
      const conditions = scope.virtualMachines.map((v) => v.sim.condition);
      expect(new Set(conditions)).toEqual(new Set(AZURE_VM_CONDITIONS));
      expect(conditions.filter((c) => c === 'running').length).toBeGreaterThan(30);
      for (const vm of scope.virtualMachines) {
        const codes = vm.instanceView.statuses.map((s) => s.code);
        expect(codes.some((c) => c.startsWith('ProvisioningState/'))).toBe(true);
        if (vm.sim.condition !== 'creating') expect(codes.some((c) => c.startsWith('PowerState/'))).toBe(true);
        expect(codes.includes('HibernationState/Hibernated')).toBe(vm.sim.condition === 'hibernated');
        expect(Date.parse(vm.properties.timeCreated)).toBeLessThan(FLEET_EPOCH.getTime());
        expect(AZURE_VM_SIZES.some((s) => s.name === vm.properties.hardwareProfile.vmSize)).toBe(true);
      }
    }
  });

  it('gives each VM 1–3 managed disks and at least one NIC, leaves some disks unattached, and keeps references whole', () => {
    const fleet = createFleet({ seed: 42, vmsPerScope: 60 });
    const diskStates = new Set<string>();
    const accessStates = new Set<string>();
    for (const scope of fleet.azure.scopes()) {
      const disks = new Map(scope.disks.map((d) => [d.id, d]));
      const nics = new Map(scope.networkInterfaces.map((n) => [n.id, n]));
      const subnets = new Set(scope.virtualNetworks.flatMap((v) => v.properties.subnets.map((s) => s.id)));
      const nsgs = new Set(scope.networkSecurityGroups.map((g) => g.id));
      const pips = new Set(scope.publicIPAddresses.map((p) => p.id));
      for (const vm of scope.virtualMachines) {
        const own = [vm.properties.storageProfile.osDisk.managedDisk.id, ...vm.properties.storageProfile.dataDisks.map((d) => d.managedDisk.id)];
        expect(own.length).toBeGreaterThanOrEqual(1);
        expect(own.length).toBeLessThanOrEqual(3);
        for (const id of own) expect(disks.get(id)?.managedBy).toBe(vm.id);
        expect(vm.properties.networkProfile.networkInterfaces.length).toBeGreaterThanOrEqual(1);
        for (const ref of vm.properties.networkProfile.networkInterfaces) expect(nics.get(ref.id)?.properties.virtualMachine?.id).toBe(vm.id);
      }
      for (const nic of scope.networkInterfaces) {
        for (const c of nic.properties.ipConfigurations) {
          expect(subnets.has(c.properties.subnet.id)).toBe(true);
          if (c.properties.publicIPAddress) expect(pips.has(c.properties.publicIPAddress.id)).toBe(true);
        }
        if (nic.properties.networkSecurityGroup) expect(nsgs.has(nic.properties.networkSecurityGroup.id)).toBe(true);
      }
      expect(scope.disks.some((d) => !d.managedBy)).toBe(true);
      expect(scope.networkInterfaces.some((n) => !n.properties.virtualMachine)).toBe(true);
      expect(scope.publicIPAddresses.some((p) => !scope.networkInterfaces.some((n) => n.properties.ipConfigurations.some((c) => c.properties.publicIPAddress?.id === p.id)))).toBe(true);
      expect(scope.snapshots.length).toBeGreaterThan(0);
      for (const s of scope.snapshots) expect(disks.has(s.properties.creationData.sourceResourceId)).toBe(true);
      for (const g of scope.networkSecurityGroups) expect(g.properties.defaultSecurityRules).toHaveLength(6);
      for (const d of scope.disks) diskStates.add(d.properties.diskState);
      for (const s of scope.snapshots) accessStates.add(s.properties.snapshotAccessState);
    }
    expect(diskStates).toEqual(new Set(AZURE_DISK_STATES));
    expect(accessStates).toEqual(new Set(AZURE_SNAPSHOT_ACCESS_STATES));
  });

  it('gives some VMs a customised vCPU count, a secondary IP configuration, IPv6 on a dual-stack subnet and a second NIC', () => {
    const fleet = createFleet({ seed: 42, vmsPerScope: 60 });
    for (const scope of fleet.azure.scopes()) {
      const nics = new Map(scope.networkInterfaces.map((n) => [n.id, n]));
      const pips = new Map(scope.publicIPAddresses.map((p) => [p.id, p]));
      const subnets = new Map(scope.virtualNetworks.flatMap((v) => v.properties.subnets.map((s) => [s.id, s])));
      const customised = scope.virtualMachines.filter((vm) => vm.properties.hardwareProfile.vmSizeProperties);
      expect(customised.length).toBeGreaterThan(0);
      for (const vm of customised) {
        const size = AZURE_VM_SIZES.find((s) => s.name === vm.properties.hardwareProfile.vmSize)!;
        const { vCPUsAvailable, vCPUsPerCore } = vm.properties.hardwareProfile.vmSizeProperties!;
        expect(vCPUsAvailable).toBeLessThan(size.vCPUs);
        expect([1, 2]).toContain(vCPUsPerCore);
      }
      const configs = scope.virtualMachines.map((vm) => nics.get(vm.properties.networkProfile.networkInterfaces[0]!.id)!.properties.ipConfigurations);
      expect(configs.some((c) => c.filter((x) => x.properties.privateIPAddressVersion === 'IPv4').length > 1)).toBe(true);
      const ipv6 = configs.flat().filter((c) => c.properties.privateIPAddressVersion === 'IPv6');
      expect(ipv6.length).toBeGreaterThan(0);
      for (const config of ipv6) {
        expect(config.properties.primary).toBe(false);
        const prefixes = subnets.get(config.properties.subnet.id)!.properties.addressPrefixes!;
        expect(prefixes).toHaveLength(2);
        expect(config.properties.privateIPAddress.startsWith(prefixes[1]!.replace('::/64', '::'))).toBe(true);
      }
      // Every configuration's public IP is of its version; IPv6 ones come from the location's public IPv6 range.
      for (const config of configs.flat()) {
        const pip = config.properties.publicIPAddress && pips.get(config.properties.publicIPAddress.id);
        if (pip) expect(pip.properties.publicIPAddressVersion).toBe(config.properties.privateIPAddressVersion);
      }
      expect(scope.publicIPAddresses.some((p) => p.properties.publicIPAddressVersion === 'IPv6' && p.properties.ipAddress!.startsWith('2603:10'))).toBe(true);
      expect(scope.virtualMachines.some((vm) => vm.properties.networkProfile.networkInterfaces.length > 1)).toBe(true);
      const addresses = scope.networkInterfaces.flatMap((n) => n.properties.ipConfigurations.map((c) => c.properties.privateIPAddress));
      expect(new Set(addresses).size).toBe(addresses.length);
    }
  });

  it('reports the disk states Azure would: attached ones by the state of their VM, exported ones with an active SAS', () => {
    const fleet = createFleet({ seed: 42, vmsPerScope: 60 });
    const expected: Record<string, string[]> = {
      running: ['Attached'],
      deallocated: ['Reserved', 'ActiveSAS'],
      hibernated: ['Frozen', 'ActiveSASFrozen'],
    };
    for (const scope of fleet.azure.scopes()) {
      const vms = new Map(scope.virtualMachines.map((v) => [v.id, v]));
      for (const disk of scope.disks) {
        if (!disk.managedBy) {
          expect(['Unattached', 'ReadyToUpload', 'ActiveUpload', 'ActiveSAS']).toContain(disk.properties.diskState);
          continue;
        }
        const condition = vms.get(disk.managedBy)!.sim.condition;
        if (expected[condition]) expect(expected[condition]).toContain(disk.properties.diskState);
      }
      // A deallocated VM's disk being exported stays attached.
      expect(scope.disks.some((d) => d.managedBy && d.properties.diskState === 'ActiveSAS')).toBe(true);
    }
  });

  it('moves a VM between states with its statuses, disks and metric activity', () => {
    let now = new Date(Date.UTC(2026, 5, 1));
    const fleet = createFleet({ seed: 5, vmsPerScope: 10, clock: () => now });
    const vm = fleet.azure.scopes()[0]!.virtualMachines.find((v) => v.sim.condition === 'running')!;
    const changes: string[] = [];
    const off = fleet.azure.onVmConditionChange((c) => changes.push(`${c.previous}→${c.condition}`));
    const disks = () => fleet.azure.scopes()[0]!.disks.filter((d) => d.managedBy === vm.id).map((d) => d.properties.diskState);

    fleet.azure.setVmCondition(vm.id.toUpperCase(), 'deallocated');
    expect(vm.instanceView.statuses.map((s) => s.code)).toEqual(['ProvisioningState/succeeded', 'PowerState/deallocated']);
    expect(new Set(disks())).toEqual(new Set(['Reserved']));
    expect(vm.sim.activity.at(-1)!.to).toEqual(now);

    now = new Date(now.getTime() + 3_600_000);
    fleet.azure.setVmCondition(vm.id, 'hibernated');
    expect(new Set(disks())).toEqual(new Set(['Frozen']));
    expect(vm.properties.additionalCapabilities?.hibernationEnabled).toBe(true);
    fleet.azure.setVmCondition(vm.id, 'running');
    expect(new Set(disks())).toEqual(new Set(['Attached']));
    expect(vm.sim.activity.at(-1)).toEqual({ from: now, to: null });
    fleet.azure.setVmCondition(vm.id, 'failed');
    expect(vm.properties.provisioningState).toBe('Failed');
    expect(vm.instanceView.statuses[0]).toMatchObject({ code: 'ProvisioningState/failed/OSProvisioningTimedOut', level: 'Error' });
    off();
    fleet.azure.setVmCondition(vm.id, 'running');
    expect(changes).toEqual(['running→deallocated', 'deallocated→hibernated', 'hibernated→running', 'running→failed']);
    expect(() => fleet.azure.setVmCondition(vm.id, 'exploded' as never)).toThrow();
    expect(() => fleet.azure.setVmCondition('/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/z', 'running')).toThrow();
  });
});
