import { listConnection, resourceById } from '../../shared/resolve.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const Query: QueryResolvers = {
  volumes: (_parent, { filter, first, after }, context) =>
    listConnection(context, 'volume', filter, { first, after }, {
      pushdown: (f) => (f.zones ? { zones: [...f.zones].sort() } : {}),
      matches: (volume, f) =>
        (!f.states || f.states.includes(volume.state)) &&
        (!f.volumeTypes || (volume.volumeType !== null && f.volumeTypes.includes(volume.volumeType))) &&
        (!f.zones || (volume.zone !== null && f.zones.includes(volume.zone))) &&
        (f.attached === null || f.attached === undefined || f.attached === volume.attachments.length > 0),
    }),
  volume: (_parent, { id }, context) => resourceById(context, 'volume', id),
  snapshots: (_parent, { filter, first, after }, context) =>
    listConnection(context, 'snapshot', filter, { first, after }, {
      matches: (snapshot, f) => (!f.states || f.states.includes(snapshot.state)) && (!f.volumeId || snapshot.volumeId === f.volumeId),
      order: { name: 'CREATED_AT:DESC', key: (snapshot) => snapshot.createdAt?.getTime() ?? 0, descending: true },
    }),
  snapshot: (_parent, { id }, context) => resourceById(context, 'snapshot', id),
};
