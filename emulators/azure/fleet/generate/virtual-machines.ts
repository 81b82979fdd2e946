// VMs, launched in groups that share a network, an app, a team, an image, a size, a launch time
// and spot pricing; each with its OS and data disks, its NICs, and for some a public IP and an
// NSG of its own.
import type { Random } from '../../../kit/prng.js';
import { DAY, MINUTE, atSecond, beforeEpoch } from '../../../kit/time.js';
import { TAG_VOCABULARY } from '../../../kit/vocabulary.js';
import { DATA_DISKS_PER_VM, WorkloadNames, launchInGroups, workloadLabels } from '../../../kit/workloads.js';
import { AZURE_IMAGES, AZURE_VM_SIZES, type AzureDiskSkuName, type AzureImageTemplate, type AzureVmSizeInfo } from '../catalogue.js';
import { applyVmCondition } from '../state.js';
import type { AzureDisk, AzureNetworkSecurityGroup, AzurePublicIpAddress, AzureVirtualMachine, AzureVmDataDisk } from '../types.js';
import type { ScopeBuilder } from './context.js';
import { newDisk } from './disks.js';
import { newNic } from './network-interfaces.js';
import { newPublicIp } from './public-ips.js';
import { newVmNsg } from './security-groups.js';
import type { Tier, VnetPlan } from './virtual-networks.js';
import { newVirtualMachine } from './vm-resource.js';

/** What the VMs launched together share. */
interface WorkloadGroup {
  app: string;
  env: string;
  team: string;
  rg: string;
  tier: Tier;
  /** Only the web tier faces the internet: some of its VMs get a public IP. */
  internetFacing: boolean;
  image: AzureImageTemplate;
  size: AzureVmSizeInfo;
  created: Date;
  spot: boolean;
}

/** Where a VM goes: what its disks and public IP are named after, attached to and placed in. */
interface VmPlacement {
  id: string;
  name: string;
  zones: string[] | undefined;
}

const DATA_DISK_SKUS: readonly (readonly [AzureDiskSkuName, number])[] = [
  ['Premium_LRS', 4],
  ['StandardSSD_LRS', 3],
  ['Standard_LRS', 1],
];

export function launchVms(b: ScopeBuilder, plans: readonly VnetPlan[]): void {
  const names = new WorkloadNames();
  launchInGroups(b.rng, b.ctx.vmsPerScope, (groupSize) => {
    const group = drawWorkloadGroup(b, plans);
    for (let i = 0; i < groupSize; i++) launchVm(b, group, names.next(group.app, group.env));
  });
}

function drawWorkloadGroup(b: ScopeBuilder, plans: readonly VnetPlan[]): WorkloadGroup {
  const { rng } = b;
  const plan = plans.length > 1 && rng.chance(0.35) ? plans[1]! : plans[0]!;
  const app = rng.pick(TAG_VOCABULARY.app);
  const team = rng.pick(TAG_VOCABULARY.team);
  const tier = tierOf(app);
  const image = rng.weighted(AZURE_IMAGES.map((i) => [i, i.weight] as const));
  const size = rng.pick(AZURE_VM_SIZES.filter((s) => s.architecture === image.architecture));
  const created = beforeEpoch(rng.int(2 * DAY, 400 * DAY));
  const rg = b.workloadRg(plan.env);
  const spot = rng.chance(0.1);
  return { app, env: plan.env, team, rg, tier: plan[tier], internetFacing: tier === 'web', image, size, created, spot };
}

/** Web servers and bastions sit in the web tier, databases and caches in the data tier, the rest in the app tier. */
function tierOf(app: string): 'web' | 'app' | 'data' {
  if (app === 'web' || app === 'bastion') return 'web';
  if (app === 'db' || app === 'cache') return 'data';
  return 'app';
}

