// The instances' states: a majority running and every EC2 state present (the kit's planner), each
// reached the way EC2 reaches it, at a time that fits the instance's history.
import { planStates } from '../../../kit/plan-states.js';
import { DAY, FLEET_EPOCH, HOUR, MINUTE, atSecond, beforeEpoch, sometimeAfter } from '../../../kit/time.js';
import { applyInstanceState, linksByInstance, noLinks, removeDeleted, type InstanceLinks, type Removals } from '../state.js';
import { EC2_INSTANCE_STATES, type Ec2Instance, type Ec2InstanceStateName } from '../types.js';
import type { ScopeBuilder } from './context.js';

const STATE_WEIGHTS: readonly (readonly [Ec2InstanceStateName, number])[] = [
  ['running', 62],
  ['stopped', 16],
  ['terminated', 8],
  ['shutting-down', 5],
  ['pending', 5],
  ['stopping', 4],
];

export function settleStates(b: ScopeBuilder): void {
  const { instances } = b.scope;
  const targets = planStates(b.rng, instances.length, { weights: STATE_WEIGHTS, all: EC2_INSTANCE_STATES, up: 'running' });
  // What each instance has attached, found once for all, and what terminations delete removed
  // once at the end: per instance, both would scan the whole scope.
  const links = linksByInstance(b.scope);
  const removals: Removals = { networkInterfaceIds: new Set(), volumeIds: new Set() };
  instances.forEach((instance, i) => {
    const target = targets[i] ?? 'running';
    if (target !== 'running') moveTo(b, instance, target, { links: links.get(instance.instanceId) ?? noLinks(), removals });
  });
  removeDeleted(b.scope, removals);
}

function moveTo(b: ScopeBuilder, instance: Ec2Instance, target: Ec2InstanceStateName, { links, removals }: { links: InstanceLinks; removals: Removals }): void {
  const { rng, scope } = b;
  const epoch = FLEET_EPOCH.getTime();
  const launch = instance.launchTime.getTime();
  if (target === 'pending') {
    // Being started again after a stop: metrics exist for the earlier run; launchTime is the new start.
    const stoppedAt = atSecond(launch + rng.int(HOUR, Math.max(HOUR + 1, epoch - launch - DAY)));
    applyInstanceState(scope, instance, 'stopped', stoppedAt, links, removals);
    const startAt = beforeEpoch(rng.int(1, 5) * MINUTE);
    applyInstanceState(scope, instance, 'pending', startAt, links, removals);
    instance.launchTime = startAt;
  } else if (target === 'stopping' || target === 'shutting-down') {
    applyInstanceState(scope, instance, target, beforeEpoch(rng.int(1, 10) * MINUTE), links, removals);
  } else {
    applyInstanceState(scope, instance, target, sometimeAfter(rng, launch), links, removals);
  }
}
