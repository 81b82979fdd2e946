import { resolveEntity, resourceById } from '../../shared/resolve.js';
import type { SnapshotResolvers } from '../generated/resolvers-types.js';

export const Snapshot: SnapshotResolvers = {
  __resolveReference: (reference, context) => resolveEntity(context, 'snapshot', reference.id),
  volume: (snapshot, _args, context) => (snapshot.volumeId ? resourceById(context, 'volume', snapshot.volumeId) : null),
};
