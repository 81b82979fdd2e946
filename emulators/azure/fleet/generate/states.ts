// The VMs' states: a majority running, every documented state present (see kit/plan-states.ts).
import { planStates } from '../../../kit/plan-states.js';
import { MINUTE, beforeEpoch, sometimeAfter } from '../../../kit/time.js';
import { applyVmCondition } from '../state.js';
import { armTime } from '../time.js';
import type { AzureVmCondition } from '../types.js';
import { AZURE_VM_CONDITIONS } from '../types.js';
import type { ScopeBuilder } from './context.js';

const CONDITION_WEIGHTS: readonly (readonly [AzureVmCondition, number])[] = [
  ['running', 58],
  ['deallocated', 12],
  ['stopped', 6],
  ['starting', 4],
  ['stopping', 3],
  ['deallocating', 3],
  ['hibernated', 3],
  ['creating', 2],
  ['deleting', 3],
  ['failed', 3],
  ['unknown', 3],
];

const TRANSITIONAL: readonly AzureVmCondition[] = ['creating', 'starting', 'stopping', 'deallocating', 'deleting'];

export function settleVmStates(b: ScopeBuilder): void {
  const { rng, scope } = b;
  const targets = planStates(rng, scope.virtualMachines.length, { weights: CONDITION_WEIGHTS, all: AZURE_VM_CONDITIONS, up: 'running' });
  const diskIndex = new Map(scope.disks.map((d) => [d.id.toLowerCase(), d]));
  const creating = new Set(scope.virtualMachines.filter((_, i) => targets[i] === 'creating').map((vm) => vm.id));
  // Still being created: no MAC on its NICs yet.
  for (const nic of scope.networkInterfaces) {
    if (nic.properties.virtualMachine && creating.has(nic.properties.virtualMachine.id)) delete nic.properties.macAddress;
  }
  scope.virtualMachines.forEach((vm, i) => {
    const target = targets[i] ?? 'running';
    if (target === 'running') return;
    const at = TRANSITIONAL.includes(target) ? beforeEpoch(rng.int(1, 10) * MINUTE) : sometimeAfter(rng, Date.parse(vm.properties.timeCreated));
    if (target === 'creating') {
      // Still being created: it has not run yet.
      vm.sim.activity = [];
      vm.properties.timeCreated = armTime(at);
    }
    applyVmCondition(scope, vm, target, at, diskIndex);
  });
}
