// The DigitalOcean emulator on the wire, with plain fetch as any client would: bearer tokens,
// pages with links and meta, filters, one droplet by id, the rate-limit windows and their headers,
// injected faults, the Monitoring matrix, and a fleet that is the same for the same seed.
import { beforeEach, describe, expect, it } from 'vitest';
import { startDigitalOceanEmulator } from '../../../emulators/digitalocean/index.js';
import { createFleet } from '../../../emulators/fleet.js';
import { startedForFile } from '../../support/harness.js';

const fleet = createFleet({ seed: 42, vmsPerScope: 30 });
const emulator = startedForFile(() => startDigitalOceanEmulator({ fleet }));
const team = () => fleet.digitalocean.teams[0]!;
const get = (path: string, token = team().token) => fetch(new URL(path, emulator().url), { headers: { authorization: `Bearer ${token}` } });

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
  emulator().setMaxPageSize(null);
  emulator().setRateLimits({ perMinute: 250, perHour: 5000 });
});

describe('the DigitalOcean emulator', () => {
  it('pages lists: 20 by default, at most 200, next links that walk them all, and the total', async () => {
    const all = fleet.digitalocean.droplets(team().uuid);
    expect(all).toHaveLength(30 * fleet.digitalocean.regions.length);
    const first = await (await get('/v2/droplets')).json();
    expect(first.droplets).toHaveLength(20);
    expect(first.meta.total).toBe(all.length);
    expect((await (await get('/v2/droplets?per_page=100')).json()).droplets).toHaveLength(100);
    const big = await (await get('/v2/droplets?per_page=500')).json();
    expect(big.droplets).toHaveLength(all.length);
    expect(big.links).toEqual({});
    const seen: number[] = [];
    let next: string | undefined = new URL('/v2/droplets?per_page=50', emulator().url).href;
    while (next) {
      const page = await (await get(next)).json();
      seen.push(...page.droplets.map((d: { id: number }) => d.id));
      next = page.links.pages?.next;
    }
    expect(seen).toEqual(all.map((d) => d.id));
    emulator().setMaxPageSize(7);
    expect((await (await get('/v2/droplets?per_page=200')).json()).droplets).toHaveLength(7);
  });

  it('refuses an unknown token with 401 and the API error shape, and logs it without a team', async () => {
    const response = await get('/v2/droplets', 'dop_v1_' + '0'.repeat(64));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ id: 'Unauthorized', message: 'Unable to authenticate you' });
    expect(emulator().requests.count({ status: 401, account: null })).toBe(1);
  });

  it('filters droplets by tag, answers one by id, and 404s an unknown one', async () => {
    const tagged = (await (await get('/v2/droplets?tag_name=env:prod&per_page=200')).json()).droplets as { id: number; tags: string[] }[];
    expect(tagged.length).toBeGreaterThan(0);
    for (const d of tagged) expect(d.tags).toContain('env:prod');
    const one = await (await get(`/v2/droplets/${tagged[0]!.id}`)).json();
    expect(one.droplet.id).toBe(tagged[0]!.id);
    const missing = await get('/v2/droplets/1');
    expect(missing.status).toBe(404);
    expect((await missing.json()).id).toBe('not_found');
    expect(emulator().requests.count({ action: 'droplets.get' })).toBe(2);
  });

  it('holds every documented status, and references that resolve: volumes, VPCs, firewalls, reserved IPs', async () => {
    const { droplets, volumes, vpcs, firewalls, reservedIps } = fleet.digitalocean.of(team().uuid);
    expect(new Set(droplets.map((d) => d.status))).toEqual(new Set(['new', 'active', 'off', 'archive']));
    for (const d of droplets) {
      expect(vpcs.map((v) => v.id)).toContain(d.vpc_uuid);
      for (const id of d.volume_ids) expect(volumes.find((v) => v.id === id)!.droplet_ids).toContain(d.id);
    }
    for (const f of firewalls) for (const id of f.droplet_ids) expect(droplets.map((d) => d.id)).toContain(id);
    for (const ip of reservedIps) if (ip.droplet) expect(droplets.map((d) => d.id)).toContain(ip.droplet.id);
  });

  it('counts requests against the hourly quota: remaining goes down, and past it 429 with the reset', async () => {
    emulator().setRateLimits({ perMinute: 250, perHour: 3 });
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) remaining.push((await get('/v2/vpcs')).headers.get('ratelimit-remaining')!);
    expect(remaining).toEqual(['2', '1', '0']);
    const refused = await get('/v2/vpcs');
    expect(refused.status).toBe(429);
    expect((await refused.json()).id).toBe('too_many_requests');
    expect(refused.headers.get('ratelimit-limit')).toBe('3');
    const reset = Number(refused.headers.get('ratelimit-reset'));
    expect(reset * 1000).toBeGreaterThan(Date.now() + 3_500_000);
    expect(reset * 1000).toBeLessThanOrEqual(Date.now() + 3_601_000);
    // Another team's token has its own window.
    expect((await get('/v2/vpcs', fleet.digitalocean.teams[1]!.token)).status).toBe(200);
  });

  it('past the burst limit (per minute) refuses 429 with Retry-After, the hourly headers telling only the hour', async () => {
    emulator().setRateLimits({ perMinute: 2, perHour: 5000 });
    const answers = [await get('/v2/vpcs'), await get('/v2/vpcs')];
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['4999', '4998']);
    const refused = await get('/v2/vpcs');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-remaining')).toBe('4998');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('injects throttling with Retry-After and unavailability', async () => {
    emulator().faults.add({ service: 'volumes', kind: 'throttle', times: 1, retryAfterSeconds: 2 });
    emulator().faults.add({ service: 'firewalls', kind: 'unavailable', times: 1 });
    const throttled = await get('/v2/volumes');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('2');
    expect((await get('/v2/volumes')).status).toBe(200);
    expect((await get('/v2/firewalls')).status).toBe(503);
  });

  it('answers droplet metrics as a Prometheus matrix: CPU counters per mode, bandwidth by interface and direction', async () => {
    const droplet = fleet.digitalocean.droplets(team().uuid).find((d) => d.status === 'active')!;
    const end = Math.floor(fleet.now().getTime() / 1000);
    const start = end - 3600;
    const cpu = await (await get(`/v2/monitoring/metrics/droplet/cpu?host_id=${droplet.id}&start=${start}&end=${end}`)).json();
    expect(cpu).toMatchObject({ status: 'success', data: { resultType: 'matrix' } });
    const modes = cpu.data.result.map((r: { metric: { mode: string } }) => r.metric.mode).sort();
    expect(modes).toEqual(['idle', 'iowait', 'system', 'user']);
    for (const series of cpu.data.result as { values: [number, string][] }[]) {
      // One sample per whole minute in [start, end]: 61 when the hour starts on a minute, else 60.
      expect(series.values.length).toBe(Math.floor(end / 60) - Math.ceil(start / 60) + 1);
      for (let i = 1; i < series.values.length; i++) expect(Number(series.values[i]![1])).toBeGreaterThanOrEqual(Number(series.values[i - 1]![1]));
    }
    const bandwidth = await (await get(`/v2/monitoring/metrics/droplet/bandwidth?host_id=${droplet.id}&interface=public&direction=outbound&start=${start}&end=${end}`)).json();
    expect(bandwidth.data.result[0].metric).toMatchObject({ host_id: String(droplet.id), interface: 'public', direction: 'outbound' });
    const bad = await get(`/v2/monitoring/metrics/droplet/cpu?start=${start}&end=${end}`);
    expect(bad.status).toBe(400);
    expect(emulator().requests.count({ action: 'monitoring.droplet.cpu' })).toBe(2);
  });

  it('makes the same fleet for the same seed, and another for another seed', () => {
    const again = createFleet({ seed: 42, vmsPerScope: 30 }).digitalocean;
    expect(again.teams).toEqual(fleet.digitalocean.teams);
    expect(JSON.stringify(again.of(again.teams[0]!.uuid).droplets.map((d) => [d.id, d.name, d.size_slug]))).toBe(
      JSON.stringify(fleet.digitalocean.droplets(team().uuid).map((d) => [d.id, d.name, d.size_slug])),
    );
    expect(createFleet({ seed: 43, vmsPerScope: 30 }).digitalocean.teams[0]!.token).not.toBe(team().token);
  });
});
