// The AWS fleet's billable items: each instance accrues its on-demand price while it runs
// (service "Amazon Elastic Compute Cloud - Compute"), each EBS volume and snapshot its
// per-GiB-month price while it exists ("EC2 - Other", as Cost Explorer files EBS; a snapshot is
// billed at its full size here, where AWS bills the changed blocks). Prices come from the
// emulator's own price list, so the bill and the Price List API agree.
import { Decimal } from 'decimal.js';
import { hourlyOfMonthly, type BillableItem } from '../../kit/billing.js';
import type { AwsFleet } from '../fleet/fleet.js';
import type { AwsTag, Ec2Instance, Ec2Snapshot, Ec2Volume } from '../fleet/types.js';

export const EC2_COMPUTE_SERVICE = 'Amazon Elastic Compute Cloud - Compute';
export const EC2_OTHER_SERVICE = 'EC2 - Other';

/** The emulator's price list, as the bill reads it. Decimal strings in USD; undefined when not listed. */
export interface AwsPriceList {
  instanceHourly(instanceType: string, region: string, os: 'LINUX' | 'WINDOWS'): string | undefined;
  storageMonthlyPerGiB(volumeType: string, region: string): string | undefined;
  snapshotMonthlyPerGiB(region: string): string | undefined;
}

export function awsBillableItems(fleet: AwsFleet, prices: AwsPriceList): BillableItem[] {
  return fleet.scopes().flatMap((scope) => [
    ...scope.instances.flatMap((instance) => instanceItem(instance, scope.account, scope.region, prices)),
    ...scope.volumes.flatMap((volume) => volumeItem(volume, scope.account, scope.region, prices)),
    ...scope.snapshots.flatMap((snapshot) => snapshotItem(snapshot, scope.account, scope.region, prices)),
  ]);
}

function instanceItem(instance: Ec2Instance, account: string, region: string, prices: AwsPriceList): BillableItem[] {
  const hourly = prices.instanceHourly(instance.instanceType, region, instance.platform === 'windows' ? 'WINDOWS' : 'LINUX');
  if (hourly === undefined) return [];
  return [
    {
      resourceId: instance.instanceId,
      account,
      region,
      service: EC2_COMPUTE_SERVICE,
      usageType: `BoxUsage:${instance.instanceType}`,
      tags: tagsOf(instance.tags),
      currency: 'USD',
      hourly,
      accrues: instance.sim.activity,
    },
  ];
}

function volumeItem(volume: Ec2Volume, account: string, region: string, prices: AwsPriceList): BillableItem[] {
  const perGiB = prices.storageMonthlyPerGiB(volume.volumeType, region);
  if (perGiB === undefined || volume.state === 'deleted') return [];
  return [
    {
      resourceId: volume.volumeId,
      account,
      region,
      service: EC2_OTHER_SERVICE,
      usageType: `EBS:VolumeUsage.${volume.volumeType}`,
      tags: tagsOf(volume.tags),
      currency: 'USD',
      hourly: hourlyOfMonthly(new Decimal(perGiB).times(volume.size)),
      accrues: [{ from: volume.createTime, to: null }],
    },
  ];
}

function snapshotItem(snapshot: Ec2Snapshot, account: string, region: string, prices: AwsPriceList): BillableItem[] {
  const perGiB = prices.snapshotMonthlyPerGiB(region);
  if (perGiB === undefined || snapshot.state !== 'completed') return [];
  return [
    {
      resourceId: snapshot.snapshotId,
      account,
      region,
      service: EC2_OTHER_SERVICE,
      usageType: 'EBS:SnapshotUsage',
      tags: tagsOf(snapshot.tags),
      currency: 'USD',
      hourly: hourlyOfMonthly(new Decimal(perGiB).times(snapshot.volumeSize)),
      accrues: [{ from: snapshot.startTime, to: null }],
    },
  ];
}

function tagsOf(tags: readonly AwsTag[]): Record<string, string> {
  return Object.fromEntries(tags.map((t) => [t.key, t.value]));
}
