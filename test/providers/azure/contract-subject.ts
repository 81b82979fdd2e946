// The Azure subject of the provider contract suite (test/providers/contract.test.ts): add it to
// SUBJECTS there. Counts come from the fleet as the adapter models it: subnets are inside their
// VNets, security groups are NSGs, and one VM listing per subscription covers every location.
import type { RunningApp } from '../../../src/app.js';
import { AZURE_VM_CONDITIONS, createFleet, type AzureVmCondition } from '../../../emulators/fleet.js';
import { vmStateOf } from '../../../src/providers/azure/states.js';
import type { VmState } from '../../../src/providers/types.js';
import type { ContractSubject, EmulatorControls, FleetTruth } from '../contract/subjects.js';

/** The raw status each documented VM state reports (as the adapter keeps it in providerState), and its model state. */
function azureStates(): Record<string, VmState> {
  const fleet = createFleet({ seed: 1, vmsPerScope: 1 });
  const vm = fleet.azure.scopes()[0]!.virtualMachines[0]!;
  return Object.fromEntries(
    AZURE_VM_CONDITIONS.map((condition: AzureVmCondition) => {
      fleet.azure.setVmCondition(vm.id, condition);
      const { state, providerState } = vmStateOf(vm.instanceView.statuses);
      return [providerState, state];
    }),
  );
}

export const azure: ContractSubject = {
  provider: 'AZURE',
  accounts: ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'],
  listVmsAction: 'virtualMachines.listAll',
  states: azureStates(),
  emulator: (app: RunningApp) => (app.sandbox as unknown as { azure: EmulatorControls }).azure,
  truth(app: RunningApp): FleetTruth {
    const fleet = app.sandbox!.fleet.azure;
    const scopes = fleet.scopes();
    const count = (pick: (s: (typeof scopes)[number]) => unknown[]) => scopes.reduce((n, s) => n + pick(s).length, 0);
    return {
      vms: count((s) => s.virtualMachines),
      volumes: count((s) => s.disks),
      snapshots: count((s) => s.snapshots),
      networks: count((s) => s.virtualNetworks),
      subnets: count((s) => s.virtualNetworks.flatMap((v) => v.properties.subnets)),
      securityGroups: count((s) => s.networkSecurityGroups),
      publicIps: count((s) => s.publicIPAddresses),
      networkInterfaces: count((s) => s.networkInterfaces),
      // One listing per subscription (listAll covers every location).
      vmsPerListing: Object.fromEntries(fleet.subscriptions.map((s) => [s.subscriptionId, [fleet.resources(s.subscriptionId, 'virtualMachines').length]])),
    };
  },
};
