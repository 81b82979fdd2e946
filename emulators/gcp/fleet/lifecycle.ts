// How the sandbox churn moves Compute Engine instances: stopped through STOPPING to TERMINATED —
// or, as a stop with graceful shutdown does, through PENDING_STOP first —, suspended through
// SUSPENDING; started or resumed through PROVISIONING and STAGING, as Compute Engine does (it has
// no RESUMING status). Deletion is never made (the demo fleet must not shrink).
import type { CloudLifecycle } from '../../kit/lifecycle.js';
import type { GcpFleet } from './fleet.js';
import type { GceInstanceStatus } from './types.js';

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export function gcpLifecycle(fleet: GcpFleet): CloudLifecycle<GceInstanceStatus> {
  const start: readonly GceInstanceStatus[] = ['PROVISIONING', 'STAGING', 'RUNNING'];
  return {
    up: 'RUNNING',
    moves: {
      RUNNING: [
        ['STOPPING', 'TERMINATED'],
        ['PENDING_STOP', 'STOPPING', 'TERMINATED'],
        ['SUSPENDING', 'SUSPENDED'],
      ],
      TERMINATED: [start],
      STOPPED: [start],
      SUSPENDED: [start],
    },
    vms: () =>
      fleet.projects.flatMap(({ projectId }) =>
        (fleet.project(projectId)?.regions ?? []).flatMap((region) =>
          region.instances.map((instance) => {
            const zone = lastSegment(instance.zone);
            return {
              key: `${projectId}/${zone}/${instance.name}`,
              state: () => instance.status,
              setState: (status: GceInstanceStatus) => void fleet.setInstanceStatus(projectId, zone, instance.name, status),
            };
          }),
        ),
      ),
  };
}
