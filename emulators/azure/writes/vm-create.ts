// virtualMachines.createOrUpdate (PUT): idempotent by name — a PUT of an existing VM is an update
// (its size and tags; a changed image is refused), never a second VM. A new VM comes with its OS
// disk and empty data disks (managed disks created with it, deleted with it) and a NIC from its
// networkInterfaceConfigurations, appears at once as Creating, and runs after the operation's
// steps — or ends Failed when its location has no capacity.
import { AZURE_IMAGES, diskPerformance, type AzureDiskSkuName, type AzureImageTemplate } from '../fleet/catalogue.js';
import type { AzureDisk, AzureNetworkInterface, AzureVirtualMachine, AzureVmDataDisk } from '../fleet/types.js';
import { armTime } from '../fleet/time.js';
import { statusesFor } from '../fleet/state.js';
import { serializeVm } from '../joins.js';
import { ArmError, armErrors } from '../errors.js';
import { ArmReply } from './async-operations.js';
import { requireSize } from './capacity.js';
import { findVm, type WriteContext, type WriteTarget } from './context.js';
import { applyUpdate } from './vm-update.js';
import { nicFor, subnetOf } from './vm-network.js';

type Body = Record<string, unknown>;
const obj = (value: unknown): Body => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {});
const GIB = 1024 ** 3;

export function putVm(ctx: WriteContext, t: WriteTarget, body: Body): ArmReply {
  const existing = findVm(ctx, t);
  if (existing) return updateExisting(ctx, t, existing, body);
  const location = String(body['location'] ?? '').toLowerCase();
  const scope = ctx.fleet.scope(t.subscriptionId, location);
  if (!scope) throw new ArmError(400, 'LocationNotAvailableForResourceType', `The provided location '${location}' is not available for resource type 'Microsoft.Compute/virtualMachines'.`);
  if (!scope.resourceGroups.some((rg) => rg.toLowerCase() === t.resourceGroup.toLowerCase())) throw armErrors.resourceGroupNotFound(t.resourceGroup);
  const properties = obj(body['properties']);
  const size = requireSize(obj(properties['hardwareProfile'])['vmSize'], location);
  const storage = obj(properties['storageProfile']);
  const image = imageOf(obj(storage['imageReference']));
  const subnet = subnetOf(ctx, properties);
  ctx.capacity.requireCores(t.subscriptionId, location, size.vCPUs);

  const id = `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Compute/virtualMachines/${t.name}`;
  const zones = Array.isArray(body['zones']) ? (body['zones'] as unknown[]).map(String) : undefined;
  const tags = Object.fromEntries(Object.entries(obj(body['tags'])).map(([k, v]) => [k, String(v)]));
  const osDiskSpec = obj(storage['osDisk']);
  const osDisk = newDisk(ctx, t, location, zones, `${t.name}_OsDisk_1_${ctx.random.hex(32)}`, skuOf(osDiskSpec), Number(osDiskSpec['diskSizeGB'] ?? image.osDiskSizeGB), id, image);
  const dataDisks = (Array.isArray(storage['dataDisks']) ? (storage['dataDisks'] as unknown[]) : []).map(obj).map((spec, i): [AzureDisk, AzureVmDataDisk] => {
    const lun = typeof spec['lun'] === 'number' ? spec['lun'] : i;
    const disk = newDisk(ctx, t, location, zones, `${t.name}_DataDisk_${lun}_${ctx.random.hex(8)}`, skuOf(spec), Number(spec['diskSizeGB'] ?? 32), id);
    return [disk, { lun, name: disk.name, createOption: 'Empty', caching: 'None', managedDisk: { id: disk.id, storageAccountType: disk.sku.name }, deleteOption: 'Delete', diskSizeGB: disk.properties.diskSizeGB, toBeDetached: false }];
  });
  const nic: AzureNetworkInterface = nicFor(ctx, t, location, subnet, properties, tags);
  const vm = newVm(ctx, id, t.name, location, zones, tags, image, size.name, osDisk, dataDisks.map(([, d]) => d), nic.id);
  nic.properties.virtualMachine = { id };
  for (const disk of [osDisk, ...dataDisks.map(([d]) => d)]) ctx.fleet.addResource('disks', disk);
  ctx.fleet.addResource('networkInterfaces', nic);
  vm.instanceView.statuses = statusesFor(vm, 'creating', ctx.now());
  ctx.fleet.addResource('virtualMachines', vm);
  const steps = [
    () => (ctx.capacity.allocate(location, size.name), ctx.fleet.setVmCondition(vm.id, 'starting')),
    () => void ctx.fleet.setVmCondition(vm.id, 'running'),
  ];
  const operation = ctx.operations.start(t.subscriptionId, location, steps, (failed) => {
    if (failed) ctx.fleet.setVmCondition(vm.id, 'failed');
  });
  return new ArmReply(201, serializeVm(vm, false), ctx.operations.headersOf(operation, t.origin, false));
}

