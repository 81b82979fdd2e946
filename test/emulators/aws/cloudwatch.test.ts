// CloudWatch GetMetricData over AWS JSON 1.0, through the real SDK client.
import {
  CloudWatchClient,
  GetMetricDataCommand,
  paginateGetMetricData,
  type MetricDataQuery,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT_A, ACCOUNT_B, rejectionOf, useHarness } from './helpers.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const H = 3_600_000;
const h = useHarness({ clock: () => NOW });
const scope = () => h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!;
const running = () => scope().instances.filter((i) => i.state === 'running');

afterEach(() => {
  h.emu.setMaxDatapointsPerPage(null);
  h.emu.setMaxPageSize(null);
  h.emu.requests.reset();
});

const stat = (
  id: string,
  resource: string,
  metricName: string,
  options: { namespace?: string; dimension?: string; period?: number; stat?: string } = {},
): MetricDataQuery => ({
  Id: id,
  MetricStat: {
    Metric: {
      Namespace: options.namespace ?? 'AWS/EC2',
      MetricName: metricName,
      Dimensions: [{ Name: options.dimension ?? 'InstanceId', Value: resource }],
    },
    Period: options.period ?? 300,
    Stat: options.stat ?? 'Average',
  },
});

const lastHours = (hours: number) => ({ StartTime: new Date(NOW.getTime() - hours * H), EndTime: NOW });

