// The volume and snapshot mutations: each argument list becomes one normalised action handed to
// the operation runner; the Operation goes back as a reference the compute subgraph resolves.
import { parseGlobalIdOfKind } from '../../../providers/ids.js';
import type { Operation } from '../../../operations/index.js';
import { badUserInput } from '../../shared/errors.js';
import { mutate } from '../../shared/mutations.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';

const volume = (id: string) => parseGlobalIdOfKind(id, 'volume');
const vm = (id: string) => parseGlobalIdOfKind(id, 'vm');
const reference = (operation: Operation) => ({ id: operation.id });

export const Mutation: MutationResolvers = {
  attachVolume: async (_p, args, context) =>
    reference(await mutate(context, 'attachVolume', args, () => ({ kind: 'attachVolume', volume: volume(args.volumeId), vm: vm(args.vmId), device: args.device ?? null }))),
  detachVolume: async (_p, args, context) =>
    reference(await mutate(context, 'detachVolume', args, () => ({ kind: 'detachVolume', volume: volume(args.volumeId), vm: vm(args.vmId), force: args.force ?? false }))),
  resizeVolume: async (_p, args, context) =>
    reference(
      await mutate(context, 'resizeVolume', args, () => {
        if (!Number.isInteger(args.sizeGiB) || args.sizeGiB < 1 || args.sizeGiB > 65_536) throw badUserInput('sizeGiB must be from 1 to 65536', { argument: 'sizeGiB' });
        return { kind: 'resizeVolume', volume: volume(args.id), sizeGiB: args.sizeGiB };
      }),
    ),
  createSnapshot: async (_p, args, context) =>
    reference(
      await mutate(context, 'createSnapshot', args, () => ({
        kind: 'createSnapshot',
        volume: volume(args.volumeId),
        name: args.name ?? null,
        description: args.description ?? null,
        tags: (args.tags ?? []).map((tag) => ({ key: tag.key, value: tag.value })),
      })),
    ),
  deleteSnapshot: async (_p, args, context) =>
    reference(await mutate(context, 'deleteSnapshot', args, () => ({ kind: 'deleteSnapshot', snapshot: parseGlobalIdOfKind(args.id, 'snapshot') }))),
};
