// DescribeVolumes.
import type { Ec2Volume } from '../../fleet.js';
import { awsId, doesNotExist, fromScope, optionalTags, type DescribeFamily } from './describe.js';
import { names } from './filters.js';
import { zoneId } from './joins.js';

export const volumesFamily: DescribeFamily<Ec2Volume> = {
  action: 'DescribeVolumes',
  idLists: [
    {
      param: 'VolumeId',
      pattern: awsId('vol'),
      malformedCode: 'InvalidVolumeID.Malformed',
      notFoundCode: 'InvalidVolume.NotFound',
      notFoundMessage: doesNotExist('volume'),
      key: (v) => v.volumeId,
    },
  ],
  // Above 500, EC2 returns 500 rather than failing.
  paging: { min: 5, max: 500, aboveMax: 'cap', exclusiveWithIds: 'volumeSet' },
  list: fromScope((s) => s.volumes),
  filters: {
    tags: (v) => v.tags,
    unmodelled: names('availability-zone-id fast-restored operator.managed operator.principal'),
    fields: {
      'volume-id': (v) => v.volumeId,
      status: (v) => v.state,
      'volume-type': (v) => v.volumeType,
      'availability-zone': (v) => v.availabilityZone,
      size: (v) => v.size,
      'snapshot-id': (v) => v.snapshotId,
      encrypted: (v) => v.encrypted,
      'create-time': (v) => v.createTime,
      'multi-attach-enabled': (v) => v.multiAttachEnabled,
      'attachment.instance-id': (v) => v.attachments.map((a) => a.instanceId),
      'attachment.device': (v) => v.attachments.map((a) => a.device),
      'attachment.status': (v) => v.attachments.map((a) => a.state),
      'attachment.attach-time': (v) => v.attachments.map((a) => a.attachTime),
      'attachment.delete-on-termination': (v) => v.attachments.map((a) => a.deleteOnTermination),
    },
  },
  render: (volumes, ctx) => ({
    volumeSet: volumes.map((v) => ({
      volumeId: v.volumeId,
      size: v.size,
      snapshotId: v.snapshotId,
      availabilityZone: v.availabilityZone,
      availabilityZoneId: zoneId(ctx.region, v.availabilityZone),
      status: v.state,
      createTime: v.createTime,
      attachmentSet: v.attachments.map((a) => ({
        volumeId: v.volumeId,
        instanceId: a.instanceId,
        device: a.device,
        status: a.state,
        attachTime: a.attachTime,
        deleteOnTermination: a.deleteOnTermination,
      })),
      volumeType: v.volumeType,
      iops: v.iops,
      throughput: v.throughput,
      encrypted: v.encrypted,
      kmsKeyId: v.kmsKeyId,
      tagSet: optionalTags(v.tags),
      multiAttachEnabled: v.multiAttachEnabled,
    })),
  }),
};
