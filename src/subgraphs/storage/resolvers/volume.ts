import type { VirtualMachine } from '../../../providers/types.js';
import { entityReference } from '../../shared/entity-reference.js';
import { resolveEntity, resourceById } from '../../shared/resolve.js';
import type { VolumeAttachmentResolvers, VolumeResolvers } from '../generated/resolvers-types.js';

export const Volume: VolumeResolvers = {
  __resolveReference: (reference, context) => resolveEntity(context, 'volume', reference.id),
  sourceSnapshot: (volume, _args, context) => (volume.snapshotId ? resourceById(context, 'snapshot', volume.snapshotId) : null),
};

export const VolumeAttachment: VolumeAttachmentResolvers = {
  vm: (attachment) => entityReference<VirtualMachine>(attachment.vmId),
};
