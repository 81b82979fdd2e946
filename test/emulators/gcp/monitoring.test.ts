// Cloud Monitoring timeSeries.list over REST, driven by the real MetricServiceClient (fallback:
// true): numeric enums on the wire, aligned windows, reducers, paging by points, and errors.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FILTER_LENGTH } from '../../../emulators/gcp/index.js';
import { DEV, PROD, collect, lastSegment, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ seed: 9, vmsPerScope: 20 });

afterEach(() => {
  h.emu.requests.reset();
  h.emu.setMaxPointsPerPage(null);
});

const CPU = 'compute.googleapis.com/instance/cpu/utilization';
const DISK_READ = 'compute.googleapis.com/instance/disk/read_bytes_count';
const MEMORY = 'agent.googleapis.com/memory/percent_used';
const PERIOD = 300;
const paging = { autoPaginate: false } as const;

const instances = (project = PROD) => h.fleet.gcp.project(project)!.regions.flatMap((r) => r.instances);
const running = (project = PROD) => instances(project).filter((i) => i.status === 'RUNNING');

function window(hours: number) {
  const end = Math.floor(h.fleet.now().getTime() / (PERIOD * 1000)) * PERIOD * 1000;
  return { start: end - hours * 3600_000, end };
}

function request(type: string, ids: string[], extra: Record<string, unknown> = {}, hours = 2) {
  const { start, end } = window(hours);
  return {
    name: `projects/${PROD}`,
    filter: `metric.type = "${type}" AND resource.type = "gce_instance" AND resource.labels.instance_id = one_of(${ids.map((id) => `"${id}"`).join(',')})`,
    interval: { startTime: { seconds: start / 1000 }, endTime: { seconds: end / 1000 } },
    aggregation: { alignmentPeriod: { seconds: PERIOD }, perSeriesAligner: 'ALIGN_MEAN' as const },
    view: 'FULL' as const,
    ...extra,
  };
}

describe('timeSeries.list', () => {
  it('answers the client’s numeric enums with aligned points, newest first, CPU as a fraction', async () => {
    const vms = running().slice(0, 3);
    const series = await collect(h.clients().metrics.listTimeSeriesAsync(request(CPU, vms.map((v) => v.id)), paging));
    expect(series.map((s) => s.resource!.labels!['instance_id']).sort()).toEqual(vms.map((v) => v.id).sort());
    const { start, end } = window(2);
    for (const s of series) {
      expect(s.metricKind).toBe('GAUGE');
      expect(s.valueType).toBe('DOUBLE');
      expect(s.metric!.labels!['instance_name']).toBe(vms.find((v) => v.id === s.resource!.labels!['instance_id'])!.name);
      const ends = s.points!.map((p) => Number(p.interval!.endTime!.seconds) * 1000);
      expect(ends[0]).toBe(end);
      expect(ends).toEqual([...ends].sort((a, b) => b - a));
      expect(ends.at(-1)).toBe(start + PERIOD * 1000);
      for (const p of s.points!) expect(p.value!.doubleValue).toBeGreaterThanOrEqual(0), expect(p.value!.doubleValue).toBeLessThanOrEqual(1);
    }
    expect(h.emu.requests.entries()).toEqual([{ service: 'monitoring', action: 'timeSeries.list', account: PROD, region: '*', status: 200 }]);
  });

  it('gives one series per disk, which REDUCE_SUM grouped by instance sums into one', async () => {
    const vm = running().find((v) => v.disks.length >= 2)!;
    const perDisk = await collect(h.clients().metrics.listTimeSeriesAsync(request(DISK_READ, [vm.id], { aggregation: { alignmentPeriod: { seconds: PERIOD }, perSeriesAligner: 'ALIGN_SUM' } }), paging));
    expect(perDisk.map((s) => s.metric!.labels!['device_name']).sort()).toEqual(vm.disks.map((d) => d.deviceName).sort());
    expect(perDisk.every((s) => s.metricKind === 'DELTA' && s.valueType === 'INT64')).toBe(true);
    const summed = await collect(
      h.clients().metrics.listTimeSeriesAsync(
        request(DISK_READ, [vm.id], {
          aggregation: { alignmentPeriod: { seconds: PERIOD }, perSeriesAligner: 'ALIGN_SUM', crossSeriesReducer: 'REDUCE_SUM', groupByFields: ['resource.labels.instance_id'] },
        }),
        paging,
      ),
    );
    expect(summed).toHaveLength(1);
    expect(summed[0]!.resource!.labels).toEqual({ project_id: PROD, instance_id: vm.id });
    expect(summed[0]!.metric!.labels).toEqual({});
    const first = summed[0]!.points![0]!;
    expect(Number(first.interval!.endTime!.seconds) - Number(first.interval!.startTime!.seconds)).toBe(PERIOD);
    const expected = perDisk.reduce((sum, s) => sum + Number(s.points![0]!.value!.int64Value), 0);
    expect(Number(first.value!.int64Value)).toBe(expected);
  });

  it('has points only while the VM ran, and memory only where the Ops Agent runs', async () => {
    const stopped = instances().find((i) => i.status === 'TERMINATED' && i.sim.activity.every((a) => a.to && a.to.getTime() < Date.now() - 86_400_000))!;
    const withAgent = running().find((i) => i.sim.opsAgent)!;
    const withoutAgent = running().find((i) => !i.sim.opsAgent)!;
    const cpu = await collect(h.clients().metrics.listTimeSeriesAsync(request(CPU, [stopped.id]), paging));
    expect(cpu).toEqual([]);
    const memory = await collect(
      h.clients().metrics.listTimeSeriesAsync(
        { ...request(MEMORY, [withAgent.id, withoutAgent.id]), filter: `${request(MEMORY, [withAgent.id, withoutAgent.id]).filter} AND metric.labels.state = "used"` },
        paging,
      ),
    );
    expect(memory.map((s) => s.resource!.labels!['instance_id'])).toEqual([withAgent.id]);
    expect(memory[0]!.metric!.labels).toEqual({ state: 'used' });
  });

  it('pages by points with pageToken; setMaxPointsPerPage caps the page', async () => {
    const vms = running().slice(0, 4);
    const whole = await collect(h.clients().metrics.listTimeSeriesAsync(request(CPU, vms.map((v) => v.id), {}, 6), paging));
    const points = whole.reduce((n, s) => n + s.points!.length, 0);
    h.emu.requests.reset();
    h.emu.setMaxPointsPerPage(7);
    const paged = await collect(h.clients().metrics.listTimeSeriesAsync(request(CPU, vms.map((v) => v.id), {}, 6), paging));
    expect(paged.reduce((n, s) => n + s.points!.length, 0)).toBe(points);
    expect(h.emu.requests.count({ action: 'timeSeries.list' })).toBe(Math.ceil(points / 7));
  });

  it('accepts enum names as well as numbers (what a hand-written request sends)', async () => {
    const vm = running()[0]!;
    const { start, end } = window(1);
    const q = new URLSearchParams({
      filter: `metric.type = "${CPU}" AND resource.labels.instance_id = "${vm.id}"`,
      'interval.startTime': new Date(start).toISOString(),
      'interval.endTime': new Date(end).toISOString(),
      'aggregation.alignmentPeriod': '300s',
      'aggregation.perSeriesAligner': 'ALIGN_MEAN',
    });
    const named = await h.get(`/v3/projects/${PROD}/timeSeries?${q}`);
    expect(named.status).toBe(200);
    expect((named.body as { timeSeries: { metricKind: unknown }[] }).timeSeries[0]!.metricKind).toBe('GAUGE');
    q.set('aggregation.perSeriesAligner', '12');
    q.set('$alt', 'json;enum-encoding=int');
    const numbered = await h.get(`/v3/projects/${PROD}/timeSeries?${q}`);
    expect((numbered.body as { timeSeries: { metricKind: unknown; valueType: unknown }[] }).timeSeries[0]).toMatchObject({ metricKind: 1, valueType: 3 });
  });
});