function updateExisting(ctx: WriteContext, t: WriteTarget, vm: AzureVirtualMachine, body: Body): ArmReply {
  const image = obj(obj(obj(body['properties'])['storageProfile'])['imageReference']);
  const current = vm.properties.storageProfile.imageReference;
  const differs = ['publisher', 'offer', 'sku'].some((k) => image[k] !== undefined && String(image[k]).toLowerCase() !== String(current[k as keyof typeof current]).toLowerCase());
  if (differs) throw new ArmError(409, 'PropertyChangeNotAllowed', "Changing property 'imageReference' is not allowed.", {}, 'imageReference');
  return applyUpdate(ctx, t, vm, body);
}

/** A Marketplace image by publisher, offer and sku ("latest" or its exact version); 404 PlatformImageNotFound otherwise. */
function imageOf(ref: Body): AzureImageTemplate {
  const same = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
  const found = AZURE_IMAGES.find((i) => same(ref['publisher'], i.publisher) && same(ref['offer'], i.offer) && same(ref['sku'], i.sku) && (ref['version'] === undefined || same(ref['version'], 'latest') || same(ref['version'], i.exactVersion)));
  if (found) return found;
  const urn = [ref['publisher'], ref['offer'], ref['sku'], ref['version'] ?? 'latest'].map(String).join(':');
  throw new ArmError(404, 'PlatformImageNotFound', `The platform image '${urn}' is not available. Verify that all fields in the storage profile are correct. For more details about storage profile information, please refer to https://aka.ms/storageprofile`);
}

function skuOf(spec: Body): AzureDiskSkuName {
  const name = obj(spec['managedDisk'])['storageAccountType'];
  return name === 'Standard_LRS' || name === 'StandardSSD_LRS' || name === 'Premium_ZRS' ? name : 'Premium_LRS';
}

function newDisk(ctx: WriteContext, t: WriteTarget, location: string, zones: string[] | undefined, name: string, sku: AzureDiskSkuName, sizeGB: number, vmId: string, image?: AzureImageTemplate): AzureDisk {
  const perf = diskPerformance(sku, sizeGB);
  return {
    id: `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Compute/disks/${name}`,
    name,
    type: 'Microsoft.Compute/disks',
    location,
    tags: {},
    ...(zones ? { zones } : {}),
    managedBy: vmId,
    sku: { name: sku, tier: sku.startsWith('Premium') ? 'Premium' : 'Standard' },
    properties: {
      ...(image ? { osType: image.osType, hyperVGeneration: image.hyperVGeneration } : {}),
      creationData: image ? { createOption: 'FromImage', imageReference: { id: `/Subscriptions/${t.subscriptionId}/Providers/Microsoft.Compute/Locations/${location}/Publishers/${image.publisher}/ArtifactTypes/VMImage/Offers/${image.offer}/Skus/${image.sku}/Versions/${image.exactVersion}` } } : { createOption: 'Empty' },
      diskSizeGB: sizeGB,
      diskSizeBytes: sizeGB * GIB,
      uniqueId: ctx.random.uuid(),
      provisioningState: 'Succeeded',
      diskIOPSReadWrite: perf.iops,
      diskMBpsReadWrite: perf.mbps,
      diskState: 'Attached',
      timeCreated: armTime(ctx.now()),
      encryption: { type: 'EncryptionAtRestWithPlatformKey' },
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      ...(sku.startsWith('Premium') ? { tier: perf.tier } : {}),
    },
  };
}

function newVm(ctx: WriteContext, id: string, name: string, location: string, zones: string[] | undefined, tags: Record<string, string>, image: AzureImageTemplate, vmSize: string, osDisk: AzureDisk, dataDisks: AzureVmDataDisk[], nicId: string): AzureVirtualMachine {
  const windows = image.osType === 'Windows';
  return {
    id,
    name,
    type: 'Microsoft.Compute/virtualMachines',
    location,
    tags,
    ...(zones ? { zones } : {}),
    properties: {
      vmId: ctx.random.uuid(),
      hardwareProfile: { vmSize },
      storageProfile: {
        imageReference: { publisher: image.publisher, offer: image.offer, sku: image.sku, version: 'latest', exactVersion: image.exactVersion },
        osDisk: { osType: image.osType, name: osDisk.name, createOption: 'FromImage', caching: 'ReadWrite', managedDisk: { id: osDisk.id, storageAccountType: osDisk.sku.name }, deleteOption: 'Delete', diskSizeGB: osDisk.properties.diskSizeGB },
        dataDisks,
        diskControllerType: 'SCSI',
      },
      osProfile: {
        computerName: name,
        adminUsername: windows ? 'fleetadmin' : 'azureuser',
        ...(windows ? { windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: true } } : { linuxConfiguration: { disablePasswordAuthentication: true, provisionVMAgent: true } }),
        secrets: [],
        allowExtensionOperations: true,
        requireGuestProvisionSignal: true,
      },
      networkProfile: { networkInterfaces: [{ id: nicId, properties: { primary: true, deleteOption: 'Delete' } }] },
      diagnosticsProfile: { bootDiagnostics: { enabled: true } },
      priority: 'Regular',
      provisioningState: 'Creating',
      timeCreated: armTime(ctx.now()),
    },
    instanceView: { computerName: name, osName: image.osName, osVersion: image.osVersion, hyperVGeneration: image.hyperVGeneration, statuses: [] },
    sim: { condition: 'creating', activity: [] },
  };
}
