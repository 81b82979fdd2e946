// A step of an action moves a resource only if nothing else (the churn, another action) moved it
// meanwhile: the step finds it where the action left it, or leaves it be.
import type { Ec2InstanceStateName, Fleet } from '../../../fleet.js';

export function moveIf(fleet: Fleet, instanceId: string, from: Ec2InstanceStateName, to: Ec2InstanceStateName): void {
  const found = fleet.aws.findInstance(instanceId);
  if (found?.instance.state === from) fleet.aws.setInstanceState(instanceId, to);
}