describe('GetMetricData', () => {
  it('answers several queries of several namespaces with the fleet’s numbers', async () => {
    const instance = running()[0]!;
    const volume = scope().volumes.find((v) => v.attachments.some((a) => a.instanceId === instance.instanceId))!;
    const out = await h.cloudwatch().send(
      new GetMetricDataCommand({
        ...lastHours(2),
        ScanBy: 'TimestampAscending',
        MetricDataQueries: [
          stat('cpu', instance.instanceId, 'CPUUtilization'),
          { ...stat('netin', instance.instanceId, 'NetworkIn', { stat: 'Sum' }), Label: 'bytes in' },
          stat('vol', volume.volumeId, 'VolumeReadBytes', { namespace: 'AWS/EBS', dimension: 'VolumeId', stat: 'Sum' }),
          { ...stat('hidden', instance.instanceId, 'NetworkOut'), ReturnData: false },
        ],
      }),
    );
    expect(out.NextToken).toBeUndefined();
    expect(out.MetricDataResults!.map((r) => [r.Id, r.Label, r.StatusCode])).toEqual([
      ['cpu', 'CPUUtilization', 'Complete'],
      ['netin', 'bytes in', 'Complete'],
      ['vol', 'VolumeReadBytes', 'Complete'],
    ]);
    const cpu = out.MetricDataResults![0]!;
    const expected = h.fleet.aws.metricSeries({
      account: ACCOUNT_A,
      region: 'us-east-1',
      namespace: 'AWS/EC2',
      metricName: 'CPUUtilization',
      dimensions: [{ name: 'InstanceId', value: instance.instanceId }],
      period: 300,
      stat: 'Average',
      ...{ start: new Date(NOW.getTime() - 2 * H), end: NOW },
    })!;
    expect(cpu.Timestamps).toEqual(expected.timestamps);
    expect(cpu.Values).toEqual(expected.values);
    expect(cpu.Timestamps).toHaveLength(24);
    for (const v of cpu.Values!) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(100);
    expect(out.MetricDataResults![2]!.Values).toHaveLength(24);
  });

  it('scans newest first by default and returns the same numbers on every call', async () => {
    const id = running()[1]!.instanceId;
    const ask = () => h.cloudwatch().send(new GetMetricDataCommand({ ...lastHours(1), MetricDataQueries: [stat('cpu', id, 'CPUUtilization')] }));
    const [a, b] = [await ask(), await ask()];
    const ts = a.MetricDataResults![0]!.Timestamps!.map((t) => t.getTime());
    expect(ts).toEqual([...ts].sort((x, y) => y - x));
    expect(b.MetricDataResults).toEqual(a.MetricDataResults);
  });

  it('answers unknown metrics and instances without the agent with empty, Complete results', async () => {
    const withAgent = running().find((i) => i.sim.cloudWatchAgent)!;
    const without = running().find((i) => !i.sim.cloudWatchAgent)!;
    const out = await h.cloudwatch().send(
      new GetMetricDataCommand({
        ...lastHours(1),
        MetricDataQueries: [
          stat('memok', withAgent.instanceId, 'mem_used_percent', { namespace: 'CWAgent' }),
          stat('memnone', without.instanceId, 'mem_used_percent', { namespace: 'CWAgent' }),
          stat('bogus', withAgent.instanceId, 'NoSuchMetric'),
          stat('ghost', 'i-0000000000000000f', 'CPUUtilization'),
        ],
      }),
    );
    const byId = Object.fromEntries(out.MetricDataResults!.map((r) => [r.Id!, r]));
    expect(byId.memok!.Values).toHaveLength(12);
    for (const id of ['memnone', 'bogus', 'ghost']) {
      expect(byId[id]).toMatchObject({ Timestamps: [], Values: [], StatusCode: 'Complete' });
    }
  });

  it('has no datapoints for a stopped instance after it stopped, nor for another account’s instance', async () => {
    const stopped = scope().instances.find((i) => i.state === 'stopped')!;
    const foreign = h.fleet.aws.scope(ACCOUNT_B, 'us-east-1')!.instances.find((i) => i.state === 'running')!;
    const out = await h.cloudwatch().send(
      new GetMetricDataCommand({
        ...lastHours(24),
        MetricDataQueries: [stat('stopped', stopped.instanceId, 'CPUUtilization'), stat('foreign', foreign.instanceId, 'CPUUtilization')],
      }),
    );
    for (const r of out.MetricDataResults!) expect(r.Values).toEqual([]);
    const own = await h.cloudwatch(ACCOUNT_B).send(
      new GetMetricDataCommand({ ...lastHours(1), MetricDataQueries: [stat('mine', foreign.instanceId, 'CPUUtilization')] }),
    );
    expect(own.MetricDataResults![0]!.Values).toHaveLength(12);
  });

  it('takes up to 500 queries and refuses 501 with ValidationError', async () => {
    const ids = running().map((i) => i.instanceId);
    const queries = (n: number) => Array.from({ length: n }, (_, k) => stat(`q${k}`, ids[k % ids.length]!, 'CPUUtilization'));
    const ok = await h.cloudwatch().send(new GetMetricDataCommand({ ...lastHours(1), MetricDataQueries: queries(500) }));
    expect(ok.MetricDataResults).toHaveLength(500);
    const e = await rejectionOf(h.cloudwatch().send(new GetMetricDataCommand({ ...lastHours(1), MetricDataQueries: queries(501) })));
    expect(e.Code).toBe('ValidationError');
    expect(e.name).toBe('ValidationException');
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(h.emu.requests.entries().map((r) => [r.service, r.action, r.status])).toEqual([
      ['monitoring', 'GetMetricData', 200],
      ['monitoring', 'GetMetricData', 400],
    ]);
  });

  it('pages datapoints with MaxDatapoints and NextToken; the paginator reassembles every series', async () => {
    const [a, b, c] = running().slice(0, 3).map((i) => i.instanceId);
    const input = {
      ...lastHours(6),
      ScanBy: 'TimestampAscending' as const,
      MetricDataQueries: [stat('a', a!, 'CPUUtilization'), stat('b', b!, 'NetworkIn', { stat: 'Sum' }), stat('c', c!, 'DiskWriteOps')],
    };
    const whole = await h.cloudwatch().send(new GetMetricDataCommand(input));
    h.emu.requests.reset();

    const merged = new Map<string, { t: Date[]; v: number[] }>();
    let pages = 0;
    // The paginator writes NextToken and MaxDatapoints into its input: give it a copy.
    for await (const page of paginateGetMetricData({ client: h.cloudwatch(), pageSize: 50 }, { ...input })) {
      pages++;
      const total = page.MetricDataResults!.reduce((n, r) => n + r.Values!.length, 0);
      expect(total).toBeLessThanOrEqual(50);
      for (const r of page.MetricDataResults!) {
        const m = merged.get(r.Id!) ?? { t: [], v: [] };
        m.t.push(...r.Timestamps!);
        m.v.push(...r.Values!);
        merged.set(r.Id!, m);
      }
    }
    expect(pages).toBe(Math.ceil((3 * 72) / 50));
    expect(h.emu.requests.count({ action: 'GetMetricData' })).toBe(pages);
    for (const r of whole.MetricDataResults!) {
      expect(merged.get(r.Id!)).toEqual({ t: r.Timestamps, v: r.Values });
    }

    // The EC2 page cap leaves CloudWatch alone; the datapoint cap does not.
    h.emu.setMaxPageSize(5);
    expect((await h.cloudwatch().send(new GetMetricDataCommand(input))).NextToken).toBeUndefined();
    h.emu.setMaxDatapointsPerPage(100);
    const capped = await h.cloudwatch().send(new GetMetricDataCommand(input));
    expect(capped.NextToken).toBeTruthy();
    expect(capped.MetricDataResults!.map((r: MetricDataResult) => [r.Id, r.Values!.length, r.StatusCode])).toEqual([
      ['a', 72, 'Complete'],
      ['b', 28, 'PartialData'],
      ['c', 0, 'PartialData'],
    ]);
  });

  it('returns at most 100,800 datapoints per call', async () => {
    const ids = running().slice(0, 20).map((i) => i.instanceId);
    const input = {
      StartTime: new Date(NOW.getTime() - 7 * 24 * H),
      EndTime: NOW,
      MetricDataQueries: ids.map((id, k) => stat(`m${k}`, id, 'CPUUtilization', { period: 60 })),
    };
    const first = await h.cloudwatch().send(new GetMetricDataCommand(input));
    const count = (r: MetricDataResult[]) => r.reduce((n, x) => n + x.Values!.length, 0);
    expect(count(first.MetricDataResults!)).toBe(100_800);
    expect(first.NextToken).toBeTruthy();
    const second = await h.cloudwatch().send(new GetMetricDataCommand({ ...input, NextToken: first.NextToken }));
    expect(count(second.MetricDataResults!)).toBe(20 * 7 * 24 * 60 - 100_800);
    expect(second.NextToken).toBeUndefined();
  });

  it('validates ids, periods, statistics, times and tokens', async () => {
    const id = running()[0]!.instanceId;
    const send = (input: ConstructorParameters<typeof GetMetricDataCommand>[0]) =>
      rejectionOf(h.cloudwatch().send(new GetMetricDataCommand(input)));
    const dup = await send({ ...lastHours(1), MetricDataQueries: [stat('x', id, 'CPUUtilization'), stat('x', id, 'NetworkIn')] });
    expect(dup.Code).toBe('ValidationError');
    const badId = await send({ ...lastHours(1), MetricDataQueries: [stat('Upper', id, 'CPUUtilization')] });
    expect(badId.Code).toBe('ValidationError');
    const badPeriod = await send({ ...lastHours(1), MetricDataQueries: [stat('p', id, 'CPUUtilization', { period: 90 })] });
    expect(badPeriod.Code).toBe('InvalidParameterValue');
    const badStat = await send({ ...lastHours(1), MetricDataQueries: [stat('s', id, 'CPUUtilization', { stat: 'Median' })] });
    expect(badStat.Code).toBe('InvalidParameterValue');
    const backwards = await send({ StartTime: NOW, EndTime: new Date(NOW.getTime() - H), MetricDataQueries: [stat('t', id, 'CPUUtilization')] });
    expect(backwards.Code).toBe('InvalidParameterValue');
    const token = await send({ ...lastHours(1), NextToken: 'forged', MetricDataQueries: [stat('t', id, 'CPUUtilization')] });
    expect(token.Code).toBe('InvalidNextToken');
    const p99 = await h.cloudwatch().send(
      new GetMetricDataCommand({ ...lastHours(1), MetricDataQueries: [stat('p', id, 'CPUUtilization', { stat: 'p99' })] }),
    );
    expect(p99.MetricDataResults![0]!.Values).toHaveLength(12);
  });

  it('refuses an unknown access key', async () => {
    const client = new CloudWatchClient({
      endpoint: h.emu.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'nope' },
      maxAttempts: 1,
    });
    try {
      const e = await rejectionOf(
        client.send(new GetMetricDataCommand({ ...lastHours(1), MetricDataQueries: [stat('x', running()[0]!.instanceId, 'CPUUtilization')] })),
      );
      expect(e.name).toBe('InvalidClientTokenId');
      expect(e.$metadata.httpStatusCode).toBe(403);
      expect(h.emu.requests.entries()).toEqual([
        { service: 'monitoring', action: 'GetMetricData', account: null, region: 'us-east-1', status: 403 },
      ]);
    } finally {
      client.destroy();
    }
  });
});
