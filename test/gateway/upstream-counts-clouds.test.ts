// Exact upstream calls for Azure and GCP through the whole stack: a query for every VM of a cloud
// with volumes, security groups and two metric series, counted at each emulator — never a call
// per VM — and nothing when it repeats within the TTL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { FleetWithDetailsDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

const VMS_PER_SCOPE = 60;
const window = { from: '2026-11-20T00:00:00Z', to: '2026-11-20T02:00:00Z' };
/** The emulator's page for virtualMachines.listAll (ARM pages VMs by 50). */
const ARM_VM_PAGE = 50;

describe('upstream calls for a full-cloud query on Azure and GCP', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, clouds: ['azure', 'gcp'] });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const query = (provider: 'AZURE' | 'GCP') =>
    execute(gatewayUrl(app), FleetWithDetailsDocument, { first: 1000, filter: { providers: [provider] }, ...window });

  it('Azure: listAll pages per subscription, ⌈n/50⌉ getBatch calls per subscription, region and resource type', async () => {
    const emulator = app.sandbox!.azure!;
    emulator.requests.reset();
    const result = await query('AZURE');
    expect(result.errors).toBeUndefined();
    const vms = result.data!.vms.nodes;
    const fleet = app.sandbox!.fleet.azure;
    expect(vms).toHaveLength(fleet.scopes().reduce((n, s) => n + s.virtualMachines.length, 0));
    for (const subscription of fleet.subscriptions) {
      const account = subscription.subscriptionId;
      const scopes = fleet.scopes().filter((s) => s.subscriptionId === account);
      const n = scopes.reduce((sum, s) => sum + s.virtualMachines.length, 0);
      const count = (action: string) => emulator.requests.count({ action, account });
      expect(count('virtualMachines.listAll')).toBe(Math.ceil(n / ARM_VM_PAGE));
      expect(count('disks.list')).toBe(1);
      expect(count('networkSecurityGroups.listAll')).toBe(1);
      // Both series of a VM are one metric namespace: one group per location, ⌈VMs/50⌉ calls each.
      const floor = scopes.reduce((sum, s) => sum + Math.ceil(s.virtualMachines.length / 50), 0);
      expect(count('metrics.getBatch')).toBe(floor);
    }
    for (const vm of vms) expect(vm.metrics!.map((m) => m.name)).toEqual(['CPU_UTILIZATION', 'NETWORK_IN_BYTES']);

    emulator.requests.reset();
    expect((await query('AZURE')).data).toEqual(result.data);
    expect(emulator.requests.count()).toBe(0);
  });

  it('GCP: ⌈n/500⌉ aggregatedList pages per project and one timeSeries.list per metric type', async () => {
    const emulator = app.sandbox!.gcp!;
    emulator.requests.reset();
    const result = await query('GCP');
    expect(result.errors).toBeUndefined();
    const vms = result.data!.vms.nodes;
    const fleet = app.sandbox!.fleet.gcp;
    for (const { projectId } of fleet.projects) {
      const n = fleet.project(projectId)!.regions.reduce((sum, r) => sum + r.instances.length, 0);
      expect(vms.filter((vm) => vm.account === projectId)).toHaveLength(n);
      const count = (action: string) => emulator.requests.count({ action, account: projectId });
      expect(count('instances.aggregatedList')).toBe(Math.ceil(n / 500));
      expect(count('timeSeries.list')).toBe(2);
      expect(count('disks.aggregatedList')).toBe(1);
    }
    for (const vm of vms) expect(vm.metrics!.map((m) => m.name)).toEqual(['CPU_UTILIZATION', 'NETWORK_IN_BYTES']);

    emulator.requests.reset();
    expect((await query('GCP')).data).toEqual(result.data);
    expect(emulator.requests.count()).toBe(0);
  });
});
