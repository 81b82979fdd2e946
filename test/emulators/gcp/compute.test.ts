// Compute Engine over REST, driven by the real @google-cloud/compute clients: aggregated, zonal,
// regional and global lists, get, filters, paging and its limits.
import { afterEach, describe, expect, it } from 'vitest';
import { COMPUTE_ACTIONS, MAX_RESULTS } from '../../../emulators/gcp/index.js';
import { DEV, PROD, collect, collectAggregated, lastSegment, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ seed: 5, vmsPerScope: 24 });

afterEach(() => {
  h.emu.requests.reset();
  h.emu.setMaxPageSize(null);
});

const paging = { autoPaginate: false } as const;

const instancesOf = (project = PROD) => h.fleet.gcp.project(project)!.regions.flatMap((r) => r.instances);
const disksOf = (project = PROD) => h.fleet.gcp.project(project)!.regions.flatMap((r) => r.disks);

describe('instances as Compute Engine writes them', () => {
  it('serves dual-stack interfaces and PENDING_STOP through the SDK unchanged', async () => {
    const c = h.clients();
    const source = instancesOf().find((i) => i.networkInterfaces.some((n) => n.ipv6AccessConfigs || n.ipv6Address))!;
    const zone = lastSegment(source.zone);
    const before = source.status;
    h.fleet.gcp.setInstanceStatus(PROD, zone, source.name, 'PENDING_STOP');
    const [got] = await c.instances.get({ project: PROD, zone, instance: source.name });
    expect(got.status).toBe('PENDING_STOP');
    got.networkInterfaces!.forEach((nic, i) => {
      const want = source.networkInterfaces[i]!;
      expect(nic.stackType).toBe(want.stackType);
      expect(nic.ipv6AccessType ?? undefined).toBe(want.ipv6AccessType);
      expect(nic.ipv6Address ?? undefined).toBe(want.ipv6Address);
      expect((nic.ipv6AccessConfigs ?? []).map((a) => [a.type, a.externalIpv6, a.externalIpv6PrefixLength])).toEqual(
        (want.ipv6AccessConfigs ?? []).map((a) => [a.type, a.externalIpv6, a.externalIpv6PrefixLength]),
      );
    });
    h.fleet.gcp.setInstanceStatus(PROD, zone, source.name, before);
  });
});

