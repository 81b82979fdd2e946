// Builds one project of the simulated GCP fleet from a seed: its global resources (networks,
// firewalls, snapshots, global addresses) and, per region, subnetworks, instances, disks and
// addresses. Every draw comes from the project's one stream, so the sections run in this order.
import { GCP_REGIONS, type GcpRegionInfo } from '../catalogue.js';
import type { GcpProjectData, GcpRegionData } from '../types.js';
import { newProjectBuilder, type GenerateContext, type ProjectBuilder, type ProjectNetworks, type RegionBuilder } from './context.js';
import { addFirewalls } from './firewalls.js';
import { addGlobalAddresses } from './global-addresses.js';
import { launchInstances } from './instances.js';
import { addLeftovers } from './leftovers.js';
import { planNetworks } from './networks.js';
import { addSnapshots } from './snapshots.js';
import { assignInstanceStatuses } from './statuses.js';

export { GcpAllocator } from './allocator.js';

export function generateGcpProject(ctx: GenerateContext): GcpProjectData {
  const b = newProjectBuilder(ctx);
  const networks = planNetworks(b);
  addFirewalls(b, networks);
  for (const region of GCP_REGIONS) b.data.regions.push(generateRegion(b, networks, region));
  addSnapshots(b);
  addGlobalAddresses(b, networks);
  return b.data;
}

/** One region: instances with their disks and addresses, their statuses, then the leftovers. */
function generateRegion(project: ProjectBuilder, networks: ProjectNetworks, region: GcpRegionInfo): GcpRegionData {
  const r = region.region;
  const regionData: GcpRegionData = { project: project.projectId, region: r, zones: [...region.zones], instances: [], disks: [], subnetworks: [], addresses: [] };
  for (const plan of [networks.defaultNetwork, networks.vpc]) regionData.subnetworks.push(...(plan.subnets.get(r) ?? []));
  const b: RegionBuilder = { ...project, networks, region, regionData };
  launchInstances(b);
  assignInstanceStatuses(b);
  addLeftovers(b);
  return regionData;
}
