// The regional resources instances and leftovers are made of: zonal disks and external or
// internal addresses. Extra fields override the defaults.
import { DAY } from '../../../kit/time.js';
import { computeUrl, gcpTimestamp } from '../catalogue.js';
import type { GceAddress, GceDisk } from '../types.js';
import { DEFAULT_LABEL_FINGERPRINT, createdBefore, type RegionBuilder } from './context.js';

export function newAddress(b: RegionBuilder, name: string, extra: Partial<GceAddress>): GceAddress {
  const { rng, projectId: p, region } = b;
  return {
    kind: 'compute#address',
    id: b.allocator.id(rng),
    creationTimestamp: createdBefore(rng, 30 * DAY, 400 * DAY),
    name,
    description: '',
    address: extra.address ?? b.allocator.publicIp(rng, region),
    region: computeUrl.region(p, region.region),
    status: 'RESERVED',
    addressType: 'EXTERNAL',
    // Internal addresses have no network tier.
    ...(extra.addressType === 'INTERNAL' ? {} : { networkTier: 'PREMIUM' as const }),
    ipVersion: 'IPV4',
    labels: {},
    labelFingerprint: DEFAULT_LABEL_FINGERPRINT,
    selfLink: computeUrl.regional(p, region.region, 'addresses', name),
    ...extra,
  };
}

export function newDisk(b: RegionBuilder, name: string, zone: string, sizeGb: number, type: string, created: Date, extra: Partial<GceDisk>): GceDisk {
  const p = b.projectId;
  return {
    kind: 'compute#disk',
    id: b.allocator.id(b.rng),
    creationTimestamp: gcpTimestamp(created),
    name,
    sizeGb: String(sizeGb),
    zone: computeUrl.zone(p, zone),
    status: 'READY',
    type: computeUrl.zonal(p, zone, 'diskTypes', type),
    labels: {},
    labelFingerprint: DEFAULT_LABEL_FINGERPRINT,
    physicalBlockSizeBytes: '4096',
    selfLink: computeUrl.zonal(p, zone, 'disks', name),
    ...extra,
  };
}
