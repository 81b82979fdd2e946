// Instance statuses: a majority RUNNING, every documented status present. Instances are launched
// RUNNING; the others are moved to their status at a time that fits it.
import { planStates } from '../../../kit/plan-states.js';
import { MINUTE, beforeEpoch, sometimeAfter } from '../../../kit/time.js';
import { gcpTimestamp } from '../catalogue.js';
import { applyInstanceStatus } from '../state.js';
import { GCE_INSTANCE_STATUSES, type GceInstanceStatus } from '../types.js';
import type { RegionBuilder } from './context.js';

const INSTANCE_STATUS_WEIGHTS: readonly (readonly [GceInstanceStatus, number])[] = [
  ['RUNNING', 62],
  ['TERMINATED', 14],
  ['STOPPED', 2],
  ['SUSPENDED', 4],
  ['PENDING_STOP', 2],
  ['STOPPING', 3],
  ['SUSPENDING', 2],
  ['PROVISIONING', 3],
  ['STAGING', 3],
  ['PENDING', 2],
  ['REPAIRING', 2],
  ['DEPROVISIONING', 2],
];

export function assignInstanceStatuses(b: RegionBuilder): void {
  const { rng } = b;
  const instances = b.regionData.instances;
  const targets = planStates(rng, instances.length, { weights: INSTANCE_STATUS_WEIGHTS, all: GCE_INSTANCE_STATUSES, up: 'RUNNING' });
  instances.forEach((instance, i) => {
    const target = targets[i] ?? 'RUNNING';
    if (target === 'RUNNING') return;
    const start = instance.sim.activity[0]!.from.getTime();
    if (target === 'PROVISIONING' || target === 'STAGING' || target === 'PENDING') {
      // Just created: it has never run.
      const createdAt = beforeEpoch(rng.int(1, 8) * MINUTE);
      instance.creationTimestamp = gcpTimestamp(createdAt);
      instance.sim.activity = [];
      delete instance.lastStartTimestamp;
      applyInstanceStatus(instance, target, createdAt);
    } else if (target === 'PENDING_STOP' || target === 'STOPPING' || target === 'SUSPENDING' || target === 'DEPROVISIONING' || target === 'REPAIRING') {
      applyInstanceStatus(instance, target, beforeEpoch(rng.int(1, 10) * MINUTE));
    } else {
      applyInstanceStatus(instance, target, sometimeAfter(rng, start));
    }
  });
}