function launchVm(b: ScopeBuilder, group: WorkloadGroup, name: string): void {
  const { rng } = b;
  const tags = workloadLabels(rng, group.env, group.team, group.app);
  const zones = rng.chance(0.7) ? [rng.pick(b.location.zones)] : undefined;
  const placement: VmPlacement = { id: b.armId(group.rg, 'Microsoft.Compute', 'virtualMachines', name), name, zones };
  const publicIp = group.internetFacing && rng.chance(0.5) ? newVmPublicIp(b, group, placement) : undefined;
  const nsg = rng.chance(0.3) ? newVmNsg(b, group.rg, name, group.image.osType === 'Windows') : null;
  const osDisk = newOsDisk(b, group, placement);
  const data = newDataDisks(b, group, placement);
  const { image, size, created, spot } = group;
  const vm = newVirtualMachine(b, { ...placement, tags, image, size, created, spot, osDisk, dataDisks: data.attachments });
  attachNics(b, group, vm, publicIp, nsg);
  b.scope.virtualMachines.push(vm);
  applyVmCondition(b.scope, vm, 'running', created, new Map([osDisk, ...data.disks].map((d) => [d.id.toLowerCase(), d])));
}

function newVmPublicIp(b: ScopeBuilder, group: WorkloadGroup, placement: VmPlacement): AzurePublicIpAddress {
  const dnsLabel = b.rng.chance(0.5) ? `${placement.name}-${b.rng.hex(4)}` : null;
  const publicIp = newPublicIp(b, group.rg, `${placement.name}-pip`, placement.zones, { env: group.env }, dnsLabel);
  b.scope.publicIPAddresses.push(publicIp);
  return publicIp;
}

function newOsDisk(b: ScopeBuilder, group: WorkloadGroup, placement: VmPlacement): AzureDisk {
  const { rg, env, image, created } = group;
  const name = `${placement.name}_OsDisk_1_${b.rng.hex(32)}`;
  const sku: AzureDiskSkuName = b.rng.chance(0.7) ? 'Premium_LRS' : 'StandardSSD_LRS';
  const disk = newDisk(b, { rg, name, zones: placement.zones, sku, sizeGB: image.osDiskSizeGB, created, tags: { env }, image, managedBy: placement.id });
  b.scope.disks.push(disk);
  return disk;
}

function newDataDisks(b: ScopeBuilder, group: WorkloadGroup, placement: VmPlacement): { disks: AzureDisk[]; attachments: AzureVmDataDisk[] } {
  const { rng } = b;
  const { rg, env, team } = group;
  const disks: AzureDisk[] = [];
  const attachments: AzureVmDataDisk[] = [];
  const count = rng.weighted(DATA_DISKS_PER_VM);
  for (let lun = 0; lun < count; lun++) {
    const sku = rng.weighted(DATA_DISK_SKUS);
    const sizeGB = rng.pick([32, 64, 128, 256, 512, 1024]);
    const created = atSecond(group.created.getTime() + rng.int(1, 30) * MINUTE);
    const name = `${placement.name}-data-${lun + 1}`;
    const disk = newDisk(b, { rg, name, zones: placement.zones, sku, sizeGB, created, tags: { env, team }, managedBy: placement.id });
    b.scope.disks.push(disk);
    disks.push(disk);
    attachments.push(dataDiskAttachment(rng, lun, disk));
  }
  return { disks, attachments };
}

function dataDiskAttachment(rng: Random, lun: number, disk: AzureDisk): AzureVmDataDisk {
  return {
    lun,
    name: disk.name,
    createOption: 'Attach',
    caching: rng.pick(['None', 'ReadOnly'] as const),
    managedDisk: { id: disk.id, storageAccountType: disk.sku.name },
    deleteOption: rng.chance(0.3) ? 'Delete' : 'Detach',
    diskSizeGB: disk.properties.diskSizeGB,
    toBeDetached: false,
  };
}

/** A primary NIC, and for some VMs a second one; only the primary has the public IP and the VM's NSG. */
function attachNics(
  b: ScopeBuilder,
  group: WorkloadGroup,
  vm: AzureVirtualMachine,
  publicIp: AzurePublicIpAddress | undefined,
  nsg: AzureNetworkSecurityGroup | null,
): void {
  const { rg, env, tier } = group;
  const accelerated = group.size.acceleratedNetworking;
  const nics = [newNic(b, rg, `${vm.name}-nic01`, tier, { env }, { vm, primary: true, publicIp, nsgId: nsg?.id, accelerated })];
  if (b.rng.chance(0.15)) nics.push(newNic(b, rg, `${vm.name}-nic02`, tier, { env }, { vm, primary: false, accelerated }));
  vm.properties.networkProfile.networkInterfaces = nics.map((nic, i) => ({
    id: nic.id,
    properties: { primary: i === 0, deleteOption: i === 0 ? 'Delete' : 'Detach' },
  }));
  b.scope.networkInterfaces.push(...nics);
}
