// What a region holds beside its instances: loose disks in every disk status, a regional disk
// replicated across two zones, and spare addresses (reserved, reserving and one internal).
import { DAY, beforeEpoch } from '../../../kit/time.js';
import { GCE_IMAGES, computeUrl, imageUrl, licenseUrl } from '../catalogue.js';
import type { GceDiskStatus } from '../types.js';
import { createdBefore, type RegionBuilder } from './context.js';
import { newAddress, newDisk } from './resources.js';

/** Each loose disk in turn takes one of these; the rest are READY. */
const LOOSE_DISK_STATUSES: GceDiskStatus[] = ['CREATING', 'RESTORING', 'FAILED', 'UNAVAILABLE', 'DELETING'];

export function addLeftovers(b: RegionBuilder): void {
  addLooseDisks(b);
  addRegionalDisk(b);
  addSpareAddresses(b);
}

function addLooseDisks(b: RegionBuilder): void {
  const { rng, region } = b;
  const r = region.region;
  const count = Math.max(LOOSE_DISK_STATUSES.length + 1, Math.round(b.vmsPerRegion / 10));
  for (let k = 0; k < count; k++) {
    const zone = rng.pick(region.zones);
    const status = LOOSE_DISK_STATUSES[k] ?? 'READY';
    const image = rng.pick(GCE_IMAGES);
    b.regionData.disks.push(
      newDisk(b, `scratch-${r}-${k + 1}`, zone, rng.pick([10, 50, 100, 250]), rng.pick(['pd-standard', 'pd-balanced']), beforeEpoch(rng.int(DAY, 200 * DAY)), {
        status,
        labels: rng.chance(0.5) ? { purpose: 'scratch' } : {},
        ...(status === 'RESTORING' ? { sourceImage: imageUrl(image), sourceImageId: b.allocator.id(rng), licenses: [licenseUrl(image)], architecture: image.architecture } : {}),
        ...(rng.chance(0.3) ? { lastDetachTimestamp: createdBefore(rng, DAY, 30 * DAY) } : {}),
      }),
    );
  }
}

function addRegionalDisk(b: RegionBuilder): void {
  const { projectId: p } = b;
  const r = b.region.region;
  const name = `shared-${r}-regional`;
  const zones = b.region.zones.slice(0, 2);
  const { zone: _zone, ...regional } = newDisk(b, name, zones[0]!, 200, 'pd-balanced', beforeEpoch(b.rng.int(10 * DAY, 100 * DAY)), {
    labels: { purpose: 'ha-data' },
  });
  b.regionData.disks.push({
    ...regional,
    region: computeUrl.region(p, r),
    replicaZones: zones.map((z) => computeUrl.zone(p, z)),
    type: computeUrl.regional(p, r, 'diskTypes', 'pd-balanced'),
    selfLink: computeUrl.regional(p, r, 'disks', name),
  });
}

function addSpareAddresses(b: RegionBuilder): void {
  const r = b.region.region;
  const lbSubnet = b.networks.vpc.subnets.get(r)![0]!;
  b.regionData.addresses.push(
    newAddress(b, `reserved-${r}-1`, { description: 'kept for the next release' }),
    newAddress(b, `reserved-${r}-2`, { networkTier: 'STANDARD', labels: { team: 'platform' } }),
    newAddress(b, `pending-${r}-1`, { status: 'RESERVING' }),
    newAddress(b, `internal-${r}-lb`, {
      addressType: 'INTERNAL',
      purpose: 'GCE_ENDPOINT',
      description: 'internal load balancer',
      address: b.pools.get(lbSubnet.selfLink)!.allocate(),
      subnetwork: lbSubnet.selfLink,
    }),
  );
}
