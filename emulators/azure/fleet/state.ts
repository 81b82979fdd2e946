// VM states and what Azure changes alongside them: the instance-view statuses (provisioning,
// power, hibernation), the VM's provisioningState, the state of its managed disks (a disk of a
// deallocated VM is Reserved, of a hibernated VM Frozen), and when the VM produces metrics.
import { closeActivity, openActivity } from '../../kit/activity.js';
import { armTime } from './time.js';
import type { AzureDisk, AzureDiskState, AzureScopeData, AzureVirtualMachine, AzureVmCondition, InstanceViewStatus } from './types.js';

type ProvisioningState = AzureVirtualMachine['properties']['provisioningState'];

interface ConditionSpec {
  provisioning: ProvisioningState;
  /** The `PowerState/…` code, absent while a VM is being created. */
  power: string | null;
  hibernated: boolean;
  /** Whether the VM runs (and so produces metrics). */
  runs: boolean;
}

const SPECS: Readonly<Record<AzureVmCondition, ConditionSpec>> = {
  creating: { provisioning: 'Creating', power: null, hibernated: false, runs: false },
  starting: { provisioning: 'Updating', power: 'starting', hibernated: false, runs: false },
  running: { provisioning: 'Succeeded', power: 'running', hibernated: false, runs: true },
  stopping: { provisioning: 'Updating', power: 'stopping', hibernated: false, runs: false },
  stopped: { provisioning: 'Succeeded', power: 'stopped', hibernated: false, runs: false },
  deallocating: { provisioning: 'Updating', power: 'deallocating', hibernated: false, runs: false },
  deallocated: { provisioning: 'Succeeded', power: 'deallocated', hibernated: false, runs: false },
  hibernated: { provisioning: 'Succeeded', power: 'deallocated', hibernated: true, runs: false },
  deleting: { provisioning: 'Deleting', power: 'deallocating', hibernated: false, runs: false },
  // A failed operation leaves the VM as it was (here: running) with a failed provisioning status.
  failed: { provisioning: 'Failed', power: 'running', hibernated: false, runs: true },
  unknown: { provisioning: 'Succeeded', power: 'unknown', hibernated: false, runs: false },
};

const POWER_DISPLAY: Readonly<Record<string, string>> = {
  starting: 'VM starting',
  running: 'VM running',
  stopping: 'VM stopping',
  stopped: 'VM stopped',
  deallocating: 'VM deallocating',
  deallocated: 'VM deallocated',
  unknown: 'VM status unknown',
};

/** The instance-view statuses Azure reports for a VM in this condition. */
export function statusesFor(vm: AzureVirtualMachine, condition: AzureVmCondition, at: Date): InstanceViewStatus[] {
  const spec = SPECS[condition];
  const time = armTime(at);
  const statuses: InstanceViewStatus[] = [];
  switch (spec.provisioning) {
    case 'Failed':
      statuses.push({
        code: 'ProvisioningState/failed/OSProvisioningTimedOut',
        level: 'Error',
        displayStatus: 'Provisioning failed',
        message: `OS Provisioning for VM '${vm.name}' did not finish in the allotted time. The VM may still finish provisioning successfully. Please check provisioning state later.`,
        time,
      });
      break;
    case 'Succeeded':
      statuses.push({ code: 'ProvisioningState/succeeded', level: 'Info', displayStatus: 'Provisioning succeeded', time });
      break;
    default:
      statuses.push({ code: `ProvisioningState/${spec.provisioning.toLowerCase()}`, level: 'Info', displayStatus: spec.provisioning, time });
  }
  if (spec.power) statuses.push({ code: `PowerState/${spec.power}`, level: 'Info', displayStatus: POWER_DISPLAY[spec.power] ?? spec.power });
  if (spec.hibernated) statuses.push({ code: 'HibernationState/Hibernated', level: 'Info', displayStatus: 'VM hibernated' });
  return statuses;
}

/**
 * Moves `vm` into `condition` at `at`, updating everything Azure updates with it. `disks` (lower-case
 * id → disk) spares a scan of the scope's disks when many VMs change at once.
 */
export function applyVmCondition(
  scope: AzureScopeData,
  vm: AzureVirtualMachine,
  condition: AzureVmCondition,
  at: Date,
  disks?: ReadonlyMap<string, AzureDisk>,
): void {
  const spec = SPECS[condition];
  vm.sim.condition = condition;
  vm.properties.provisioningState = spec.provisioning;
  vm.instanceView.statuses = statusesFor(vm, condition, at);
  if (spec.hibernated && !vm.properties.additionalCapabilities?.hibernationEnabled) {
    vm.properties.additionalCapabilities = { hibernationEnabled: true };
  }
  if (spec.runs) openActivity(vm.sim.activity, at);
  else closeActivity(vm.sim.activity, at);
  const ids = [vm.properties.storageProfile.osDisk.managedDisk.id, ...vm.properties.storageProfile.dataDisks.map((d) => d.managedDisk.id)].map((id) =>
    id.toLowerCase(),
  );
  const owned = disks ? ids.flatMap((id) => disks.get(id) ?? []) : scope.disks.filter((d) => ids.includes(d.id.toLowerCase()));
  for (const disk of owned) disk.properties.diskState = attachedDiskState(condition, disk.properties.diskState);
}

/** What an attached disk's state becomes: Reserved under a deallocated VM, Frozen under a hibernated one (keeping an active SAS). */
function attachedDiskState(condition: AzureVmCondition, current: AzureDiskState): AzureDiskState {
  const sas = current === 'ActiveSAS' || current === 'ActiveSASFrozen';
  if (condition === 'hibernated') return sas ? 'ActiveSASFrozen' : 'Frozen';
  if (sas) return 'ActiveSAS';
  return condition === 'deallocated' ? 'Reserved' : 'Attached';
}