describe('aggregated lists', () => {
  it('lists every instance of the project in one page, items keyed by zone, empty zones with a warning', async () => {
    const c = h.clients();
    const { items, scopes } = await collectAggregated<{ name: string; zone: string }>(
      c.instances.aggregatedListAsync({ project: PROD, maxResults: 500 }, paging) as never,
      'instances',
    );
    expect(items.map((i) => i.name).sort()).toEqual(instancesOf().map((i) => i.name).sort());
    expect(scopes).toContain('zones/us-central1-a');
    expect(scopes).toContain('zones/asia-east1-a'); // a zone with nothing in it still has its key
    expect(h.emu.requests.entries()).toEqual([{ service: 'compute', action: 'instances.aggregatedList', account: PROD, region: '*', status: 200 }]);

    const raw = await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?maxResults=500`);
    const body = raw.body as { kind: string; items: Record<string, { instances?: unknown[]; warning?: { code: string; data: { key: string; value: string }[] } }> };
    expect(body.kind).toBe('compute#instanceAggregatedList');
    expect(body.items['zones/us-east1-b']!.warning).toMatchObject({ code: 'NO_RESULTS_ON_PAGE', data: [{ key: 'scope', value: 'zones/us-east1-b' }] });
    for (const [key, scoped] of Object.entries(body.items)) {
      for (const instance of (scoped.instances ?? []) as { zone: string; sim?: unknown }[]) {
        expect(`zones/${lastSegment(instance.zone)}`).toBe(key);
        expect(instance.sim).toBeUndefined();
      }
    }
  });

  it('keys zonal disks by zone and regional disks by region', async () => {
    const { items } = await collectAggregated<{ name: string; zone?: string; region?: string }>(
      h.clients().disks.aggregatedListAsync({ project: PROD }, paging) as never,
      'disks',
    );
    expect(items).toHaveLength(disksOf().length);
    const regional = items.filter((d) => d.region && !d.zone);
    expect(regional.map((d) => d.name).sort()).toEqual(['shared-europe-west1-regional', 'shared-us-central1-regional']);
    const raw = await h.get(`/compute/v1/projects/${PROD}/aggregated/disks`);
    const keys = Object.keys((raw.body as { items: object }).items);
    expect(keys.indexOf('regions/us-central1')).toBeLessThan(keys.indexOf('zones/us-central1-a'));
  });

  it('serves subnetworks, addresses and machine types aggregated too', async () => {
    const c = h.clients();
    const subnets = await collectAggregated(c.subnetworks.aggregatedListAsync({ project: PROD }, paging) as never, 'subnetworks');
    expect(subnets.items).toHaveLength(h.fleet.gcp.project(PROD)!.regions.flatMap((r) => r.subnetworks).length);
    const addresses = await collectAggregated(c.addresses.aggregatedListAsync({ project: PROD }, paging) as never, 'addresses');
    expect(addresses.items).toHaveLength(h.fleet.gcp.project(PROD)!.regions.flatMap((r) => r.addresses).length);
    const types = await collectAggregated<{ name: string; guestCpus: number; memoryMb: number }>(
      c.machineTypes.aggregatedListAsync({ project: PROD, filter: 'name = "e2-medium"' }, paging) as never,
      'machineTypes',
    );
    expect(types.items.length).toBeGreaterThan(5); // one per zone
    expect(types.items.every((t) => t.guestCpus === 2 && t.memoryMb === 4096)).toBe(true);
  });

  it('keeps each project to itself', async () => {
    const { items } = await collectAggregated<{ name: string }>(h.clients(DEV).instances.aggregatedListAsync({ project: DEV }, paging) as never, 'instances');
    expect(items.map((i) => i.name).sort()).toEqual(instancesOf(DEV).map((i) => i.name).sort());
  });
});

describe('lists and gets by location', () => {
  it('lists one zone, one region and the global collections', async () => {
    const c = h.clients();
    const zone = lastSegment(instancesOf()[0]!.zone);
    const inZone = await collect(c.instances.listAsync({ project: PROD, zone }, paging));
    expect(inZone.map((i) => i.name).sort()).toEqual(instancesOf().filter((i) => lastSegment(i.zone) === zone).map((i) => i.name).sort());
    const data = h.fleet.gcp.project(PROD)!;
    expect(await collect(c.networks.listAsync({ project: PROD }, paging))).toHaveLength(data.networks.length);
    expect(await collect(c.firewalls.listAsync({ project: PROD }, paging))).toHaveLength(data.firewalls.length);
    expect(await collect(c.snapshots.listAsync({ project: PROD }, paging))).toHaveLength(data.snapshots.length);
    expect(await collect(c.globalAddresses.listAsync({ project: PROD }, paging))).toHaveLength(data.globalAddresses.length);
    const regional = await h.get(`/compute/v1/projects/${PROD}/regions/us-central1/disks`);
    expect((regional.body as { kind: string; items: { name: string }[] }).items.map((d) => d.name)).toEqual(['shared-us-central1-regional']);
    expect(h.emu.requests.entries().map((e) => [e.action, e.region])).toEqual([
      ['instances.list', zone.replace(/-[a-z]$/, '')],
      ['networks.list', '*'],
      ['firewalls.list', '*'],
      ['snapshots.list', '*'],
      ['globalAddresses.list', '*'],
      ['regionDisks.list', 'us-central1'],
    ]);
  });

  it('gets one resource, and answers an unknown one with 404 notFound', async () => {
    const c = h.clients();
    const instance = instancesOf()[3]!;
    const [got] = await c.instances.get({ project: PROD, zone: lastSegment(instance.zone), instance: instance.name });
    expect(got.id).toBe(instance.id);
    expect(got.status).toBe(instance.status);
    const missing = await rejectionOf(c.instances.get({ project: PROD, zone: lastSegment(instance.zone), instance: 'no-such-vm' }));
    expect(missing.status).toBe(404);
    const raw = await h.get(`/compute/v1/projects/${PROD}/zones/us-central1-a/instances/no-such-vm`);
    expect(raw.body).toEqual({
      error: {
        code: 404,
        message: `The resource 'projects/${PROD}/zones/us-central1-a/instances/no-such-vm' was not found`,
        errors: [{ message: `The resource 'projects/${PROD}/zones/us-central1-a/instances/no-such-vm' was not found`, domain: 'global', reason: 'notFound' }],
        status: 'NOT_FOUND',
      },
    });
    const [type] = await c.machineTypes.get({ project: PROD, zone: 'us-central1-a', machineType: 'custom-4-16384' });
    expect(type).toMatchObject({ guestCpus: 4, memoryMb: 16384 });
    const [shared] = await c.machineTypes.get({ project: PROD, zone: 'us-central1-a', machineType: 'e2-custom-medium-6144' });
    expect(shared).toMatchObject({ guestCpus: 2, memoryMb: 6144, isSharedCpu: true });
    // predefined types only in a listing, as Compute Engine does
    const listed = await collect(c.machineTypes.listAsync({ project: PROD, zone: 'us-central1-a' }, paging));
    expect(listed.some((t) => t.name!.includes('custom'))).toBe(false);
    expect((await h.get(`/compute/v1/projects/${PROD}/zones/mars-north1-a/instances`)).status).toBe(400);
  });

  it('names its actions as the API does', () => {
    expect(COMPUTE_ACTIONS).toEqual(
      expect.arrayContaining([
        'instances.aggregatedList',
        'disks.aggregatedList',
        'regionDisks.list',
        'machineTypes.list',
        'subnetworks.aggregatedList',
        'addresses.aggregatedList',
        'globalAddresses.list',
        'networks.list',
        'firewalls.list',
        'snapshots.list',
      ]),
    );
  });
});

describe('filters', () => {
  const names = async (filter: string, project = PROD) =>
    (await collectAggregated<{ name: string }>(h.clients(project).instances.aggregatedListAsync({ project, filter }, paging) as never, 'instances')).items
      .map((i) => i.name)
      .sort();

  it('matches AIP-160 comparisons, OR binding tighter than AND', async () => {
    const all = instancesOf();
    const env = all[0]!.labels['env']!;
    expect(await names('(status = "RUNNING") OR (status = "TERMINATED")')).toEqual(
      all.filter((i) => i.status === 'RUNNING' || i.status === 'TERMINATED').map((i) => i.name).sort(),
    );
    expect(await names(`(status = "RUNNING") OR (status = "TERMINATED") AND (labels.env = "${env}")`)).toEqual(
      all.filter((i) => (i.status === 'RUNNING' || i.status === 'TERMINATED') && i.labels['env'] === env).map((i) => i.name).sort(),
    );
    expect(await names(`status != RUNNING labels.env=${env}`)).toEqual(all.filter((i) => i.status !== 'RUNNING' && i.labels['env'] === env).map((i) => i.name).sort());
    expect(await names('labels.cost-center:*')).toEqual(all.filter((i) => 'cost-center' in i.labels).map((i) => i.name).sort());
    expect(await names('scheduling.provisioningModel = SPOT')).toEqual(all.filter((i) => i.scheduling.provisioningModel === 'SPOT').map((i) => i.name).sort());
    expect(await names(`(name = "${all[0]!.name}") OR (name = "${all[1]!.name}") OR (name = "nope")`)).toEqual([all[0]!.name, all[1]!.name].sort());
  });

  it('matches regular expressions with eq / ne over the whole value', async () => {
    const all = instancesOf();
    expect(await names('name eq "web-.*"')).toEqual(all.filter((i) => /^web-.*$/.test(i.name)).map((i) => i.name).sort());
    expect(await names('(name ne ".*-01") (status eq "RUNNING|STOPPING")')).toEqual(
      all.filter((i) => !i.name.endsWith('-01') && (i.status === 'RUNNING' || i.status === 'STOPPING')).map((i) => i.name).sort(),
    );
  });

  it('refuses a malformed filter, and mixing the two dialects, with 400 invalid', async () => {
    for (const filter of ['(status = "RUNNING"', 'name eq web.* OR name eq api.*', '(name eq "a") (status = "RUNNING")', 'status =']) {
      const raw = await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?filter=${encodeURIComponent(filter)}`);
      expect(raw.status, filter).toBe(400);
      expect(raw.body).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT', errors: [{ reason: 'invalid' }] } });
    }
  });
});

