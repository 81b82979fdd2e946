// Managed disks: a VM's OS and data disks, and loose ones.
import { diskPerformance, type AzureDiskSkuName, type AzureImageTemplate } from '../catalogue.js';
import { armTime } from '../time.js';
import type { AzureDisk, AzureTags } from '../types.js';
import type { ScopeBuilder } from './context.js';

const GIB = 1024 ** 3;

export interface DiskSpec {
  rg: string;
  name: string;
  zones: string[] | undefined;
  sku: AzureDiskSkuName;
  sizeGB: number;
  created: Date;
  tags: AzureTags;
  /** The image an OS disk was created from. */
  image?: AzureImageTemplate;
  /** The VM the disk is attached to. */
  managedBy?: string;
}

export function newDisk(b: ScopeBuilder, spec: DiskSpec): AzureDisk {
  const { rg, name, zones, sku, sizeGB, image, managedBy } = spec;
  const perf = diskPerformance(sku, sizeGB);
  const cmk = b.rng.chance(0.15);
  return {
    id: b.armId(rg, 'Microsoft.Compute', 'disks', name),
    name,
    type: 'Microsoft.Compute/disks',
    location: b.loc,
    tags: spec.tags,
    ...(zones ? { zones } : {}),
    ...(managedBy ? { managedBy } : {}),
    sku: { name: sku, tier: sku.startsWith('Premium') ? 'Premium' : 'Standard' },
    properties: {
      ...(image ? { osType: image.osType, hyperVGeneration: image.hyperVGeneration } : {}),
      creationData: image
        ? {
            createOption: 'FromImage',
            imageReference: {
              // ARM writes this reference with capitalised segments.
              id: `/Subscriptions/${b.subscriptionId}/Providers/Microsoft.Compute/Locations/${b.loc}/Publishers/${image.publisher}/ArtifactTypes/VMImage/Offers/${image.offer}/Skus/${image.sku}/Versions/${image.exactVersion}`,
            },
          }
        : { createOption: 'Empty' },
      diskSizeGB: sizeGB,
      diskSizeBytes: sizeGB * GIB,
      uniqueId: b.rng.uuid(),
      provisioningState: 'Succeeded',
      diskIOPSReadWrite: perf.iops,
      diskMBpsReadWrite: perf.mbps,
      diskState: managedBy ? 'Attached' : 'Unattached',
      timeCreated: armTime(spec.created),
      encryption: cmk
        ? {
            type: 'EncryptionAtRestWithCustomerKey',
            diskEncryptionSetId: `/subscriptions/${b.subscriptionId}/resourceGroups/rg-security-${b.loc}/providers/Microsoft.Compute/diskEncryptionSets/des-${b.loc}`,
          }
        : { type: 'EncryptionAtRestWithPlatformKey' },
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      ...(sku.startsWith('Premium') ? { tier: perf.tier } : {}),
    },
  };
}
