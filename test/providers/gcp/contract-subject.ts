// The GCP subject of the provider contract suite (test/providers/contract.test.ts): add it to
// SUBJECTS there. Counts come from the fleet as the adapter models it — public IPs are the
// reserved EXTERNAL addresses (regional and global), interfaces are every instance's NICs,
// security groups are firewall rules, volumes zonal and regional disks.
import type { RunningApp } from '../../../src/app.js';
import { GCE_INSTANCE_STATUSES } from '../../../emulators/fleet.js';
import { vmStateOf } from '../../../src/providers/gcp/states.js';
import type { VmState } from '../../../src/providers/types.js';
import type { ContractSubject, EmulatorControls, FleetTruth } from '../contract/subjects.js';

export const gcp: ContractSubject = {
  provider: 'GCP',
  accounts: ['fleet-demo-prod', 'fleet-demo-dev'],
  listVmsAction: 'instances.aggregatedList',
  states: Object.fromEntries(GCE_INSTANCE_STATUSES.map((status) => [status, vmStateOf(status).state])) as Record<string, VmState>,
  emulator: (app: RunningApp) => (app.sandbox as unknown as { gcp: EmulatorControls }).gcp,
  truth(app: RunningApp): FleetTruth {
    const fleet = app.sandbox!.fleet.gcp;
    const projects = fleet.projects.map((p) => fleet.project(p.projectId)!);
    const regions = projects.flatMap((p) => p.regions);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return {
      vms: sum(regions.map((r) => r.instances.length)),
      volumes: sum(regions.map((r) => r.disks.length)),
      snapshots: sum(projects.map((p) => p.snapshots.length)),
      networks: sum(projects.map((p) => p.networks.length)),
      subnets: sum(regions.map((r) => r.subnetworks.length)),
      securityGroups: sum(projects.map((p) => p.firewalls.length)),
      publicIps: sum(projects.map((p) => [...p.regions.flatMap((r) => r.addresses), ...p.globalAddresses].filter((a) => a.addressType === 'EXTERNAL').length)),
      networkInterfaces: sum(regions.map((r) => sum(r.instances.map((i) => i.networkInterfaces.length)))),
      // One listing per project (aggregatedList covers every zone).
      vmsPerListing: Object.fromEntries(projects.map((p) => [p.project.projectId, [sum(p.regions.map((r) => r.instances.length))]])),
    };
  },
};
