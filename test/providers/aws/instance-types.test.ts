// Instance sizes are one part of the VM listing's join: when DescribeInstanceTypes fails the VMs
// still come back, with the fields the lookup feeds left to a gap that names the failure — and one
// account's failure is never another's.
import { EC2Client } from '@aws-sdk/client-ec2';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { awsProviderSchema } from '../../../src/config/schema.js';
import { createAwsAdapter } from '../../../src/providers/aws/index.js';
import { InstanceTypeCatalog } from '../../../src/providers/aws/instance-types.js';
import type { Scope } from '../../../src/providers/types.js';
import { AWS_ACCOUNTS, EC2_INSTANCE_TYPES } from '../../../emulators/fleet.js';
import { ACCOUNT_A, ACCOUNT_B, rejectionOf, useHarness } from '../../emulators/aws/helpers.js';

const h = useHarness({ vmsPerScope: 20 });
const US: Scope = { provider: 'aws', account: ACCOUNT_A, region: 'us-east-1' };
const memory = new Map(EC2_INSTANCE_TYPES.map((t) => [t.instanceType, t.sizeInMiB]));

function adapter(maxAttempts = 3) {
  const config = awsProviderSchema.parse({
    maxAttempts,
    accounts: AWS_ACCOUNTS.map((a) => ({ id: a.accountId, regions: ['us-east-1'], endpoint: h.emu.url, credentials: { type: 'static', ...a.credentials } })),
  });
  return createAwsAdapter(config, { logger: pino({ level: 'silent' }) });
}

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
});

describe('the VM listing when DescribeInstanceTypes fails', () => {
  it('returns every VM; memory (and vCPUs only where CpuOptions is absent) is left to one AUTH gap naming the scope', async () => {
    h.emu.faults.add({ service: 'ec2', action: 'DescribeInstanceTypes', kind: 'forbidden' });
    const aws = adapter();
    try {
      const vms = await aws.list('vm', US);
      const instances = h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!.instances;
      expect(vms.map((v) => v.nativeId).sort()).toEqual(instances.map((i) => i.instanceId).sort());
      for (const vm of vms) {
        const source = instances.find((i) => i.instanceId === vm.nativeId)!;
        expect(vm.vcpus).toBe(source.cpuOptions.coreCount * source.cpuOptions.threadsPerCore);
        expect(vm.memoryMiB).toBeNull();
        expect(vm.gaps).toEqual([
          {
            fields: ['memoryMiB'],
            scope: US,
            operation: 'DescribeInstanceTypes',
            category: 'AUTH',
            providerCode: 'UnauthorizedOperation',
            message: expect.stringContaining('You are not authorized to perform this operation.'),
          },
        ]);
        // The listing's other parts are whole.
        if (source.state !== 'terminated') expect([vm.privateIps.length > 0, vm.securityGroupIds.length > 0, vm.volumeIds.length > 0]).toEqual([true, true, true]);
      }
      // A 403 is not retried; the instances were listed once.
      expect(h.emu.requests.count({ action: 'DescribeInstanceTypes' })).toBe(1);
      expect(h.emu.requests.count({ action: 'DescribeInstances' })).toBe(1);

      // The failure is not remembered: once the permission is there, sizes come back whole.
      h.emu.faults.clear();
      const again = await aws.list('vm', US);
      expect(again.every((vm) => vm.gaps === undefined && vm.memoryMiB === memory.get(vm.instanceType!))).toBe(true);
    } finally {
      await aws.close();
    }
  });

  it('gaps a lookup still throttled after the retries as THROTTLED', async () => {
    h.emu.faults.add({ service: 'ec2', action: 'DescribeInstanceTypes', kind: 'throttle' });
    const aws = adapter(2);
    try {
      const vms = await aws.list('vm', US);
      expect(vms).toHaveLength(20);
      expect(new Set(vms.map((vm) => `${vm.gaps?.[0]?.category} ${vm.gaps?.[0]?.providerCode}`))).toEqual(new Set(['THROTTLED RequestLimitExceeded']));
      expect(h.emu.requests.count({ action: 'DescribeInstanceTypes' })).toBe(2);
    } finally {
      await aws.close();
    }
  });
});

describe('InstanceTypeCatalog', () => {
  const client = (account: string) =>
    new EC2Client({ endpoint: h.emu.url, region: 'us-east-1', credentials: h.fleet.aws.credentials(account), maxAttempts: 1 });

  it('shares a lookup in flight, but asks again in its own account when another account’s lookup fails', async () => {
    h.emu.faults.add({ service: 'ec2', action: 'DescribeInstanceTypes', account: ACCOUNT_A, kind: 'forbidden' });
    const [a, b] = [client(ACCOUNT_A), client(ACCOUNT_B)];
    const catalog = new InstanceTypeCatalog();
    try {
      // A starts the call; B, asking for the same types, waits for it rather than calling too.
      const forA = catalog.lookup(a, ['m5.xlarge', 't3.micro'], `${ACCOUNT_A}/us-east-1`);
      const forB = catalog.lookup(b, ['t3.micro', 'm5.xlarge'], `${ACCOUNT_B}/us-east-1`);
      expect((await rejectionOf(forA)).name).toBe('UnauthorizedOperation');
      expect(await forB).toEqual(
        new Map([
          ['t3.micro', { vcpus: 2, memoryMiB: 1024 }],
          ['m5.xlarge', { vcpus: 4, memoryMiB: 16384 }],
        ]),
      );
      expect(h.emu.requests.entries().map((e) => [e.account, e.status])).toEqual([
        [ACCOUNT_A, 403],
        [ACCOUNT_B, 200],
      ]);
      // Known now, for every account: no further call.
      expect((await catalog.lookup(a, ['t3.micro'], `${ACCOUNT_A}/us-east-1`)).get('t3.micro')).toEqual({ vcpus: 2, memoryMiB: 1024 });
      expect(h.emu.requests.count()).toBe(2);
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('shares a successful lookup in flight: one call for two accounts', async () => {
    const [a, b] = [client(ACCOUNT_A), client(ACCOUNT_B)];
    const catalog = new InstanceTypeCatalog();
    try {
      const both = await Promise.all([
        catalog.lookup(a, ['r6g.large'], `${ACCOUNT_A}/us-east-1`),
        catalog.lookup(b, ['r6g.large'], `${ACCOUNT_B}/us-east-1`),
      ]);
      expect(both.map((m) => m.get('r6g.large'))).toEqual([{ vcpus: 2, memoryMiB: 16384 }, { vcpus: 2, memoryMiB: 16384 }]);
      expect(h.emu.requests.count({ action: 'DescribeInstanceTypes' })).toBe(1);
    } finally {
      a.destroy();
      b.destroy();
    }
  });
});
