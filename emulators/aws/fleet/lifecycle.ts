// How the sandbox churn moves EC2 instances: a stop passes through `stopping`, a start through
// `pending`. A reboot stays `running` on EC2, so it shows no change and is left out; termination
// is never made (the demo fleet must not shrink).
import type { CloudLifecycle } from '../../kit/lifecycle.js';
import type { AwsFleet } from './fleet.js';
import type { Ec2InstanceStateName } from './types.js';

export function awsLifecycle(fleet: AwsFleet): CloudLifecycle<Ec2InstanceStateName> {
  return {
    up: 'running',
    moves: {
      running: [['stopping', 'stopped']],
      stopped: [['pending', 'running']],
    },
    vms: () =>
      fleet.scopes().flatMap((scope) =>
        scope.instances.map((instance) => ({
          key: instance.instanceId,
          state: () => instance.state,
          setState: (state: Ec2InstanceStateName) => void fleet.setInstanceState(instance.instanceId, state),
        })),
      ),
  };
}
