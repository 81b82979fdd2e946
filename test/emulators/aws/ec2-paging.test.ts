// MaxResults / NextToken as EC2 does them, driven by the SDK's own paginators.
import {
  DescribeAddressesCommand,
  DescribeInstanceTypesCommand,
  DescribeInstancesCommand,
  DescribeSnapshotsCommand,
  DescribeVolumesCommand,
  paginateDescribeInstances,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  type EC2Client,
} from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_A, rejectionOf, startHarness, useHarness } from './helpers.js';

const h = useHarness();
const scope = () => h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!;

afterEach(() => {
  h.emu.setMaxPageSize(null);
  h.emu.requests.reset();
});

async function allInstances(client: EC2Client, pageSize: number, Filters?: { Name: string; Values: string[] }[]) {
  const ids: string[] = [];
  for await (const page of paginateDescribeInstances({ client, pageSize }, { Filters })) {
    for (const r of page.Reservations ?? []) for (const i of r.Instances ?? []) ids.push(i.InstanceId!);
  }
  return ids;
}

describe('EC2 paging', () => {
  it('pages DescribeInstances completely under a server-side page cap, one request per page', async () => {
    h.emu.setMaxPageSize(7);
    const ids = await allInstances(h.ec2(), 1000);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(h.emu.requests.count({ action: 'DescribeInstances', status: 200 })).toBe(Math.ceil(60 / 7));
    expect(h.emu.requests.count()).toBe(9);
  });

  it('needs one request when the page fits, and honours the caller’s MaxResults', async () => {
    expect(await allInstances(h.ec2(), 1000)).toHaveLength(60);
    expect(h.emu.requests.count({ action: 'DescribeInstances' })).toBe(1);
    h.emu.requests.reset();
    expect(await allInstances(h.ec2(), 25)).toHaveLength(60);
    expect(h.emu.requests.count({ action: 'DescribeInstances' })).toBe(3);
  });

  it('filters before paging', async () => {
    h.emu.setMaxPageSize(5);
    const running = scope().instances.filter((i) => i.state === 'running').length;
    const ids = await allInstances(h.ec2(), 1000, [{ Name: 'instance-state-name', Values: ['running'] }]);
    expect(ids).toHaveLength(running);
    expect(h.emu.requests.count({ action: 'DescribeInstances' })).toBe(Math.ceil(running / 5));
  });

  it('pages every paginated family completely', async () => {
    h.emu.setMaxPageSize(6);
    const client = h.ec2();
    const collect = async <T>(pages: AsyncIterable<T>, pick: (p: T) => unknown[] | undefined) => {
      const out: unknown[] = [];
      for await (const p of pages) out.push(...(pick(p) ?? []));
      return out.length;
    };
    expect(await collect(paginateDescribeVolumes({ client }, {}), (p) => p.Volumes)).toBe(scope().volumes.length);
    expect(await collect(paginateDescribeSnapshots({ client }, { OwnerIds: ['self'] }), (p) => p.Snapshots)).toBe(scope().snapshots.length);
    expect(await collect(paginateDescribeSecurityGroups({ client }, {}), (p) => p.SecurityGroups)).toBe(scope().securityGroups.length);
    expect(await collect(paginateDescribeSubnets({ client }, {}), (p) => p.Subnets)).toBe(scope().subnets.length);
    expect(await collect(paginateDescribeNetworkInterfaces({ client }, {}), (p) => p.NetworkInterfaces)).toBe(
      scope().networkInterfaces.length,
    );
    expect(h.emu.requests.count({ action: 'DescribeVolumes' })).toBe(Math.ceil(scope().volumes.length / 6));
  });

  it('validates MaxResults as EC2 does', async () => {
    const client = h.ec2();
    for (const MaxResults of [4, 1001]) {
      const e = await rejectionOf(client.send(new DescribeInstancesCommand({ MaxResults })));
      expect(e.name).toBe('InvalidParameterValue');
      expect(e.$metadata.httpStatusCode).toBe(400);
    }
    expect((await client.send(new DescribeInstancesCommand({ MaxResults: 5 }))).NextToken).toBeTruthy();
    expect((await client.send(new DescribeInstancesCommand({ MaxResults: 1000 }))).NextToken).toBeUndefined();

    const combo = await rejectionOf(
      client.send(new DescribeInstancesCommand({ MaxResults: 5, InstanceIds: [scope().instances[0]!.instanceId] })),
    );
    expect(combo.name).toBe('InvalidParameterCombination');

    expect((await rejectionOf(client.send(new DescribeVolumesCommand({ MaxResults: 4 })))).name).toBe('InvalidParameterValue');
    expect((await rejectionOf(client.send(new DescribeInstanceTypesCommand({ MaxResults: 101 })))).name).toBe('InvalidParameterValue');
    const types = await client.send(new DescribeInstanceTypesCommand({ MaxResults: 5 }));
    expect(types.InstanceTypes).toHaveLength(5);
    expect(types.NextToken).toBeTruthy();
    expect((await rejectionOf(client.send(new DescribeSnapshotsCommand({ MaxResults: 5, SnapshotIds: [scope().snapshots[0]!.snapshotId] })))).name).toBe(
      'InvalidParameterCombination',
    );
  });

  it('refuses a forged token or a token from another query', async () => {
    const client = h.ec2();
    expect((await rejectionOf(client.send(new DescribeInstancesCommand({ NextToken: 'not-a-token' })))).name).toBe('InvalidPaginationToken');
    const first = await client.send(new DescribeInstancesCommand({ MaxResults: 5 }));
    const other = await rejectionOf(
      client.send(new DescribeInstancesCommand({ MaxResults: 5, NextToken: first.NextToken, Filters: [{ Name: 'instance-type', Values: ['t3.micro'] }] })),
    );
    expect(other.name).toBe('InvalidPaginationToken');
    const volumes = await rejectionOf(client.send(new DescribeVolumesCommand({ MaxResults: 5, NextToken: first.NextToken })));
    expect(volumes.name).toBe('InvalidPaginationToken');
  });
});

describe('EC2 page size limits on a large fleet', () => {
  it('caps DescribeVolumes at 500 per page (values above 500 are accepted) and DescribeInstances at 1000', async () => {
    const big = await startHarness({ vmsPerScope: 1100 });
    try {
      const client = big.ec2();
      const volumes = await client.send(new DescribeVolumesCommand({ MaxResults: 1000 }));
      expect(volumes.Volumes).toHaveLength(500);
      expect(volumes.NextToken).toBeTruthy();
      const instances = await client.send(new DescribeInstancesCommand({ MaxResults: 1000 }));
      expect(instances.Reservations!.flatMap((r) => r.Instances!)).toHaveLength(1000);
      const rest = await client.send(new DescribeInstancesCommand({ MaxResults: 1000, NextToken: instances.NextToken }));
      expect(rest.Reservations!.flatMap((r) => r.Instances!)).toHaveLength(100);
      expect(rest.NextToken).toBeUndefined();
    } finally {
      await big.close();
    }
  });
});

describe('operations that do not page', () => {
  it('answer DescribeAddresses in full whatever the page cap', async () => {
    h.emu.setMaxPageSize(1);
    const { Addresses } = await h.ec2().send(new DescribeAddressesCommand({}));
    expect(Addresses).toHaveLength(scope().addresses.length);
    expect(scope().addresses.length).toBeGreaterThan(1);
  });
});