describe('paging', () => {
  it('pages aggregated lists by maxResults across zones, every item once', async () => {
    const total = instancesOf().length;
    const { items } = await collectAggregated<{ name: string }>(
      h.clients().instances.aggregatedListAsync({ project: PROD, maxResults: 7 }, paging) as never,
      'instances',
    );
    expect(new Set(items.map((i) => i.name)).size).toBe(total);
    expect(items).toHaveLength(total);
    expect(h.emu.requests.count({ action: 'instances.aggregatedList' })).toBe(Math.ceil(total / 7));
  });

  it('caps pages further with setMaxPageSize', async () => {
    h.emu.setMaxPageSize(5);
    const snapshots = await collect(h.clients().snapshots.listAsync({ project: PROD, maxResults: 500 }, paging));
    const total = h.fleet.gcp.project(PROD)!.snapshots.length;
    expect(snapshots).toHaveLength(total);
    expect(h.emu.requests.count({ action: 'snapshots.list' })).toBe(Math.ceil(total / 5));
  });

  it(`refuses maxResults above ${MAX_RESULTS} and a token from another query`, async () => {
    const tooMany = await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?maxResults=501`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { message: "Invalid value for field 'maxResults': '501'. Must be less than or equal to 500" } });
    const first = await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?maxResults=3`);
    const token = (first.body as { nextPageToken: string }).nextPageToken;
    expect(token).toBeTruthy();
    expect((await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?maxResults=3&pageToken=${token}`)).status).toBe(200);
    expect((await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?maxResults=3&filter=status%3DRUNNING&pageToken=${token}`)).status).toBe(400);
    expect((await h.get(`/compute/v1/projects/${PROD}/aggregated/instances?pageToken=garbage`)).status).toBe(400);
  });
});
