// DescribeSnapshots. Every snapshot in the fleet is owned by its account: `Owner.N=self` (or the
// account id) selects them, `amazon` or another account selects none.
import type { Ec2Snapshot } from '../../fleet.js';
import { awsId, doesNotExist, fromScope, optionalTags, type DescribeFamily, type Ec2Context } from './describe.js';
import { names } from './filters.js';

const ownSnapshots = fromScope((s) => s.snapshots);

function visibleSnapshots(ctx: Ec2Context): Ec2Snapshot[] {
  const owners = ctx.params.list('Owner');
  const all = ownSnapshots(ctx);
  if (owners.length === 0) return all;
  const resolved = new Set(owners.map((o) => (o === 'self' ? ctx.account : o)));
  return all.filter((s) => resolved.has(s.ownerId));
}

export const snapshotsFamily: DescribeFamily<Ec2Snapshot> = {
  action: 'DescribeSnapshots',
  idLists: [
    {
      param: 'SnapshotId',
      pattern: awsId('snap'),
      malformedCode: 'InvalidSnapshotID.Malformed',
      notFoundCode: 'InvalidSnapshot.NotFound',
      notFoundMessage: doesNotExist('snapshot'),
      key: (s) => s.snapshotId,
    },
  ],
  // "If MaxResults is given a value larger than 1,000, only 1,000 results are returned."
  paging: { min: 5, max: 1000, aboveMax: 'cap', exclusiveWithIds: 'snapshotSet' },
  list: visibleSnapshots,
  filters: {
    tags: (s) => s.tags,
    unmodelled: names('owner-alias transfer-type'),
    fields: {
      'snapshot-id': (s) => s.snapshotId,
      'volume-id': (s) => s.volumeId,
      status: (s) => s.state,
      'owner-id': (s) => s.ownerId,
      description: (s) => s.description,
      encrypted: (s) => s.encrypted,
      progress: (s) => s.progress,
      'start-time': (s) => s.startTime,
      'volume-size': (s) => s.volumeSize,
      'storage-tier': (s) => s.storageTier,
    },
  },
  render: (snapshots) => ({
    snapshotSet: snapshots.map((s) => ({
      snapshotId: s.snapshotId,
      volumeId: s.volumeId,
      status: s.state,
      statusMessage: s.stateMessage,
      startTime: s.startTime,
      progress: s.progress,
      ownerId: s.ownerId,
      volumeSize: s.volumeSize,
      description: s.description,
      encrypted: s.encrypted,
      kmsKeyId: s.kmsKeyId,
      tagSet: optionalTags(s.tags),
      storageTier: s.storageTier,
    })),
  }),
};
