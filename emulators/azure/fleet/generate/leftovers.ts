// What no VM uses: loose disks, reserved public IPs and a detached NIC; and disks being exported.
import { DAY, beforeEpoch } from '../../../kit/time.js';
import type { AzureDisk, AzureTags } from '../types.js';
import type { ScopeBuilder } from './context.js';
import { newDisk } from './disks.js';
import { newNic } from './network-interfaces.js';
import { newPublicIp } from './public-ips.js';
import type { VnetPlan } from './virtual-networks.js';

export function addLeftovers(b: ScopeBuilder, plans: readonly VnetPlan[]): void {
  addLooseDisks(b);
  exportHibernatedDisk(b);
  exportDeallocatedDisk(b);
  for (let k = 0; k < 2; k++) b.scope.publicIPAddresses.push(newPublicIp(b, b.networkRg, `pip-reserved-${k + 1}`, undefined, { purpose: 'reserved' }, null));
  const plan = plans[plans.length - 1]!;
  b.scope.networkInterfaces.push(newNic(b, b.networkRg, 'nic-failover-01', plan.app, { purpose: 'failover' }, { accelerated: false }));
}

/** Loose disks: one waiting for an upload, one receiving it, one exported (SAS), the rest unattached. */
function addLooseDisks(b: ScopeBuilder): void {
  const count = Math.max(4, Math.round(b.ctx.vmsPerScope / 10));
  const rg = b.workloadRg('dev');
  for (let k = 0; k < count; k++) {
    const disk = newScratchDisk(b, rg, `disk-scratch-${k + 1}`);
    if (k === 0) {
      disk.properties.creationData = { createOption: 'Upload', uploadSizeBytes: disk.properties.diskSizeBytes + 512 };
      disk.properties.diskState = 'ReadyToUpload';
    } else if (k === 1) {
      disk.properties.creationData = { createOption: 'Upload', uploadSizeBytes: disk.properties.diskSizeBytes + 512 };
      disk.properties.diskState = 'ActiveUpload';
    } else if (k === 2) {
      disk.properties.diskState = 'ActiveSAS';
    }
    b.scope.disks.push(disk);
  }
}

function newScratchDisk(b: ScopeBuilder, rg: string, name: string): AzureDisk {
  const { rng } = b;
  const sku = rng.pick(['Premium_LRS', 'StandardSSD_LRS', 'Standard_LRS'] as const);
  const zones = rng.chance(0.5) ? [rng.pick(b.location.zones)] : undefined;
  const sizeGB = rng.pick([64, 128, 256]);
  const created = beforeEpoch(rng.int(DAY, 200 * DAY));
  const tags: AzureTags = rng.chance(0.5) ? { purpose: 'scratch' } : {};
  return newDisk(b, { rg, name, zones, sku, sizeGB, created, tags });
}

/** A disk of a hibernated VM being exported. */
function exportHibernatedDisk(b: ScopeBuilder): void {
  const hibernated = b.scope.virtualMachines.find((v) => v.sim.condition === 'hibernated');
  const frozen = hibernated && b.scope.disks.find((d) => d.managedBy === hibernated.id && d.properties.diskState === 'Frozen');
  if (frozen) frozen.properties.diskState = 'ActiveSASFrozen';
}

/** The OS disk of a deallocated VM being exported: still attached (managedBy), with an active SAS. */
function exportDeallocatedDisk(b: ScopeBuilder): void {
  const deallocated = b.scope.virtualMachines.find((v) => v.sim.condition === 'deallocated');
  const osDisk = deallocated?.properties.storageProfile.osDisk.managedDisk.id.toLowerCase();
  const reserved = osDisk && b.scope.disks.find((d) => d.id.toLowerCase() === osDisk && d.properties.diskState === 'Reserved');
  if (reserved) reserved.properties.diskState = 'ActiveSAS';
}
