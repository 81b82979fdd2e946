// Injected throttling, unavailability, missing permissions and latency, and the request log that
// records them.
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CostExplorerClient, GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { DescribeInstanceTypesCommand, DescribeInstancesCommand, DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyAwsError } from '../../../src/providers/aws/errors.js';
import { ACCOUNT_A, ACCOUNT_B, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 10 });

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
});

const metricQuery = () => ({
  StartTime: new Date(Date.now() - 3_600_000),
  EndTime: new Date(),
  MetricDataQueries: [
    {
      Id: 'cpu',
      MetricStat: {
        Metric: { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimensions: [{ Name: 'InstanceId', Value: 'i-0000000000000000f' }] },
        Period: 300,
        Stat: 'Average',
      },
    },
  ],
});

describe('fault injection', () => {
  it('throttles EC2 with RequestLimitExceeded (503) and CloudWatch with Throttling (400)', async () => {
    h.emu.faults.add({ kind: 'throttle' });
    const ec2 = await rejectionOf(h.ec2().send(new DescribeInstancesCommand({})));
    expect(ec2.name).toBe('RequestLimitExceeded');
    expect(ec2.$metadata.httpStatusCode).toBe(503);
    const cw = await rejectionOf(h.cloudwatch().send(new GetMetricDataCommand(metricQuery())));
    expect(cw.name).toBe('Throttling');
    expect(cw.$metadata.httpStatusCode).toBe(400);
    expect(h.emu.requests.entries()).toEqual([
      { service: 'ec2', action: 'DescribeInstances', account: ACCOUNT_A, region: 'us-east-1', status: 503 },
      { service: 'monitoring', action: 'GetMetricData', account: ACCOUNT_A, region: 'us-east-1', status: 400 },
    ]);
  });

  it('makes a service unavailable with 503 Unavailable / ServiceUnavailable', async () => {
    h.emu.faults.add({ kind: 'unavailable', service: 'ec2' });
    h.emu.faults.add({ kind: 'unavailable', service: 'monitoring' });
    const ec2 = await rejectionOf(h.ec2().send(new DescribeInstancesCommand({})));
    expect(ec2.name).toBe('Unavailable');
    expect(ec2.$metadata.httpStatusCode).toBe(503);
    const cw = await rejectionOf(h.cloudwatch().send(new GetMetricDataCommand(metricQuery())));
    expect(cw.name).toBe('ServiceUnavailable');
    expect(cw.$metadata.httpStatusCode).toBe(503);
    expect(h.emu.requests.count({ status: 503 })).toBe(2);
  });

  it('answers a missing permission as each service does: EC2 UnauthorizedOperation 403, AccessDenied(Exception) elsewhere', async () => {
    h.emu.faults.add({ kind: 'forbidden', action: 'DescribeInstanceTypes' });
    h.emu.faults.add({ kind: 'forbidden', service: 'monitoring' });
    h.emu.faults.add({ kind: 'forbidden', service: 'pricing' });
    h.emu.faults.add({ kind: 'forbidden', service: 'costexplorer' });
    const ec2 = await rejectionOf(h.ec2().send(new DescribeInstanceTypesCommand({})));
    expect(ec2).toMatchObject({ name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } });
    expect(ec2.message).toMatch(/^You are not authorized to perform this operation\. /);
    expect(ec2.message).toContain(`arn:aws:iam::${ACCOUNT_A}:user/fleetgraph is not authorized to perform: ec2:DescribeInstanceTypes`);
    await h.ec2().send(new DescribeInstancesCommand({})); // the permission missing is DescribeInstanceTypes alone

    const cw = await rejectionOf(h.cloudwatch().send(new GetMetricDataCommand(metricQuery())));
    expect(cw).toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    expect(cw.message).toContain('cloudwatch:GetMetricData');

    const credentials = h.fleet.aws.credentials(ACCOUNT_A);
    const pricing = new PricingClient({ endpoint: h.emu.url, region: 'us-east-1', credentials, maxAttempts: 1 });
    const ce = new CostExplorerClient({ endpoint: h.emu.url, region: 'us-east-1', credentials, maxAttempts: 1 });
    try {
      // JSON 1.1 services answer an IAM denial with 400, like every other caller error.
      const products = await rejectionOf(pricing.send(new GetProductsCommand({ ServiceCode: 'AmazonEC2' })));
      expect(products).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
      expect(products.message).toContain('pricing:GetProducts');
      const usage = await rejectionOf(
        ce.send(new GetCostAndUsageCommand({ TimePeriod: { Start: '2025-12-01', End: '2025-12-02' }, Granularity: 'DAILY', Metrics: ['UnblendedCost'] })),
      );
      expect(usage).toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } });
      expect(usage.message).toContain(`ce:GetCostAndUsage on resource: arn:aws:ce:us-east-1:${ACCOUNT_A}:/GetCostAndUsage`);
      for (const error of [ec2, cw, products, usage]) expect(classifyAwsError(error).category, error.name).toBe('AUTH');
    } finally {
      pricing.destroy();
      ce.destroy();
    }
    expect(h.emu.requests.entries().map((e) => [e.service, e.action, e.status])).toEqual([
      ['ec2', 'DescribeInstanceTypes', 403],
      ['ec2', 'DescribeInstances', 200],
      ['monitoring', 'GetMetricData', 403],
      ['pricing', 'GetProducts', 400],
      ['costexplorer', 'GetCostAndUsage', 400],
    ]);
  });

  it('checks the caller before a missing permission: an unknown key is AuthFailure, not UnauthorizedOperation', async () => {
    h.emu.faults.add({ kind: 'forbidden' });
    const stranger = new EC2Client({
      endpoint: h.emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    try {
      expect((await rejectionOf(stranger.send(new DescribeInstancesCommand({})))).name).toBe('AuthFailure');
    } finally {
      stranger.destroy();
    }
  });

  it('delays answers by latencyMs', async () => {
    h.emu.faults.add({ kind: 'latency', latencyMs: 600, action: 'DescribeInstances', times: 1 });
    const started = Date.now();
    const out = await h.ec2().send(new DescribeInstancesCommand({}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(590);
    expect(out.Reservations!.length).toBeGreaterThan(0);
    await h.ec2().send(new DescribeVolumesCommand({}));
    await h.ec2().send(new DescribeInstancesCommand({})); // the rule was used up
    expect(h.emu.faults.active()).toEqual([]); // used up: no further request waits
    expect(h.emu.requests.count({ status: 200 })).toBe(3);
  });

  it('applies a rule `times` times only; the SDK’s own retries then succeed', async () => {
    h.emu.faults.add({ kind: 'throttle', times: 2 });
    expect((await rejectionOf(h.ec2().send(new DescribeInstancesCommand({})))).name).toBe('RequestLimitExceeded');
    expect((await rejectionOf(h.ec2().send(new DescribeInstancesCommand({})))).name).toBe('RequestLimitExceeded');
    await h.ec2().send(new DescribeInstancesCommand({}));
    expect(h.emu.requests.entries().map((e) => e.status)).toEqual([503, 503, 200]);
    expect(h.emu.faults.active()).toEqual([]);

    h.emu.requests.reset();
    h.emu.faults.add({ kind: 'unavailable', times: 2 });
    const retrying = new EC2Client({ endpoint: h.emu.url, region: 'us-east-1', credentials: h.fleet.aws.credentials(ACCOUNT_A), maxAttempts: 3 });
    try {
      const out = await retrying.send(new DescribeInstancesCommand({}));
      expect(out.$metadata.attempts).toBe(3);
    } finally {
      retrying.destroy();
    }
    expect(h.emu.requests.entries().map((e) => e.status)).toEqual([503, 503, 200]);
  });

  it('matches rules by service, action, account and region', async () => {
    h.emu.faults.add({ kind: 'throttle', account: ACCOUNT_B });
    h.emu.faults.add({ kind: 'throttle', region: 'eu-west-1', action: 'DescribeVolumes' });
    await h.ec2(ACCOUNT_A, 'us-east-1').send(new DescribeInstancesCommand({}));
    await h.ec2(ACCOUNT_A, 'eu-west-1').send(new DescribeInstancesCommand({}));
    expect((await rejectionOf(h.ec2(ACCOUNT_A, 'eu-west-1').send(new DescribeVolumesCommand({})))).name).toBe('RequestLimitExceeded');
    expect((await rejectionOf(h.ec2(ACCOUNT_B, 'us-east-1').send(new DescribeInstancesCommand({})))).name).toBe('RequestLimitExceeded');
    expect((await rejectionOf(h.cloudwatch(ACCOUNT_B).send(new GetMetricDataCommand(metricQuery())))).name).toBe('Throttling');
    await h.cloudwatch(ACCOUNT_A).send(new GetMetricDataCommand(metricQuery()));

    expect(h.emu.requests.count()).toBe(6);
    expect(h.emu.requests.count({ status: 200 })).toBe(3);
    expect(h.emu.requests.count({ account: ACCOUNT_B })).toBe(2);
    expect(h.emu.requests.count({ service: 'ec2', region: 'eu-west-1' })).toBe(2);
    expect(h.emu.requests.count({ service: 'monitoring', status: 400 })).toBe(1);

    h.emu.faults.clear();
    await h.ec2(ACCOUNT_B, 'us-east-1').send(new DescribeInstancesCommand({}));
    expect(h.emu.requests.entries().at(-1)!.status).toBe(200);
    h.emu.requests.reset();
    expect(h.emu.requests.entries()).toEqual([]);
  });

  it('refuses a nonsensical rule', () => {
    expect(() => h.emu.faults.add({ kind: 'throttle', times: 0 })).toThrow();
  });
});