describe('timeSeries.list errors', () => {
  const vm = () => running()[0]!;

  it('404 NOT_FOUND for a metric the project does not have', async () => {
    const e = await rejectionOf(h.clients().metrics.listTimeSeries(request('custom.googleapis.com/nothing', [vm().id])));
    expect(e.status).toBe(404);
    expect(JSON.parse(e.message)).toMatchObject({ error: { code: 404, status: 'NOT_FOUND' } });
  });

  it.each([
    ['no metric type', { filter: `resource.labels.instance_id = "1"` }],
    ['two metric types', { filter: `metric.type = "${CPU}" AND metric.type = "${DISK_READ}"` }],
    ['an alignment period under 60 s', { aggregation: { alignmentPeriod: { seconds: 30 }, perSeriesAligner: 'ALIGN_MEAN' } }],
    ['an aligner without a period', { aggregation: { perSeriesAligner: 'ALIGN_MEAN' } }],
    ['ALIGN_RATE on a gauge', { aggregation: { alignmentPeriod: { seconds: 60 }, perSeriesAligner: 'ALIGN_RATE' } }],
    ['a reducer without an aligner', { aggregation: { crossSeriesReducer: 'REDUCE_SUM' } }],
    [`a filter over ${MAX_FILTER_LENGTH} characters`, { filter: `metric.type = "${CPU}" AND resource.labels.instance_id = one_of(${Array.from({ length: 120 }, (_, i) => `"${String(i).padStart(19, '1')}"`).join(',')})` }],
  ])('400 INVALID_ARGUMENT for %s', async (_, extra) => {
    const e = await rejectionOf(h.clients().metrics.listTimeSeries({ ...request(CPU, [vm().id]), ...extra } as never));
    expect(e.status).toBe(400);
    expect(JSON.parse(e.message)).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
  });

  it('403 for another project, whoever asks', async () => {
    const e = await rejectionOf(h.clients(PROD).metrics.listTimeSeries({ ...request(CPU, [vm().id]), name: `projects/${DEV}` }));
    expect(e.status).toBe(403);
    expect(JSON.parse(e.message)).toMatchObject({ error: { status: 'PERMISSION_DENIED' } });
    // The project number names the project too.
    const number = h.fleet.gcp.projects.find((p) => p.projectId === PROD)!.projectNumber;
    const ok = await collect(h.clients(PROD).metrics.listTimeSeriesAsync({ ...request(CPU, [vm().id]), name: `projects/${number}` }, paging));
    expect(ok).toHaveLength(1);
    expect(lastSegment(ok[0]!.resource!.labels!['zone'])).toMatch(/^[a-z]+-[a-z]+\d-[a-z]$/);
  });
});
