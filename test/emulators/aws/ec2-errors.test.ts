// Ids that are malformed or unknown, credentials, isolation between accounts and regions.
import {
  DescribeAddressesCommand,
  DescribeInstanceTypesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_A, ACCOUNT_B, rejectionOf, useHarness } from './helpers.js';

const h = useHarness();
const scopeOf = (account: string, region: string) => h.fleet.aws.scope(account, region)!;
const UNKNOWN = '0123456789abcdef0';

describe('EC2 id errors', () => {
  it.each([
    ['InstanceIds', () => new DescribeInstancesCommand({ InstanceIds: [`i-${UNKNOWN}`] }), 'InvalidInstanceID.NotFound'],
    ['InstanceIds', () => new DescribeInstancesCommand({ InstanceIds: ['i-xyz'] }), 'InvalidInstanceID.Malformed'],
    ['VolumeIds', () => new DescribeVolumesCommand({ VolumeIds: [`vol-${UNKNOWN}`] }), 'InvalidVolume.NotFound'],
    ['VolumeIds', () => new DescribeVolumesCommand({ VolumeIds: ['volume-1'] }), 'InvalidVolumeID.Malformed'],
    ['SnapshotIds', () => new DescribeSnapshotsCommand({ SnapshotIds: [`snap-${UNKNOWN}`] }), 'InvalidSnapshot.NotFound'],
    ['VpcIds', () => new DescribeVpcsCommand({ VpcIds: [`vpc-${UNKNOWN}`] }), 'InvalidVpcID.NotFound'],
    ['SubnetIds', () => new DescribeSubnetsCommand({ SubnetIds: [`subnet-${UNKNOWN}`] }), 'InvalidSubnetID.NotFound'],
    ['GroupIds', () => new DescribeSecurityGroupsCommand({ GroupIds: [`sg-${UNKNOWN}`] }), 'InvalidGroup.NotFound'],
    ['GroupIds', () => new DescribeSecurityGroupsCommand({ GroupIds: ['sg-nope'] }), 'InvalidGroupId.Malformed'],
    ['GroupNames', () => new DescribeSecurityGroupsCommand({ GroupNames: ['no-such-group'] }), 'InvalidGroup.NotFound'],
    ['NetworkInterfaceIds', () => new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [`eni-${UNKNOWN}`] }), 'InvalidNetworkInterfaceID.NotFound'],
    ['AllocationIds', () => new DescribeAddressesCommand({ AllocationIds: [`eipalloc-${UNKNOWN}`] }), 'InvalidAllocationID.NotFound'],
    ['PublicIps', () => new DescribeAddressesCommand({ PublicIps: ['198.51.100.7'] }), 'InvalidAddress.NotFound'],
    ['InstanceTypes', () => new DescribeInstanceTypesCommand({ InstanceTypes: ['t9.mega'] as never }), 'InvalidInstanceType'],
  ])('%s → %s', async (_param, command, code) => {
    const e = await rejectionOf(h.ec2().send(command() as never));
    expect(e.name).toBe(code);
    expect(e.Code).toBe(code);
    expect(e.$metadata.httpStatusCode).toBe(400);
  });

  it('names every missing id and still finds the good ones when all exist', async () => {
    const good = scopeOf(ACCOUNT_A, 'us-east-1').instances[0]!.instanceId;
    const e = await rejectionOf(h.ec2().send(new DescribeInstancesCommand({ InstanceIds: [good, `i-${UNKNOWN}`, 'i-0fedcba9876543210'] })));
    expect(e.name).toBe('InvalidInstanceID.NotFound');
    expect(e.message).toContain(`i-${UNKNOWN}`);
    expect(e.message).not.toContain(good);
    const ok = await h.ec2().send(new DescribeInstancesCommand({ InstanceIds: [good] }));
    expect(ok.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId)).toEqual([good]);
  });

  it('answers an unknown action and DryRun as EC2 does', async () => {
    const raw = await fetch(h.emu.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `AWS4-HMAC-SHA256 Credential=${h.fleet.aws.credentials(ACCOUNT_A).accessKeyId}/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=x`,
      },
      body: 'Action=CreateKeyPair&Version=2016-11-15',
    });
    expect(raw.status).toBe(400);
    const text = await raw.text();
    expect(text).toMatch(/<Response><Errors><Error><Code>InvalidAction<\/Code><Message>[^<]+<\/Message><\/Error><\/Errors><RequestID>[^<]+<\/RequestID><\/Response>/);
    const dry = await rejectionOf(h.ec2().send(new DescribeInstancesCommand({ DryRun: true })));
    expect(dry.name).toBe('DryRunOperation');
    expect(dry.$metadata.httpStatusCode).toBe(412);
  });
});

