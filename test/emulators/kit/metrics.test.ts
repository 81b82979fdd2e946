import { describe, expect, it } from 'vitest';
import { createFleet, type AwsMetricQuery } from '../../../emulators/fleet.js';

const now = new Date('2026-03-01T00:00:00Z');
const fleet = createFleet({ clock: () => now });
const scope = fleet.aws.scope('111111111111', 'us-east-1')!;
const running = scope.instances.filter((i) => i.state === 'running');
const H = 3_600_000;

const query = (id: string, metricName: string, extra: Partial<AwsMetricQuery> = {}): AwsMetricQuery => ({
  account: '111111111111',
  region: 'us-east-1',
  namespace: 'AWS/EC2',
  metricName,
  dimensions: [{ name: 'InstanceId', value: id }],
  period: 300,
  stat: 'Average',
  start: new Date(now.getTime() - 6 * H),
  end: now,
  ...extra,
});

describe('fleet metrics', () => {
  it('are deterministic and independent of the range asked for', () => {
    const id = running[0]!.instanceId;
    const a = fleet.aws.metricSeries(query(id, 'CPUUtilization'))!;
    const b = createFleet({ clock: () => now }).aws.metricSeries(query(id, 'CPUUtilization'))!;
    expect(a.timestamps).toHaveLength(72);
    expect(a).toEqual(b);
    // A sub-range gives the same numbers at the same timestamps.
    const part = fleet.aws.metricSeries(query(id, 'CPUUtilization', { start: new Date(now.getTime() - 2 * H) }))!;
    expect(part.values).toEqual(a.values.slice(-24));
    expect(part.timestamps.map((t) => t.getTime() % 300_000)).toEqual(part.timestamps.map(() => 0));
    // Another seed, other numbers.
    const other = createFleet({ seed: 1, clock: () => now }).aws;
    const otherId = other.scope('111111111111', 'us-east-1')!.instances.find((i) => i.state === 'running')!.instanceId;
    expect(other.metricSeries(query(otherId, 'CPUUtilization'))!.values).not.toEqual(a.values);
  });

  it('keeps CPU in 0–100 percent, byte and op counters non-negative, and Sum/Max/Min consistent', () => {
    for (const i of running.slice(0, 10)) {
      const cpu = fleet.aws.metricSeries(query(i.instanceId, 'CPUUtilization', { stat: 'Maximum' }))!;
      expect(cpu.unit).toBe('Percent');
      for (const v of cpu.values) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(100);
      for (const name of ['NetworkIn', 'NetworkOut', 'DiskReadBytes', 'DiskWriteBytes', 'DiskReadOps', 'DiskWriteOps']) {
        const s = fleet.aws.metricSeries(query(i.instanceId, name, { stat: 'Sum' }))!;
        expect(s.values.length).toBe(72);
        for (const v of s.values) expect(Number.isFinite(v) && v >= 0).toBe(true);
      }
      const avg = fleet.aws.metricSeries(query(i.instanceId, 'NetworkIn'))!.values;
      const sum = fleet.aws.metricSeries(query(i.instanceId, 'NetworkIn', { stat: 'Sum' }))!.values;
      const max = fleet.aws.metricSeries(query(i.instanceId, 'NetworkIn', { stat: 'Maximum' }))!.values;
      const min = fleet.aws.metricSeries(query(i.instanceId, 'NetworkIn', { stat: 'Minimum' }))!.values;
      avg.forEach((a, k) => {
        expect(sum[k]).toBe(Math.round(a * 5));
        expect(max[k]).toBeGreaterThanOrEqual(a);
        expect(min[k]).toBeLessThanOrEqual(a);
      });
    }
  });

  it('has no points after an instance stopped, and none in the future', () => {
    const stopped = scope.instances.find((i) => i.state === 'stopped')!;
    const stoppedAt = stopped.sim.activity.at(-1)!.to!;
    const around = fleet.aws.metricSeries(
      query(stopped.instanceId, 'CPUUtilization', { start: new Date(stoppedAt.getTime() - 3 * H), end: new Date(stoppedAt.getTime() + 3 * H) }),
    )!;
    expect(around.timestamps.length).toBeGreaterThan(0);
    for (const t of around.timestamps) expect(t.getTime()).toBeLessThan(stoppedAt.getTime());
    expect(fleet.aws.metricSeries(query(stopped.instanceId, 'CPUUtilization'))!.timestamps).toEqual([]);
    const future = fleet.aws.metricSeries(query(running[0]!.instanceId, 'CPUUtilization', { end: new Date(now.getTime() + 5 * H) }))!;
    for (const t of future.timestamps) expect(t.getTime()).toBeLessThan(now.getTime());
  });

  it('stops a series when setInstanceState stops the instance', () => {
    let clock = now;
    const local = createFleet({ clock: () => clock });
    const id = local.aws.scope('111111111111', 'us-east-1')!.instances.find((i) => i.state === 'running')!.instanceId;
    local.aws.setInstanceState(id, 'stopped');
    clock = new Date(now.getTime() + 2 * H);
    const s = local.aws.metricSeries(query(id, 'CPUUtilization', { end: clock }))!;
    expect(s.timestamps.at(-1)!.getTime()).toBeLessThan(now.getTime());
  });

  it('serves memory only from the CloudWatch agent, on about half the instances', () => {
    const all = fleet.aws.scopes().flatMap((s) => s.instances);
    const withAgent = all.filter((i) => i.sim.cloudWatchAgent);
    expect(withAgent.length / all.length).toBeGreaterThan(0.3);
    expect(withAgent.length / all.length).toBeLessThan(0.7);
    const agent = running.find((i) => i.sim.cloudWatchAgent)!;
    const none = running.find((i) => !i.sim.cloudWatchAgent)!;
    const mem = (id: string) => fleet.aws.metricSeries(query(id, 'mem_used_percent', { namespace: 'CWAgent' }));
    expect(mem(agent.instanceId)!.values.length).toBe(72);
    expect(mem(none.instanceId)).toBeNull();
    expect(fleet.aws.metricSeries(query(agent.instanceId, 'MemoryUtilization'))).toBeNull();
  });

  it('serves EBS volume metrics by VolumeId and nothing for unknown resources or dimensions', () => {
    const attached = scope.volumes.find((v) => v.attachments.some((a) => running.some((i) => i.instanceId === a.instanceId)))!;
    for (const name of ['VolumeReadBytes', 'VolumeWriteBytes', 'VolumeReadOps', 'VolumeWriteOps']) {
      const s = fleet.aws.metricSeries({
        ...query(attached.volumeId, name, { namespace: 'AWS/EBS', stat: 'Sum' }),
        dimensions: [{ name: 'VolumeId', value: attached.volumeId }],
      })!;
      expect(s.values.length).toBe(72);
    }
    const unattached = scope.volumes.find((v) => v.attachments.length === 0)!;
    expect(
      fleet.aws.metricSeries({ ...query('', 'VolumeReadOps', { namespace: 'AWS/EBS' }), dimensions: [{ name: 'VolumeId', value: unattached.volumeId }] })!
        .timestamps,
    ).toEqual([]);
    expect(fleet.aws.metricSeries(query('i-0000000000000000f', 'CPUUtilization'))).toBeNull();
    expect(fleet.aws.metricSeries(query(running[0]!.instanceId, 'CPUUtilization', { account: '222222222222' }))).toBeNull();
    expect(fleet.aws.metricSeries({ ...query(running[0]!.instanceId, 'CPUUtilization'), dimensions: [] })).toBeNull();
  });
});
