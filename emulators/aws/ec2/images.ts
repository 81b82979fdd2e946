// DescribeImages: the public images of the region the fleet launches from (the same names in
// every region, region-specific ids). Not paged; the fleet has a handful.
import { imagesFor } from '../fleet/catalogue.js';
import type { Ec2Image } from '../../fleet.js';
import { awsId, doesNotExist, type DescribeFamily } from './describe.js';

export const imagesFamily: DescribeFamily<Ec2Image> = {
  action: 'DescribeImages',
  idLists: [
    {
      param: 'ImageId',
      pattern: awsId('ami'),
      malformedCode: 'InvalidAMIID.Malformed',
      notFoundCode: 'InvalidAMIID.NotFound',
      notFoundMessage: doesNotExist('image id', 'image ids'),
      key: (i) => i.imageId,
    },
  ],
  paging: null,
  list: (ctx) => (ctx.fleet.aws.isKnownRegion(ctx.region) ? imagesFor(ctx.region) : []),
  filters: {
    fields: {
      'image-id': (i) => i.imageId,
      name: (i) => i.name,
      architecture: (i) => i.architecture,
      platform: (i) => i.platform,
      'root-device-name': (i) => i.rootDeviceName,
      'owner-alias': () => 'amazon',
      'is-public': () => true,
      state: () => 'available',
    },
  },
  render: (images) => ({
    imagesSet: images.map((i) => ({
      imageId: i.imageId,
      name: i.name,
      imageState: 'available',
      imageOwnerAlias: 'amazon',
      isPublic: true,
      architecture: i.architecture,
      imageType: 'machine',
      platform: i.platform,
      platformDetails: i.platformDetails,
      usageOperation: i.usageOperation,
      rootDeviceType: 'ebs',
      rootDeviceName: i.rootDeviceName,
      virtualizationType: 'hvm',
      blockDeviceMapping: [{ deviceName: i.rootDeviceName, ebs: { snapshotId: i.rootSnapshotId, volumeSize: i.rootSizeGiB, deleteOnTermination: true, volumeType: 'gp3', encrypted: false } }],
    })),
  }),
};
