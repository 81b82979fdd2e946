// The disks an instances.insert creates from its `initializeParams`: each a new zonal disk
// (READY, used by the instance) and its entry in the instance's `disks`.
import { computeUrl, gcpTimestamp, imageUrl, licenseUrl, type GceImageInfo } from '../fleet/catalogue.js';
import type { GceAttachedDisk, GceDisk } from '../fleet/types.js';
import { idFor } from './write-ids.js';
import { zoneOf, type WriteContext } from './write-context.js';

export interface DiskPlan {
  name: string;
  sizeGb: number;
  type: string;
  /** The boot disk's image; null for a blank data disk. */
  image: GceImageInfo | null;
  boot: boolean;
  autoDelete: boolean;
  deviceName: string;
}

/** Compute Engine's fingerprint of an empty label set. */
const EMPTY_LABEL_FINGERPRINT = '42WmSpB8rSM=';

export function newInstanceDisks(ctx: WriteContext, plans: readonly DiskPlan[], instanceLink: string): { disks: GceDisk[]; attached: GceAttachedDisk[] } {
  const disks = plans.map((plan) => newDisk(ctx, plan, instanceLink));
  const attached = plans.map((plan, index) => attachment(disks[index]!, plan, index));
  return { disks, attached };
}

function newDisk(ctx: WriteContext, plan: DiskPlan, instanceLink: string): GceDisk {
  const { project } = ctx.route;
  const zone = zoneOf(ctx);
  const now = gcpTimestamp(ctx.now());
  const selfLink = computeUrl.zonal(project, zone, 'disks', plan.name);
  return {
    kind: 'compute#disk',
    id: idFor('disk', selfLink, now),
    creationTimestamp: now,
    name: plan.name,
    sizeGb: String(plan.sizeGb),
    zone: computeUrl.zone(project, zone),
    status: 'READY',
    ...(plan.image ? { sourceImage: imageUrl(plan.image), sourceImageId: idFor('image', plan.image.image), licenses: [licenseUrl(plan.image)], architecture: plan.image.architecture } : {}),
    type: computeUrl.zonal(project, zone, 'diskTypes', plan.type),
    users: [instanceLink],
    lastAttachTimestamp: now,
    labels: {},
    labelFingerprint: EMPTY_LABEL_FINGERPRINT,
    physicalBlockSizeBytes: '4096',
    selfLink,
  };
}

function attachment(disk: GceDisk, plan: DiskPlan, index: number): GceAttachedDisk {
  return {
    kind: 'compute#attachedDisk',
    type: 'PERSISTENT',
    mode: 'READ_WRITE',
    source: disk.selfLink,
    deviceName: plan.deviceName,
    index,
    boot: plan.boot,
    autoDelete: plan.autoDelete,
    interface: 'SCSI',
    diskSizeGb: disk.sizeGb,
    ...(disk.licenses ? { licenses: [...disk.licenses] } : {}),
    ...(disk.architecture ? { architecture: disk.architecture } : {}),
  };
}