describe('credentials and isolation', () => {
  it('refuses an unknown access key with AuthFailure (401) and logs it without an account', async () => {
    const client = new EC2Client({
      endpoint: h.emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'nope' },
      maxAttempts: 1,
    });
    try {
      const e = await rejectionOf(client.send(new DescribeInstancesCommand({})));
      expect(e.name).toBe('AuthFailure');
      expect(e.$metadata.httpStatusCode).toBe(401);
      expect(h.emu.requests.entries().at(-1)).toEqual({
        service: 'ec2',
        action: 'DescribeInstances',
        account: null,
        region: 'us-east-1',
        status: 401,
      });
    } finally {
      client.destroy();
    }
  });

  it('refuses an unsigned request', async () => {
    const raw = await fetch(h.emu.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=DescribeInstances&Version=2016-11-15',
    });
    expect(raw.status).toBe(401);
    expect(await raw.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });

  it('shows each account × region only its own resources', async () => {
    const seen = new Map<string, string[]>();
    for (const account of [ACCOUNT_A, ACCOUNT_B]) {
      for (const region of ['us-east-1', 'eu-west-1']) {
        const out = await h.ec2(account, region).send(new DescribeInstancesCommand({}));
        const ids = out.Reservations!.flatMap((r) => r.Instances!).map((i) => i.InstanceId!);
        expect(ids.sort()).toEqual(scopeOf(account, region).instances.map((i) => i.instanceId).sort());
        for (const r of out.Reservations!) expect(r.OwnerId).toBe(account);
        seen.set(`${account}/${region}`, ids);
        const vols = await h.ec2(account, region).send(new DescribeVolumesCommand({}));
        for (const v of vols.Volumes!) expect(v.AvailabilityZone!.startsWith(region)).toBe(true);
      }
    }
    const all = [...seen.values()].flat();
    expect(new Set(all).size).toBe(all.length);

    // Another account's instance, or this account's from another region, does not exist here.
    const foreign = scopeOf(ACCOUNT_B, 'us-east-1').instances[0]!.instanceId;
    const e = await rejectionOf(h.ec2(ACCOUNT_A, 'us-east-1').send(new DescribeInstancesCommand({ InstanceIds: [foreign] })));
    expect(e.name).toBe('InvalidInstanceID.NotFound');
    const otherRegion = scopeOf(ACCOUNT_A, 'eu-west-1').volumes[0]!.volumeId;
    expect((await rejectionOf(h.ec2(ACCOUNT_A, 'us-east-1').send(new DescribeVolumesCommand({ VolumeIds: [otherRegion] })))).name).toBe(
      'InvalidVolume.NotFound',
    );
  });

  it('answers a region the fleet does not populate with empty lists', async () => {
    const out = await h.ec2(ACCOUNT_A, 'ap-southeast-2').send(new DescribeInstancesCommand({}));
    expect(out.Reservations).toEqual([]);
    const types = await h.ec2(ACCOUNT_A, 'ap-southeast-2').send(new DescribeInstanceTypesCommand({}));
    expect(types.InstanceTypes!.length).toBeGreaterThan(0);
  });

  it('reflects setInstanceState in the next DescribeInstances', async () => {
    const instance = scopeOf(ACCOUNT_B, 'eu-west-1').instances.find((i) => i.state === 'running')!;
    h.fleet.aws.setInstanceState(instance.instanceId, 'stopping');
    const out = await h.ec2(ACCOUNT_B, 'eu-west-1').send(new DescribeInstancesCommand({ InstanceIds: [instance.instanceId] }));
    const described = out.Reservations![0]!.Instances![0]!;
    expect(described.State).toEqual({ Code: 64, Name: 'stopping' });
    expect(described.StateTransitionReason).toMatch(/^User initiated \(/);
    expect(described.StateReason?.Code).toBe('Client.UserInitiatedShutdown');
  });
});
