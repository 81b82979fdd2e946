// An instance's disks: the boot disk (named after the instance, as the console does) and 0–2
// data disks, each a disk of the region and an entry in the instance's `disks`.
import { MINUTE, atSecond } from '../../../kit/time.js';
import { DATA_DISKS_PER_VM } from '../../../kit/workloads.js';
import { gcpTimestamp, imageUrl, licenseUrl } from '../catalogue.js';
import type { GceAttachedDisk, GceDisk } from '../types.js';
import type { RegionBuilder } from './context.js';
import type { InstanceIdentity, WorkloadGroup } from './workload.js';
import { newDisk } from './resources.js';

export function attachDisks(b: RegionBuilder, group: WorkloadGroup, identity: InstanceIdentity): GceAttachedDisk[] {
  const nvme = group.machine.machineType.startsWith('c3-') || group.machine.machineType.startsWith('t2a-');
  const attached = [attachBootDisk(b, group, identity, nvme)];
  const dataDisks = b.rng.weighted(DATA_DISKS_PER_VM);
  for (let d = 0; d < dataDisks; d++) attached.push(attachDataDisk(b, group, identity, nvme, d + 1));
  return attached;
}

function attachBootDisk(b: RegionBuilder, group: WorkloadGroup, identity: InstanceIdentity, nvme: boolean): GceAttachedDisk {
  const { rng } = b;
  const { bootImage, zone } = group.machine;
  const bootType = rng.weighted([
    ['pd-balanced', 7],
    ['pd-ssd', 2],
    ['pd-standard', 1],
  ] as const);
  const bootSize = Math.max(bootImage.sizeGb, rng.pick([10, 10, 20, 30, 50]));
  const boot = newDisk(b, identity.name, zone, bootSize, bootType, group.launch, {
    sourceImage: imageUrl(bootImage),
    sourceImageId: b.allocator.id(rng),
    licenses: [licenseUrl(bootImage)],
    ...(bootImage.windows ? { guestOsFeatures: [{ type: 'WINDOWS' }, { type: 'VIRTIO_SCSI_MULTIQUEUE' }] } : {}),
    architecture: bootImage.architecture,
    users: [identity.selfLink],
    lastAttachTimestamp: gcpTimestamp(group.launch),
    labels: { ...identity.labels },
  });
  b.regionData.disks.push(boot);
  return {
    ...attachment(boot, 'persistent-disk-0', 0, true, nvme),
    licenses: [licenseUrl(bootImage)],
    ...(bootImage.windows ? { guestOsFeatures: [{ type: 'WINDOWS' }] } : {}),
    architecture: bootImage.architecture,
  };
}

function attachDataDisk(b: RegionBuilder, group: WorkloadGroup, identity: InstanceIdentity, nvme: boolean, index: number): GceAttachedDisk {
  const { rng } = b;
  const type = rng.weighted([
    ['pd-balanced', 5],
    ['pd-ssd', 2],
    ['hyperdisk-balanced', 1],
  ] as const);
  const size = rng.pick([50, 100, 200, 500, 1000]);
  const name = `${identity.name}-data-${index}`;
  const attachedAt = atSecond(group.launch.getTime() + rng.int(1, 30) * MINUTE);
  const kmsKeyName = `projects/${b.projectId}/locations/${b.region.region}/keyRings/fleet/cryptoKeys/disks/cryptoKeyVersions/1`;
  const disk = newDisk(b, name, group.machine.zone, size, type, attachedAt, {
    users: [identity.selfLink],
    lastAttachTimestamp: gcpTimestamp(attachedAt),
    labels: { env: group.env, team: group.team },
    ...(type === 'hyperdisk-balanced' ? { provisionedIops: String(rng.pick([3000, 6000, 10000])), provisionedThroughput: String(rng.pick([140, 290, 600])) } : {}),
    ...(rng.chance(0.2) ? { diskEncryptionKey: { kmsKeyName } } : {}),
  });
  b.regionData.disks.push(disk);
  return attachment(disk, name, index, false, nvme);
}

/** A persistent disk attached read-write; the boot disk goes when the instance is deleted, data disks stay. */
function attachment(disk: GceDisk, deviceName: string, index: number, boot: boolean, nvme: boolean): GceAttachedDisk {
  return {
    kind: 'compute#attachedDisk',
    type: 'PERSISTENT',
    mode: 'READ_WRITE',
    source: disk.selfLink,
    deviceName,
    index,
    boot,
    autoDelete: boot,
    interface: nvme ? 'NVME' : 'SCSI',
    diskSizeGb: disk.sizeGb,
  };
}
