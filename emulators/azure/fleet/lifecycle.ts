// How the sandbox churn moves Azure VMs: stopped (still allocated) through `stopping`, or
// deallocated through `deallocating`; started, or resumed from hibernation, through `starting`.
// Deletion is never made (the demo fleet must not shrink).
import type { CloudLifecycle } from '../../kit/lifecycle.js';
import type { AzureFleet } from './fleet.js';
import type { AzureVmCondition } from './types.js';

export function azureLifecycle(fleet: AzureFleet): CloudLifecycle<AzureVmCondition> {
  const start: readonly AzureVmCondition[] = ['starting', 'running'];
  return {
    up: 'running',
    moves: {
      running: [
        ['stopping', 'stopped'],
        ['deallocating', 'deallocated'],
      ],
      stopped: [start],
      deallocated: [start],
      hibernated: [start],
    },
    vms: () =>
      fleet.scopes().flatMap((scope) =>
        scope.virtualMachines.map((vm) => ({
          key: vm.id,
          state: () => vm.sim.condition,
          setState: (condition: AzureVmCondition) => void fleet.setVmCondition(vm.id, condition),
        })),
      ),
  };
}
