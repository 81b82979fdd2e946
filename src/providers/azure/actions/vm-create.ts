// createVm (virtualMachines.createOrUpdate, a PUT): the VM with its OS disk, empty data disks and
// a NIC made from networkInterfaceConfigurations, all deleted with the VM. Azure has no default
// network, so a subnet is required; the VM goes into the subnet's resource group. ARM's PUT is
// idempotent by name — the same name twice updates the one VM, never makes a second — which is
// how the idempotency key is honoured (no client token exists). The image is a Marketplace URN
// (publisher:offer:sku:version) or an image resource id. A dry run checks the location, the size
// (Resource SKUs) and the subnet; the quota shows only when the PUT is sent.
import type { VirtualMachine } from '@azure/arm-compute';
import type { ActionOptions, CreateVmSpec, StartedAction } from '../../actions.js';
import { globalId, parseGlobalIdOfKind } from '../../ids.js';
import { canonicalArmId, parseArmId } from '../arm-ids.js';
import type { SubscriptionContext } from '../context.js';
import { offersSize } from './reads.js';
import { checkLocation, subscriptionScope, type ContextFor } from './targets.js';
import { begin } from './tracking.js';
import { refused, writeCall } from './write-errors.js';

const OPERATION = 'virtualMachines.createOrUpdate';

export async function startCreate(contextFor: ContextFor, spec: CreateVmSpec, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(subscriptionScope(spec.scope.account), OPERATION);
  const location = spec.scope.region.toLowerCase();
  checkLocation(ctx, location, OPERATION);
  const subnetId = subnetOf(ctx, spec);
  const resourceGroup = parseArmId(subnetId)!.resourceGroup;
  if (options.dryRun) {
    if (!(await offersSize(ctx, location, spec.instanceType))) throw refused('INVALID_INPUT', ctx.scope, OPERATION, `size ${spec.instanceType} is not offered in ${location}`, 'SkuNotAvailable');
    await requireSubnet(ctx, subnetId);
    return null;
  }
  const id = `/subscriptions/${ctx.subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/virtualMachines/${spec.name}`;
  const resourceId = globalId({ provider: 'azure', account: ctx.subscriptionId, region: location }, 'vm', canonicalArmId(id));
  const vms = ctx.pool.compute(ctx.subscriptionId).virtualMachines;
  return begin(ctx, OPERATION, () => vms.createOrUpdate(resourceGroup, spec.name, bodyOf(ctx, spec, location, subnetId)), resourceId);
}

function subnetOf(ctx: SubscriptionContext, spec: CreateVmSpec): string {
  if (!spec.subnetId) throw refused('INVALID_INPUT', ctx.scope, OPERATION, 'Azure has no default network: createVm needs a subnetId');
  const subnet = parseGlobalIdOfKind(spec.subnetId, 'subnet');
  const parts = parseArmId(subnet.nativeId);
  if (subnet.provider !== 'azure' || !parts || parts.subscriptionId !== ctx.subscriptionId) throw refused('INVALID_INPUT', ctx.scope, OPERATION, `subnet ${spec.subnetId} is not in subscription ${ctx.subscriptionId}`);
  return subnet.nativeId;
}

async function requireSubnet(ctx: SubscriptionContext, subnetId: string): Promise<void> {
  const [, , , , rg, , , , vnet, , subnet] = subnetId.split('/');
  const client = ctx.pool.network(ctx.subscriptionId);
  await writeCall(ctx, 'subnets.get', () => client.subnets.get(rg!, vnet!, subnet!), { notFoundIsInput: true });
}

/** A Marketplace URN, or an image resource id. */
function imageOf(ctx: SubscriptionContext, image: string): NonNullable<VirtualMachine['storageProfile']>['imageReference'] {
  if (image.startsWith('/')) return { id: image };
  const [publisher, offer, sku, version] = image.split(':');
  if (!publisher || !offer || !sku) throw refused('INVALID_INPUT', ctx.scope, OPERATION, `image "${image}" is neither publisher:offer:sku[:version] nor an image resource id`);
  return { publisher, offer, sku, version: version ?? 'latest' };
}

function bodyOf(ctx: SubscriptionContext, spec: CreateVmSpec, location: string, subnetId: string): VirtualMachine {
  const zone = spec.zone ? spec.zone.split('-').pop()! : null;
  const nsg = spec.securityGroupIds[0] ? parseGlobalIdOfKind(spec.securityGroupIds[0], 'securityGroup').nativeId : null;
  return {
    location,
    ...(zone ? { zones: [zone] } : {}),
    tags: Object.fromEntries(spec.tags.map((t) => [t.key, t.value])),
    hardwareProfile: { vmSize: spec.instanceType },
    storageProfile: {
      imageReference: imageOf(ctx, spec.image),
      osDisk: { createOption: 'FromImage', deleteOption: 'Delete', managedDisk: { storageAccountType: 'Premium_LRS' }, ...(spec.bootDiskGiB ? { diskSizeGB: spec.bootDiskGiB } : {}) },
      dataDisks: spec.dataDisks.map((d, lun) => ({ lun, createOption: 'Empty', deleteOption: 'Delete', diskSizeGB: d.sizeGiB, managedDisk: { storageAccountType: (d.volumeType ?? 'Premium_LRS') as 'Premium_LRS' } })),
    },
    osProfile: { computerName: spec.name.slice(0, 64), adminUsername: 'azureuser', linuxConfiguration: { disablePasswordAuthentication: true } },
    networkProfile: {
      networkApiVersion: '2020-11-01',
      networkInterfaceConfigurations: [
        { name: `${spec.name}-nic`, primary: true, deleteOption: 'Delete', ...(nsg ? { networkSecurityGroup: { id: nsg } } : {}), ipConfigurations: [{ name: 'ipconfig1', subnet: { id: subnetId } }] },
      ],
    },
  };
}
