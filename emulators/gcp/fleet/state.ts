// Instance status changes and what Compute Engine does alongside them: start/stop/suspend times,
// the ephemeral external IPs (released when the VM stops or suspends), and when metrics flow.
// Stopping never deletes anything on GCP: a TERMINATED instance still exists with its disks.
import { closeActivity, openActivity } from '../../kit/activity.js';
import { gcpTimestamp } from './catalogue.js';
import type { GceInstance, GceInstanceStatus } from './types.js';

const STATUS_MESSAGES: Partial<Record<GceInstanceStatus, string>> = {
  REPAIRING: 'The instance is being repaired because its host encountered an error.',
  PENDING: 'Waiting for capacity from the Dynamic Workload Scheduler.',
};

/** Moves `instance` to `status` at time `at`, updating everything Compute Engine updates with it. */
export function applyInstanceStatus(instance: GceInstance, status: GceInstanceStatus, at: Date): void {
  const from = instance.status;
  instance.status = status;
  const message = STATUS_MESSAGES[status];
  if (message) instance.statusMessage = message;
  else delete instance.statusMessage;
  const stamp = gcpTimestamp(at);

  switch (status) {
    case 'RUNNING':
      if (from !== 'RUNNING') instance.lastStartTimestamp = stamp;
      openActivity(instance.sim.activity, at);
      setEphemeralIps(instance, true);
      return;
    // A graceful shutdown under way: the guest still runs (its shutdown scripts), metrics flow.
    case 'PENDING_STOP':
      return;
    case 'PROVISIONING':
    case 'STAGING':
    case 'PENDING':
      closeActivity(instance.sim.activity, at);
      setEphemeralIps(instance, false);
      return;
    case 'STOPPING':
    case 'SUSPENDING':
    case 'REPAIRING':
      closeActivity(instance.sim.activity, at);
      return;
    case 'DEPROVISIONING':
      closeActivity(instance.sim.activity, at);
      setEphemeralIps(instance, false);
      return;
    case 'STOPPED':
    case 'TERMINATED':
      closeActivity(instance.sim.activity, at);
      setEphemeralIps(instance, false);
      instance.lastStopTimestamp = stamp;
      return;
    case 'SUSPENDED':
      closeActivity(instance.sim.activity, at);
      setEphemeralIps(instance, false);
      instance.lastSuspendedTimestamp = stamp;
      return;
    default: {
      const unknown: never = status;
      throw new Error(`Unknown instance status ${String(unknown)}`);
    }
  }
}

/** Puts each interface's ephemeral IP on its access config (or takes it off); a static address stays. */
function setEphemeralIps(instance: GceInstance, present: boolean): void {
  for (const { nic, ip } of instance.sim.ephemeralIps) {
    const config = instance.networkInterfaces.find((n) => n.name === nic)?.accessConfigs?.[0];
    if (!config) continue;
    if (present) config.natIP = ip;
    else if (config.natIP === ip) delete config.natIP;
  }
}
