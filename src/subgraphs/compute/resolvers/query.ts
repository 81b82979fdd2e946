import { PROVIDERS, WORKLOADS_OF, type VirtualMachine } from '../../../providers/types.js';
import type { Order } from '../../shared/connection.js';
import { listConnection, resourceById } from '../../shared/resolve.js';
import type { QueryResolvers, VmFilter, VmOrder } from '../generated/resolvers-types.js';
import { providerStatuses } from './provider-status.js';

const SORT_KEYS: Record<NonNullable<VmOrder['field']>, (vm: VirtualMachine) => string | number> = {
  ID: (vm) => vm.id,
  // Unnamed VMs after the named ones, as the consoles list them.
  NAME: (vm) => (vm.name === null ? '\uffff' : vm.name.toLowerCase()),
  LAUNCHED_AT: (vm) => vm.launchedAt?.getTime() ?? 0,
  STATE: (vm) => vm.state,
  REGION: (vm) => `${vm.provider}:${vm.region}`,
};

function vmOrder(orderBy: VmOrder | null | undefined): Order<VirtualMachine> {
  const field = orderBy?.field ?? 'NAME';
  const direction = orderBy?.direction ?? 'ASC';
  return { name: `${field}:${direction}`, key: SORT_KEYS[field], descending: direction === 'DESC' };
}

/** The filter with its providers narrowed to those whose listings can hold the kinds asked for: the others are not asked. */
function withKindProviders(filter: VmFilter | null | undefined): VmFilter | null | undefined {
  if (!filter?.kinds) return filter;
  const kinds: readonly string[] = filter.kinds;
  const holding = (filter.providers ?? PROVIDERS).filter((p) => WORKLOADS_OF[p as keyof typeof WORKLOADS_OF].some((k) => kinds.includes(k)));
  return { ...filter, providers: holding as never };
}

export const Query: QueryResolvers = {
  vms: (_parent, { filter, first, after, orderBy }, context) =>
    listConnection(context, 'vm', withKindProviders(filter), { first, after }, {
      pushdown: (f: VmFilter) => ({
        ...(f.states ? { states: [...f.states].sort() } : {}),
        ...(f.instanceTypes ? { instanceTypes: [...f.instanceTypes].sort() } : {}),
        ...(f.zones ? { zones: [...f.zones].sort() } : {}),
      }),
      matches: (vm, f) =>
        (!f.states || f.states.includes(vm.state)) &&
        (!f.instanceTypes || (vm.instanceType !== null && f.instanceTypes.includes(vm.instanceType))) &&
        (!f.zones || (vm.zone !== null && f.zones.includes(vm.zone))) &&
        (!f.nameContains || (vm.name ?? '').toLowerCase().includes(f.nameContains.toLowerCase())) &&
        (!f.kinds || f.kinds.includes((vm.workload ?? 'vm') as never)),
      order: vmOrder(orderBy),
    }),
  vm: (_parent, { id }, context) => resourceById(context, 'vm', id),
  providers: (_parent, _args, context) => providerStatuses(context.services, context.caller.grants),
};
