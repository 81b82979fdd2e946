// The GCP adapter against the wire-level GCP emulator: real @google-cloud/compute clients over
// REST, real paging and filters. Request counts come from the emulator's own log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GCE_MACHINE_TYPES, createFleet, gceCustomMachineTypeSize, type Fleet } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import { vmStateOf } from '../../../src/providers/gcp/states.js';
import { globalId } from '../../../src/providers/ids.js';
import { RESOURCE_KINDS, type ProviderAdapter, type ResourceKind } from '../../../src/providers/types.js';
import { DEV, OPERATIONS, PROD, UNKNOWN, adapterFor, fleetIds, fleetLocations, scopeOf } from './support.js';

const VMS_PER_REGION = 30;
const P = scopeOf(PROD);
const D = scopeOf(DEV);
const lastSegment = (url: string | undefined) => (url ?? '').slice((url ?? '').lastIndexOf('/') + 1);

describe('GCP adapter against the emulator', () => {
  let fleet: Fleet;
  let emulator: GcpEmulator;
  let adapter: ProviderAdapter;
  const requestsFor = (kind: ResourceKind) => OPERATIONS[kind].reduce((n, action) => n + emulator.requests.count({ action }), 0);

  beforeAll(async () => {
    fleet = createFleet({ seed: 7, vmsPerScope: VMS_PER_REGION });
    emulator = await startGcpEmulator({ fleet });
    adapter = adapterFor(emulator, fleet);
    await adapter.list('vm', P); // loads the SDK and learns the machine types
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(() => {
    emulator.requests.reset();
    emulator.faults.clear();
    emulator.setMaxPageSize(null);
  });

  it('has one scope per project, region "*", and maps every location of a project to it', () => {
    expect(adapter.provider).toBe('gcp');
    expect(adapter.scopes).toEqual([P, D]);
    expect(adapter.scopeOf(PROD, 'us-central1-a')).toEqual(P);
    expect(adapter.scopeOf(PROD, 'europe-west1')).toEqual(P);
    expect(adapter.scopeOf(DEV, 'global')).toEqual(D);
  });

  describe.each(RESOURCE_KINDS.map((k) => [k]))('%s', (kind) => {
    it('lists the whole project in one request per method, with global ids at the resource’s location', async () => {
      const expected = fleetIds(fleet, PROD)[kind];
      const locations = fleetLocations(fleet, PROD)[kind];
      expect(expected.length).toBeGreaterThan(0);
      const items = await adapter.list(kind, P);
      expect(items.map((i) => i.nativeId).sort()).toEqual([...expected].sort());
      for (const item of items) {
        const location = decodeURIComponent(item.id.split(':')[2]!);
        expect(locations.get(item.nativeId)).toContain(location);
        expect(item.id).toBe(globalId({ provider: 'gcp', account: PROD, region: location }, kind, item.nativeId));
        expect(item.region).toBe(location === 'global' ? 'global' : location.replace(/-[a-z]$/, ''));
        expect(item).toMatchObject({ provider: 'gcp', account: PROD });
      }
      for (const action of OPERATIONS[kind]) expect(emulator.requests.count({ action, account: PROD, region: '*' })).toBe(1);
      expect(emulator.requests.count()).toBe(OPERATIONS[kind].length);
    });

    it('gets a batch of names in one request per method; unknown and malformed ones are simply absent', async () => {
      const known = [...new Set(fleetIds(fleet, PROD)[kind])].slice(0, 3);
      const asked = [...known, ...UNKNOWN[kind], 'Not_A_Name!', known[0]!];
      const items = await adapter.get(kind, P, asked);
      expect([...new Set(items.map((i) => i.nativeId))].sort()).toEqual([...known].sort());
      expect(requestsFor(kind)).toBe(OPERATIONS[kind].length);
      expect(emulator.requests.count()).toBe(OPERATIONS[kind].length);
    });

    it('finds in a project only that project’s resources', async () => {
      const prod = new Set(fleetIds(fleet, PROD)[kind]);
      const items = await adapter.get(kind, P, fleetIds(fleet, DEV)[kind].slice(0, 4));
      for (const item of items) {
        expect(item.account).toBe(PROD);
        expect(prod.has(item.nativeId)).toBe(true);
      }
    });
  });

  it('asks for nothing when given no ids, or only malformed ones', async () => {
    expect(await adapter.get('vm', P, [])).toEqual([]);
    expect(await adapter.list('vm', P, { nativeIds: [] })).toEqual([]);
    expect(await adapter.get('volume', P, ['UPPER', 'with space'])).toEqual([]);
    expect(emulator.requests.count()).toBe(0);
  });

  it('pushes names down (pages of the matches only), and lists the project whole when they do not fit one filter', async () => {
    emulator.setMaxPageSize(10);
    const all = fleetIds(fleet, PROD).vm;
    const few = await adapter.get('vm', P, all.slice(0, 5));
    expect(few).toHaveLength(5);
    expect(emulator.requests.count({ action: 'instances.aggregatedList' })).toBe(1);

    emulator.requests.reset();
    const padding = Array.from({ length: 120 }, (_, i) => `padding-instance-name-${i}`);
    const many = await adapter.get('vm', P, [...all, ...padding]);
    expect(many).toHaveLength(all.length);
    // Too many names for one filter: the listing's own cost, ⌈all / page⌉, and never more.
    expect(emulator.requests.count({ action: 'instances.aggregatedList' })).toBe(Math.ceil(all.length / 10));
  });

  describe('VMs', () => {
    it('normalises instances: state, sizes from machine types, references as global ids', async () => {
      const vms = await adapter.list('vm', P);
      const data = fleet.gcp.project(PROD)!;
      const sources = data.regions.flatMap((r) => r.instances);
      expect(vms).toHaveLength(2 * VMS_PER_REGION);
      expect(emulator.requests.count({ action: 'machineTypes.list' })).toBe(0); // learnt before
      for (const vm of vms) {
        const source = sources.find((i) => i.name === vm.nativeId)!;
        const zone = lastSegment(source.zone);
        const typeName = lastSegment(source.machineType);
        const size = GCE_MACHINE_TYPES.find((t) => t.name === typeName) ?? gceCustomMachineTypeSize(typeName)!;
        expect(vm.state).toBe(vmStateOf(source.status).state);
        expect(vm.providerState).toBe(source.status);
        expect(vm.zone).toBe(zone);
        expect(vm.region).toBe(zone.replace(/-[a-z]$/, ''));
        expect(vm.instanceType).toBe(typeName);
        expect(vm.vcpus).toBe(size.guestCpus);
        expect(vm.memoryMiB).toBe(size.memoryMb);
        expect(vm.name).toBe(source.name);
        expect(vm.tags).toEqual(Object.entries(source.labels).map(([key, value]) => ({ key, value })).sort((a, b) => a.key.localeCompare(b.key)));
        expect(vm.launchedAt?.getTime()).toBe(Date.parse(source.lastStartTimestamp ?? source.creationTimestamp));
        expect(vm.extras).toEqual(expect.arrayContaining([{ key: 'instanceId', value: source.id }, { key: 'cpuPlatform', value: source.cpuPlatform }]));
        const windows = source.disks[0]!.licenses!.some((l) => l.includes('windows'));
        expect(vm.platform).toBe(windows ? 'windows' : 'linux');
        expect([...vm.volumeIds].sort()).toEqual(
          source.disks.map((d) => globalId({ provider: 'gcp', account: PROD, region: lastSegment(d.source.replace(/\/disks\/.*$/, '')) }, 'volume', lastSegment(d.source))).sort(),
        );
        expect(vm.networkInterfaceIds).toEqual(source.networkInterfaces.map((n) => globalId({ provider: 'gcp', account: PROD, region: zone }, 'networkInterface', `${source.name}/${n.name}`)));
        const nic0 = source.networkInterfaces[0]!;
        expect(vm.privateIp).toBe(nic0.networkIP);
        expect(vm.publicIp).toBe(nic0.accessConfigs?.[0]?.natIP ?? null);
        expect(vm.privateIps).toEqual(source.networkInterfaces.map((n) => n.networkIP));
        expect(vm.publicIps).toEqual(source.networkInterfaces.flatMap((n) => (n.accessConfigs ?? []).flatMap((c) => (c.natIP ? [c.natIP] : []))));
        expect(vm.ipv6Addresses).toEqual(source.networkInterfaces.flatMap((n) => [...(n.ipv6Address ? [n.ipv6Address] : []), ...(n.ipv6AccessConfigs ?? []).map((c) => c.externalIpv6)]));
        expect(vm.networkId).toBe(globalId({ provider: 'gcp', account: PROD, region: 'global' }, 'network', lastSegment(nic0.network)));
        expect(vm.subnetId).toBe(globalId({ provider: 'gcp', account: PROD, region: vm.region }, 'subnet', lastSegment(nic0.subnetwork)));
        // Firewalls apply by network and target: enabled, same network, a matching tag or service account, or no target at all.
        const applicable = data.firewalls.filter(
          (f) =>
            !f.disabled &&
            source.networkInterfaces.some((n) => n.network === f.network) &&
            (f.targetTags?.length ? f.targetTags.some((t) => source.tags.items?.includes(t)) : f.targetServiceAccounts?.length ? false : true),
        );
        expect([...vm.securityGroupIds].sort()).toEqual(applicable.map((f) => globalId({ provider: 'gcp', account: PROD, region: 'global' }, 'securityGroup', f.name)).sort());
        expect(vm.securityGroupIds.length).toBeGreaterThan(0);
      }
    });

    it('gives interfaces the firewalls of their own network', async () => {
      const nics = await adapter.list('networkInterface', P);
      const data = fleet.gcp.project(PROD)!;
      const twoNics = data.regions.flatMap((r) => r.instances).find((i) => i.networkInterfaces.length > 1)!;
      for (const nic of twoNics.networkInterfaces) {
        const model = nics.find((n) => n.nativeId === `${twoNics.name}/${nic.name}`)!;
        expect(model.networkId).toBe(globalId({ provider: 'gcp', account: PROD, region: 'global' }, 'network', lastSegment(nic.network)));
        for (const id of model.securityGroupIds) {
          const firewall = data.firewalls.find((f) => id.endsWith(`:${f.name}`))!;
          expect(firewall.network).toBe(nic.network);
        }
      }
      expect(emulator.requests.count({ action: 'firewalls.list' })).toBe(1);
    });

    it('asks machineTypes.list only for types it has not seen — usually once — then never again', async () => {
      const fresh = adapterFor(emulator, fleet);
      try {
        await fresh.list('vm', P);
        const first = emulator.requests.count({ action: 'machineTypes.list' });
        expect(first).toBeGreaterThanOrEqual(1);
        expect(first).toBeLessThanOrEqual(2);
        await fresh.list('vm', D);
        const afterBoth = emulator.requests.count({ action: 'machineTypes.list' });
        await fresh.list('vm', P);
        await fresh.list('vm', D);
        await fresh.list('networkInterface', P);
        expect(emulator.requests.count({ action: 'machineTypes.list' })).toBe(afterBoth);
      } finally {
        await fresh.close();
      }
    });

    it('pushes statuses and labels down (one page of matches), filters zones, types and regions after', async () => {
      const sources = fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances);
      const running = sources.filter((i) => i.status === 'RUNNING');
      emulator.setMaxPageSize(5);
      const vms = await adapter.list('vm', P, { states: ['RUNNING'] });
      expect(vms.map((v) => v.nativeId).sort()).toEqual(running.map((i) => i.name).sort());
      // Filtered upstream: pages of the running ones only.
      expect(emulator.requests.count({ action: 'instances.aggregatedList' })).toBe(Math.ceil(running.length / 5));

      const stoppedish = await adapter.list('vm', P, { states: ['STOPPED'] });
      expect(stoppedish.map((v) => v.providerState).sort()).toEqual(sources.filter((i) => i.status === 'TERMINATED' || i.status === 'STOPPED').map((i) => i.status).sort());
      emulator.setMaxPageSize(null);

      const sample = sources[0]!;
      const env = sample.labels['env']!;
      const zone = lastSegment(sample.zone);
      const type = lastSegment(sample.machineType);
      emulator.requests.reset();
      const filtered = await adapter.list('vm', P, { tags: [{ key: 'env', values: [env] }, { key: 'team', values: [] }], zones: [zone], instanceTypes: [type] });
      expect(filtered.map((v) => v.nativeId).sort()).toEqual(
        sources.filter((i) => i.labels['env'] === env && 'team' in i.labels && lastSegment(i.zone) === zone && lastSegment(i.machineType) === type).map((i) => i.name).sort(),
      );
      expect(emulator.requests.count({ action: 'instances.aggregatedList' })).toBe(1);

      const eu = await adapter.list('vm', P, { regions: ['europe-west1'] });
      expect(eu.map((v) => v.nativeId).sort()).toEqual(fleet.gcp.region(PROD, 'europe-west1')!.instances.map((i) => i.name).sort());
      expect(await adapter.list('network', P, { regions: ['europe-west1'] })).toEqual([]); // networks are global
    });

    it('answers a state no status maps to without a call, and UNKNOWN by filtering after', async () => {
      expect(await adapter.list('vm', P, { states: ['TERMINATED', 'REBOOTING'] })).toEqual([]);
      expect(emulator.requests.count()).toBe(0);
      const unknown = await adapter.list('vm', P, { states: ['UNKNOWN'] });
      expect(unknown.length).toBeGreaterThan(0);
      expect(unknown.every((v) => v.providerState === 'SUSPENDING')).toBe(true);
    });
  });

  it('keeps to the configured regions (global resources always belong)', async () => {
    const central = adapterFor(emulator, fleet, { regions: ['us-central1'] });
    try {
      const vms = await central.list('vm', P);
      expect(vms.map((v) => v.nativeId).sort()).toEqual(fleet.gcp.region(PROD, 'us-central1')!.instances.map((i) => i.name).sort());
      expect(await central.list('network', P)).toHaveLength(fleet.gcp.project(PROD)!.networks.length);
      const volumes = await central.list('volume', P);
      expect(volumes.every((v) => v.region === 'us-central1')).toBe(true);
    } finally {
      await central.close();
    }
  });

  it('maps disks, snapshots, firewalls and addresses with their references', async () => {
    const data = fleet.gcp.project(PROD)!;
    const volumes = await adapter.list('volume', P);
    const attached = volumes.find((v) => v.state === 'IN_USE')!;
    expect(attached.attachments).toHaveLength(1);
    expect(attached.attachments[0]!.vmId).toMatch(/^gcp:fleet-demo-prod:[a-z]+-[a-z]+\d-[a-z]:vm:/);
    // A disk's users are its attachments; Compute Engine reports no attachment state.
    for (const a of volumes.flatMap((v) => v.attachments)) expect(a).toMatchObject({ state: 'ATTACHED', providerState: null });
    const regional = volumes.find((v) => v.nativeId === 'shared-us-central1-regional')!;
    expect(regional).toMatchObject({ zone: null, region: 'us-central1', state: 'AVAILABLE', providerState: 'READY', volumeType: 'pd-balanced' });
    expect(regional.id).toBe('gcp:fleet-demo-prod:us-central1:volume:shared-us-central1-regional');
    expect(volumes.map((v) => v.state)).toEqual(expect.arrayContaining(['CREATING', 'AVAILABLE', 'IN_USE', 'DELETING', 'ERROR']));

    const snapshots = await adapter.list('snapshot', P);
    for (const s of snapshots) {
      const source = data.snapshots.find((x) => x.name === s.nativeId)!;
      expect(s.volumeId).toBe(globalId({ provider: 'gcp', account: PROD, region: lastSegment(source.sourceDisk.replace(/\/disks\/.*$/, '')) }, 'volume', lastSegment(source.sourceDisk)));
      expect(s.sizeGiB).toBe(Number(source.diskSizeGb));
    }

    const groups = await adapter.list('securityGroup', P);
    const egress = groups.find((g) => g.nativeId.endsWith('deny-smtp-egress'))!;
    expect(egress.rules).toEqual(
      [25, 465, 587].map((port) => ({
        direction: 'EGRESS',
        protocol: 'tcp',
        fromPort: port,
        toPort: port,
        icmpType: null,
        icmpCode: null,
        sources: ['0.0.0.0/0'],
        action: 'DENY',
        priority: 100,
        description: 'No outbound mail',
      })),
    );
    const internal = groups.find((g) => g.nativeId === 'default-allow-internal')!;
    // A firewall rule cannot name an ICMP type or code: an icmp rule allows them all.
    expect(internal.rules.map((r) => [r.protocol, r.fromPort, r.toPort, r.icmpType, r.icmpCode])).toEqual([
      ['tcp', 0, 65535, null, null],
      ['udp', 0, 65535, null, null],
      ['icmp', null, null, null, null],
    ]);
    const fromWeb = groups.find((g) => g.nativeId.endsWith('allow-app-from-web'))!;
    expect(fromWeb.rules[0]).toMatchObject({ sources: ['tag:web'], fromPort: 8080, toPort: 8089, priority: 1000 });
    expect(fromWeb.extras).toEqual(expect.arrayContaining([{ key: 'targetTags', value: 'app' }]));
    expect(fromWeb.networkId).toMatch(/^gcp:fleet-demo-prod:global:network:/);

    const ips = await adapter.list('publicIp', P);
    const inUse = data.regions.flatMap((r) => r.addresses).find((a) => a.status === 'IN_USE')!;
    const ip = ips.find((i) => i.nativeId === inUse.name)!;
    expect(ip).toMatchObject({ address: inUse.address, allocation: 'static', networkInterfaceId: null });
    expect(ip.vmId).toBe(globalId({ provider: 'gcp', account: PROD, region: lastSegment(inUse.users![0]!.replace(/\/instances\/.*$/, '')) }, 'vm', lastSegment(inUse.users![0])));
    expect(ips.find((i) => i.nativeId === 'web-lb-ip')).toMatchObject({ region: 'global', vmId: null });
    expect(ips.some((i) => i.nativeId.startsWith('internal-'))).toBe(false);
  });

  describe('paging', () => {
    it.each([
      ['vm', 7],
      ['volume', 9],
      ['snapshot', 5],
      ['network', 1],
      ['subnet', 4],
      ['securityGroup', 3],
      ['networkInterface', 11],
    ] as const)('follows every page of %s (page size %i)', async (kind, pageSize) => {
      const expected = kind === 'networkInterface' ? fleetIds(fleet, PROD).vm : fleetIds(fleet, PROD)[kind];
      emulator.setMaxPageSize(pageSize);
      const items = await adapter.list(kind, P);
      const ids = items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(items.map((i) => i.nativeId).sort()).toEqual([...fleetIds(fleet, PROD)[kind]].sort());
      expect(emulator.requests.count({ action: OPERATIONS[kind][0] })).toBe(Math.max(1, Math.ceil(expected.length / pageSize)));
    });

    it('follows both listings of public IPs', async () => {
      const data = fleet.gcp.project(PROD)!;
      const regional = data.regions.flatMap((r) => r.addresses).filter((a) => a.addressType === 'EXTERNAL').length;
      const global = data.globalAddresses.filter((a) => a.addressType === 'EXTERNAL').length;
      emulator.setMaxPageSize(2);
      expect(await adapter.list('publicIp', P)).toHaveLength(regional + global);
      expect(emulator.requests.count({ action: 'addresses.aggregatedList' })).toBe(Math.ceil(regional / 2));
      expect(emulator.requests.count({ action: 'globalAddresses.list' })).toBe(Math.max(1, Math.ceil(global / 2)));
    });

    it('asks for the largest page Compute Engine allows: ⌈VMs / 500⌉ requests per project', async () => {
      const big = createFleet({ seed: 3, vmsPerScope: 600 });
      const bigEmulator = await startGcpEmulator({ fleet: big });
      const bigAdapter = adapterFor(bigEmulator, big);
      try {
        const vms = await bigAdapter.list('vm', P);
        expect(vms).toHaveLength(1200);
        expect(bigEmulator.requests.count({ action: 'instances.aggregatedList' })).toBe(3);
        const volumes = await bigAdapter.list('volume', P);
        const count = big.gcp.project(PROD)!.regions.reduce((n, r) => n + r.disks.length, 0);
        expect(volumes).toHaveLength(count);
        expect(bigEmulator.requests.count({ action: 'disks.aggregatedList' })).toBe(Math.ceil(count / 500));
      } finally {
        await bigAdapter.close();
        await bigEmulator.close();
      }
    });
  });
});
