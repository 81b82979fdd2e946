import { providerEnum } from '../shared/enums.js';
import { DateTime } from '../shared/scalars.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { Mutation } from './resolvers/mutation.js';
import { Query } from './resolvers/query.js';
import { Snapshot } from './resolvers/snapshot.js';
import { VirtualMachine } from './resolvers/virtual-machine.js';
import { Volume, VolumeAttachment } from './resolvers/volume.js';

export const storageResolvers: Resolvers = { Query, VirtualMachine, Volume, VolumeAttachment, Snapshot, DateTime, Provider: providerEnum };

/** With `writes.enabled`: the mutations besides. */
export const storageWriteResolvers: Resolvers = { ...storageResolvers, Mutation };
