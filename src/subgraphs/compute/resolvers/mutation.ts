// The VM mutations: each argument list becomes one normalised action (src/providers/types.ts)
// handed to the operation runner through the shared mutate().
import { parseGlobalIdOfKind } from '../../../providers/ids.js';
import { badUserInput } from '../../shared/errors.js';
import { mutate } from '../../shared/mutations.js';
import type { CreateVmInput, MutationResolvers } from '../generated/resolvers-types.js';
import type { CreateVmSpec } from '../../../providers/types.js';

const vm = (id: string) => parseGlobalIdOfKind(id, 'vm');

export const Mutation: MutationResolvers = {
  startVm: (_p, args, context) => mutate(context, 'startVm', args, () => ({ kind: 'startVm', vm: vm(args.id) })),
  stopVm: (_p, args, context) => mutate(context, 'stopVm', args, () => ({ kind: 'stopVm', vm: vm(args.id), hibernate: args.hibernate ?? false })),
  rebootVm: (_p, args, context) => mutate(context, 'rebootVm', args, () => ({ kind: 'rebootVm', vm: vm(args.id) })),
  resizeVm: (_p, args, context) =>
    mutate(context, 'resizeVm', args, () => {
      if (!args.instanceType.trim()) throw badUserInput('instanceType must not be empty', { argument: 'instanceType' });
      return { kind: 'resizeVm', vm: vm(args.id), instanceType: args.instanceType, allowRestart: args.allowRestart ?? false };
    }),
  deleteVm: (_p, args, context) => mutate(context, 'deleteVm', args, () => ({ kind: 'deleteVm', vm: vm(args.id) }), { confirmName: args.confirmName }),
  createVm: (_p, args, context) => mutate(context, 'createVm', args, () => ({ kind: 'createVm', spec: createSpec(args.input) })),
};

function createSpec(input: CreateVmInput): CreateVmSpec {
  for (const [name, value] of [['name', input.name], ['image', input.image], ['instanceType', input.instanceType], ['account', input.account], ['region', input.region]] as const) {
    if (!value.trim()) throw badUserInput(`input.${name} must not be empty`, { argument: `input.${name}` });
  }
  const sizes = [input.bootDiskGiB, ...(input.dataDisks ?? []).map((d) => d.sizeGiB)].filter((size): size is number => size != null);
  if (sizes.some((size) => size < 1 || size > 65_536)) throw badUserInput('disk sizes must be from 1 to 65536 GiB', { argument: 'input' });
  return {
    scope: { provider: input.provider, account: input.account, region: input.region },
    zone: input.zone ?? null,
    name: input.name,
    image: input.image,
    instanceType: input.instanceType,
    subnetId: input.subnetId ? (parseGlobalIdOfKind(input.subnetId, 'subnet'), input.subnetId) : null,
    securityGroupIds: (input.securityGroupIds ?? []).map((id) => (parseGlobalIdOfKind(id, 'securityGroup'), id)),
    bootDiskGiB: input.bootDiskGiB ?? null,
    dataDisks: (input.dataDisks ?? []).map((disk) => ({ sizeGiB: disk.sizeGiB, volumeType: disk.volumeType ?? null })),
    tags: (input.tags ?? []).map((tag) => ({ key: tag.key, value: tag.value })),
  };
}
