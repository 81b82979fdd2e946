// The virtual machine resource as ARM returns it (its NICs are attached afterwards).
import type { AzureImageTemplate, AzureVmSizeInfo } from '../catalogue.js';
import { armTime } from '../time.js';
import type { AzureDisk, AzureTags, AzureVirtualMachine, AzureVmDataDisk } from '../types.js';
import type { ScopeBuilder } from './context.js';

export interface VmSpec {
  id: string;
  name: string;
  tags: AzureTags;
  zones: string[] | undefined;
  image: AzureImageTemplate;
  size: AzureVmSizeInfo;
  created: Date;
  spot: boolean;
  osDisk: AzureDisk;
  dataDisks: AzureVmDataDisk[];
}

export function newVirtualMachine(b: ScopeBuilder, spec: VmSpec): AzureVirtualMachine {
  const { name, zones, image, osDisk, spot } = spec;
  return {
    id: spec.id,
    name,
    type: 'Microsoft.Compute/virtualMachines',
    location: b.loc,
    tags: spec.tags,
    ...(zones ? { zones } : {}),
    properties: {
      vmId: b.rng.uuid(),
      hardwareProfile: { vmSize: spec.size.name },
      storageProfile: {
        imageReference: { publisher: image.publisher, offer: image.offer, sku: image.sku, version: 'latest', exactVersion: image.exactVersion },
        osDisk: {
          osType: image.osType,
          name: osDisk.name,
          createOption: 'FromImage',
          caching: 'ReadWrite',
          managedDisk: { id: osDisk.id, storageAccountType: osDisk.sku.name },
          deleteOption: 'Delete',
          diskSizeGB: image.osDiskSizeGB,
        },
        dataDisks: spec.dataDisks,
        diskControllerType: 'SCSI',
      },
      osProfile: osProfile(name, image),
      networkProfile: { networkInterfaces: [] },
      ...(image.architecture === 'x64'
        ? { securityProfile: { securityType: 'TrustedLaunch' as const, uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } }
        : {}),
      diagnosticsProfile: { bootDiagnostics: { enabled: true } },
      priority: spot ? 'Spot' : 'Regular',
      ...(spot ? { evictionPolicy: 'Deallocate' as const, billingProfile: { maxPrice: -1 } } : {}),
      provisioningState: 'Succeeded',
      timeCreated: armTime(spec.created),
    },
    instanceView: {
      computerName: name,
      osName: image.osName,
      osVersion: image.osVersion,
      hyperVGeneration: image.hyperVGeneration,
      statuses: [],
    },
    sim: { condition: 'running', activity: [] },
  };
}

function osProfile(computerName: string, image: AzureImageTemplate): AzureVirtualMachine['properties']['osProfile'] {
  const windows = image.osType === 'Windows';
  return {
    computerName,
    adminUsername: windows ? 'fleetadmin' : 'azureuser',
    ...(windows
      ? { windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: true } }
      : { linuxConfiguration: { disablePasswordAuthentication: true, provisionVMAgent: true } }),
    secrets: [],
    allowExtensionOperations: true,
    requireGuestProvisionSignal: true,
  };
}
