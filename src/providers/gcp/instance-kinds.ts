// Instances → VirtualMachine and NetworkInterface: one instances.aggregatedList joined with two
// auxiliary parts, each of which degrades alone —
//   firewalls.list       → securityGroupIds (GCP attaches rules by network, tag and service
//                          account, so they are matched here), of VMs and of their interfaces;
//   machineTypes.list    → vcpus and memoryMiB, for predefined types only: a custom type's size is
//                          in its name and never waits on the lookup (custom-machine-types.ts).
// A part that fails leaves only the fields it feeds unknown, as a gap on each resource it would
// have fed (gaps.ts); everything else the listing says is returned.
import { gapOf, joinPart, withGaps, type Gap } from '../gaps.js';
import { instanceOfNic, mapInstance, mapNetworkInterfaces, numericIdOf, type GceInstance } from './compute.js';
import type { ProjectContext } from './context.js';
import type { MachineTypeSizes, MachineTypeUse } from './machine-types.js';
import type { GceFirewall } from './network.js';
import { PAGE_SIZE, aggregated, all, define, paging, type Scoped } from './listing.js';
import { lastSegment } from './urls.js';

/** What each auxiliary part feeds. */
const FIREWALL_FIELDS = ['securityGroupIds'] as const;
const SIZE_FIELDS = ['vcpus', 'memoryMiB'] as const;

/** instances.aggregatedList over the project; records every instance's numeric id for metrics (instance-ids.ts). */
export async function listInstances(ctx: ProjectContext, filter: string | undefined): Promise<GceInstance[]> {
  const instances = await ctx.call('compute', 'instances.aggregatedList', async () => {
    const clients = await ctx.clients();
    return aggregated<GceInstance>(
      clients.instances.aggregatedListAsync({ project: ctx.project, maxResults: PAGE_SIZE, returnPartialSuccess: true, filter }, paging) as AsyncIterable<[string, Scoped]>,
      'instances',
    );
  });
  const pairs = instances.flatMap((instance) => {
    const id = numericIdOf(instance);
    return id && instance.name ? [{ zone: lastSegment(instance.zone), name: instance.name, id }] : [];
  });
  // Unfiltered, the listing is the whole project (but for zones it could not answer, which a
  // later lookup lists again).
  if (filter === undefined) ctx.instanceIds.replace(ctx.project, pairs);
  else ctx.instanceIds.record(ctx.project, pairs);
  return instances;
}

/** firewalls.list over the project (every page). */
export function listFirewalls(ctx: ProjectContext, filter?: string): Promise<GceFirewall[]> {
  return ctx.call('compute', 'firewalls.list', async () => {
    const clients = await ctx.clients();
    return all(clients.firewalls.listAsync({ project: ctx.project, maxResults: PAGE_SIZE, filter }, paging));
  });
}

/** An instance with the project's firewall rules, and the gaps the join left so far. */
interface JoinedInstance {
  instance: GceInstance;
  firewalls: GceFirewall[];
  gaps: Gap[];
}

/** Instances, then — only when there are any — the project's firewalls: ⌈F/500⌉ more calls (one, in practice). */
async function instancesWithFirewalls(ctx: ProjectContext, filter: string | undefined): Promise<JoinedInstance[]> {
  const instances = await listInstances(ctx, filter);
  if (instances.length === 0) return [];
  const firewalls = await joinPart(FIREWALL_FIELDS, [] as GceFirewall[], () => listFirewalls(ctx));
  const gaps = firewalls.gap ? [firewalls.gap] : [];
  return instances.map((instance) => ({ instance, firewalls: firewalls.value, gaps }));
}

/** The sizes of the instances' machine types; a failed lookup is a failure per type, not the listing's. */
function machineTypeSizes(ctx: ProjectContext, instances: readonly GceInstance[]): Promise<MachineTypeSizes> {
  const uses: MachineTypeUse[] = instances.flatMap((i) => (i.machineType ? [{ type: lastSegment(i.machineType), zone: lastSegment(i.zone) }] : []));
  if (uses.length === 0) return Promise.resolve({ specs: new Map(), failures: new Map() });
  return ctx.machineTypes.lookup(ctx, uses);
}

export const vm = define<'vm', JoinedInstance>({
  operation: 'instances.aggregatedList',
  pushdown: { states: true, labels: true },
  zoned: true,
  fetch: instancesWithFirewalls,
  async map(ctx, raw) {
    const sizes = await machineTypeSizes(ctx, raw.map((r) => r.instance));
    return raw.map(({ instance, firewalls, gaps }) => {
      const type = lastSegment(instance.machineType);
      const failed = sizes.failures.get(type);
      const vm = mapInstance(ctx.project, instance, sizes.specs.get(type), firewalls);
      return withGaps(vm, failed ? [...gaps, gapOf(failed, SIZE_FIELDS)] : gaps);
    });
  },
});

export const networkInterface = define<'networkInterface', JoinedInstance>({
  operation: 'instances.aggregatedList',
  // Interfaces are read from their instances: ids become instance names.
  pushdown: { names: (ids) => ids.map(instanceOfNic) },
  zoned: true,
  fetch: instancesWithFirewalls,
  map: async (ctx, raw) => raw.flatMap(({ instance, firewalls, gaps }) => mapNetworkInterfaces(ctx.project, instance, firewalls).map((nic) => withGaps(nic, gaps))),
});
