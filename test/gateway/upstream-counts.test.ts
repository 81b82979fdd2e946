// The whole stack as users run it (sandbox: emulator, subgraphs, gateway over HTTP), counting
// the requests the AWS emulator receives: a query for every VM of an account with volumes,
// security groups and two metric series costs the theoretical floor per account and region,
// and nothing when it repeats within the TTL — with the memory cache and with Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { FleetWithDetailsDocument } from '../generated/operations.js';
import { execute } from '../support/graphql.js';
import { gatewayUrl, startTestApp } from '../support/app.js';

const ACCOUNT = '111111111111';
const OTHER_ACCOUNT = '222222222222';
const REGIONS = ['us-east-1', 'eu-west-1'];
const VMS_PER_SCOPE = 300;
const window = { from: '2026-11-20T00:00:00Z', to: '2026-11-20T02:00:00Z' };

describe.each([
  { cache: 'memory', redisUrl: undefined },
  { cache: 'redis', redisUrl: 'redis://127.0.0.1:6379/0' },
])('upstream calls for a full-account query ($cache cache)', ({ redisUrl }) => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, redisUrl });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const query = () =>
    execute(gatewayUrl(app), FleetWithDetailsDocument, { first: 1000, filter: { accounts: [ACCOUNT] }, ...window });

  it('costs the floor per account and region, then nothing within the TTL', async () => {
    const requests = app.sandbox!.aws!.requests;
    requests.reset();

    const first = await query();
    expect(first.errors).toBeUndefined();
    const vms = first.data!.vms.nodes;
    expect(vms).toHaveLength(VMS_PER_SCOPE * REGIONS.length);

    for (const region of REGIONS) {
      const inRegion = vms.filter((vm) => vm.region === region);
      const n = inRegion.length;
      const scopeData = app.sandbox!.fleet.aws.scope(ACCOUNT, region)!;
      const volumes = scopeData.volumes.length; // every volume in the scope: the listing pages through them all
      const groups = scopeData.securityGroups.length;
      const count = (service: string, action: string) => requests.count({ service: service as 'ec2', action, account: ACCOUNT, region });
      expect(n).toBe(VMS_PER_SCOPE);
      expect(volumes).toBeGreaterThan(500); // so the 500-per-call limit is exercised
      expect(count('ec2', 'DescribeInstances')).toBe(Math.ceil(n / 1000));
      expect(count('ec2', 'DescribeVolumes')).toBe(Math.ceil(volumes / 500));
      expect(count('ec2', 'DescribeSecurityGroups')).toBe(Math.ceil(groups / 1000));
      expect(count('monitoring', 'GetMetricData')).toBe(Math.ceil((2 * n) / 500));
    }
    // Instance sizes are the same in every region: asked once per process, for the types seen.
    expect(requests.count({ action: 'DescribeInstanceTypes' })).toBe(1);
    expect(requests.count({ account: OTHER_ACCOUNT })).toBe(0);

    // Every VM got its volumes, groups and both series from those few calls.
    for (const vm of vms) {
      expect(vm.volumes?.map((v) => v.id).sort()).toEqual([...(vm.volumeIds ?? ['no volume ids'])].sort());
      expect(vm.securityGroups?.map((g) => g.id).sort()).toEqual([...(vm.securityGroupIds ?? ['no group ids'])].sort());
      expect(vm.metrics?.map((m) => m.name)).toEqual(['CPU_UTILIZATION', 'NETWORK_IN_BYTES']);
    }

    const before = requests.count();
    const second = await query();
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(requests.count()).toBe(before);
  });
});
