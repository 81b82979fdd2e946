// Savings through the gateway on the AWS sandbox: idle and oversized VMs judged on their metrics,
// unattached volumes and old snapshots, each priced from the catalog with its evidence; upstream
// calls that do not grow per VM (one metrics batch per scope, one catalog lookup per region and
// OS), none when asked again; paging, kinds, and a VM's own recommendations.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { awsInstanceHourly } from '../../../emulators/aws/index.js';
import { SavingsDocument, VmRecommendationsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

describe('savings', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // A fleet with every kind of finding: seed 42's AWS part happens to have no oversized VM.
    app = await startTestApp({ vmsPerScope: 30, seed: 2 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('finds idle and oversized VMs, unattached volumes and old snapshots, in calls that do not grow per VM', async () => {
    const aws = app.sandbox!.aws!;
    aws.requests.reset();
    const result = await execute(gatewayUrl(app), SavingsDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    const { nodes, totalCount, totalMonthlySaving } = result.data!.savings;
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(['IDLE', 'RIGHTSIZE', 'UNATTACHED_VOLUME', 'OLD_SNAPSHOT']));
    const sum = nodes.reduce((total, n) => total.plus(n.monthlySaving.amount), new Decimal(0));
    expect(totalMonthlySaving).toEqual([{ amount: sum.toFixed(), currency: 'USD' }]);
    for (let i = 1; i < nodes.length; i++) expect(new Decimal(nodes[i - 1]!.monthlySaving.amount).greaterThanOrEqualTo(nodes[i]!.monthlySaving.amount)).toBe(true);

    const scopes = app.sandbox!.fleet.aws.scopes();
    // One GetMetricData per account and region for every running VM's CPU and memory (≤ 500 series a call).
    expect(aws.requests.count({ action: 'GetMetricData' })).toBe(scopes.length);
    const running = scopes.flatMap((s) => s.instances.filter((i) => i.state === 'running').map((i) => `${s.region}/${i.platform ?? 'linux'}`));
    const storageRegions = new Set(nodes.filter((n) => n.kind === 'UNATTACHED_VOLUME' || n.kind === 'OLD_SNAPSHOT').map((n) => n.region));
    expect(aws.requests.count({ action: 'GetProducts' })).toBe(new Set(running).size + storageRegions.size);

    aws.requests.reset();
    const again = await execute(gatewayUrl(app), SavingsDocument, { first: 1000 });
    expect(again.data!.savings.totalMonthlySaving).toEqual(totalMonthlySaving);
    expect(aws.requests.count({})).toBe(0);
  });

  it('proposes a cheaper type of the same family that holds p95 CPU and memory plus headroom, with the figures', async () => {
    const result = await execute(gatewayUrl(app), SavingsDocument, { first: 1000, filter: { kinds: ['RIGHTSIZE'] } });
    const rightsized = result.data!.savings.nodes;
    expect(rightsized.length).toBeGreaterThan(0);
    const vms = new Map(app.sandbox!.fleet.aws.scopes().flatMap((s) => s.instances.map((i) => [i.instanceId, { type: i.instanceType, region: s.region, os: i.platform === 'windows' ? ('WINDOWS' as const) : ('LINUX' as const) }])));
    const types = new Map(app.sandbox!.fleet.aws.instanceTypes.map((t) => [t.instanceType, t]));
    for (const r of rightsized) {
      const vm = vms.get(r.resourceId.split(':vm:')[1]!)!;
      const current = types.get(vm.type)!;
      const proposed = types.get(r.suggestedInstanceType!)!;
      expect(proposed.instanceType.split('.')[0]).toBe(current.instanceType.split('.')[0]);
      const grow = 1 + r.evidence.headroomPercent! / 100;
      expect(proposed.defaultVCpus).toBeGreaterThanOrEqual((current.defaultVCpus * r.evidence.cpuP95! * grow) / 100);
      expect(proposed.sizeInMiB).toBeGreaterThanOrEqual((current.sizeInMiB * r.evidence.memoryP95! * grow) / 100);
      expect(new Decimal(r.currentMonthly.amount).equals(new Decimal(awsInstanceHourly(vm.type, vm.region, vm.os)!).times(730))).toBe(true);
      expect(new Decimal(r.proposedMonthly.amount).equals(new Decimal(awsInstanceHourly(proposed.instanceType, vm.region, vm.os)!).times(730))).toBe(true);
      expect(new Decimal(r.currentMonthly.amount).minus(r.proposedMonthly.amount).equals(r.monthlySaving.amount)).toBe(true);
    }
  });

  it('calls a VM idle only under the CPU threshold, and prices the whole VM as the saving', async () => {
    const result = await execute(gatewayUrl(app), SavingsDocument, { first: 1000, filter: { kinds: ['IDLE'] } });
    const idle = result.data!.savings.nodes;
    expect(idle.length).toBeGreaterThan(0);
    for (const r of idle) {
      expect(r.evidence.cpuP95!).toBeLessThan(5);
      expect(r.proposedMonthly.amount).toBe('0');
      expect(r.monthlySaving).toEqual(r.currentMonthly);
    }
  });

  it('lists storage attached to nothing or older than the threshold, with its age', async () => {
    const result = await execute(gatewayUrl(app), SavingsDocument, { first: 1000, filter: { kinds: ['UNATTACHED_VOLUME', 'OLD_SNAPSHOT'] } });
    const storage = result.data!.savings.nodes;
    expect(storage.filter((r) => r.kind === 'UNATTACHED_VOLUME').every((r) => r.evidence.ageDays! >= 7)).toBe(true);
    expect(storage.filter((r) => r.kind === 'OLD_SNAPSHOT').every((r) => r.evidence.ageDays! >= 90)).toBe(true);
    const volumes = new Map(app.sandbox!.fleet.aws.scopes().flatMap((s) => s.volumes.map((v) => [v.volumeId, v])));
    for (const r of storage.filter((f) => f.kind === 'UNATTACHED_VOLUME')) expect(volumes.get(r.resourceId.split(':volume:')[1]!)!.attachments).toEqual([]);
  });

  it('pages largest saving first, and a VM carries its own recommendation', async () => {
    const first = await execute(gatewayUrl(app), SavingsDocument, { first: 3 });
    const page = first.data!.savings;
    expect(page.nodes).toHaveLength(3);
    const rest = await execute(gatewayUrl(app), SavingsDocument, { first: 1000, after: page.pageInfo.endCursor });
    expect(page.nodes.length + rest.data!.savings.nodes.length).toBe(page.totalCount);

    const rightsized = (await execute(gatewayUrl(app), SavingsDocument, { first: 1, filter: { kinds: ['RIGHTSIZE'] } })).data!.savings.nodes[0]!;
    const vm = await execute(gatewayUrl(app), VmRecommendationsDocument, { first: 1, filter: { ids: [rightsized.resourceId] } });
    expect(vm.errors).toBeUndefined();
    expect(vm.data!.vms.nodes[0]!.recommendations).toEqual([rightsized]);
  });
});
