// The DigitalOcean adapter against the emulator over HTTP: droplets in pages of 200 joined with the
// firewall listing (narrowed by tag_name where a filter names one tag), the other kinds one listing each, ids and references that resolve, what each
// listing costs in requests, and the configured regions.
import { beforeEach, describe, expect, it } from 'vitest';
import { startDigitalOceanEmulator } from '../../../emulators/digitalocean/index.js';
import { createFleet } from '../../../emulators/fleet.js';
import { parseGlobalId } from '../../../src/providers/ids.js';
import type { DoDroplet, DoFirewall } from '../../../src/providers/digitalocean/wire.js';
import { startedForFile } from '../../support/harness.js';
import { adapterFor, teamScope, wireList } from './support.js';

// 4 regions × 60 droplets: 240 per team, two pages of 200.
const fleet = createFleet({ seed: 42, vmsPerScope: 60 });
const emulator = startedForFile(() => startDigitalOceanEmulator({ fleet }));
const team = () => fleet.digitalocean.teams[0]!;
const count = (action: string) => emulator().requests.count({ action, account: team().uuid });

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
});

describe('the DigitalOcean adapter', () => {
  it("lists every droplet of a team in every region: two pages of 200 and one firewall listing", async () => {
    const vms = await adapterFor(fleet, emulator().url).list('vm', teamScope(team().uuid));
    expect(count('droplets.list')).toBe(2);
    expect(count('firewalls.list')).toBe(1);
    expect(emulator().requests.count()).toBe(3);
    const wire = await wireList<DoDroplet>(emulator().url, team().token, 'droplets', 'droplets');
    expect(vms.map((v) => v.nativeId).sort()).toEqual(wire.map((d) => String(d.id)).sort());
    expect(new Set(vms.map((v) => v.region))).toEqual(new Set(fleet.digitalocean.regions));
  });

  it('narrows the droplet listing at the API by tag (tag_name) where one tag value is asked: one page instead of two', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const all = fleet.digitalocean.droplets(team().uuid);
    const env = all[0]!.tags.find((t) => t.startsWith('env:'))!.slice('env:'.length);
    const vms = await adapter.list('vm', teamScope(team().uuid), { tags: [{ key: 'env', values: [env] }] });
    expect(vms.map((v) => v.nativeId).sort()).toEqual(all.filter((d) => d.tags.includes(`env:${env}`)).map((d) => String(d.id)).sort());
    expect(vms.length).toBeLessThanOrEqual(200);
    expect(count('droplets.list')).toBe(1);
    // Any value of a key is not one tag: the whole listing, filtered here.
    emulator().requests.reset();
    const anyEnv = await adapter.list('vm', teamScope(team().uuid), { tags: [{ key: 'env', values: [] }] });
    expect(anyEnv).toHaveLength(all.length);
    expect(count('droplets.list')).toBe(2);
  });

  it('maps each droplet: id, state from its status (raw kept), size, addresses, volumes, VPC and firewalls', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const scope = teamScope(team().uuid);
    const [vms, volumes, networks, firewalls] = await Promise.all([adapter.list('vm', scope), adapter.list('volume', scope), adapter.list('network', scope), adapter.list('securityGroup', scope)]);
    // The droplets and the security groups shared one firewall listing.
    expect(count('firewalls.list')).toBe(1);
    const wire = new Map((await wireList<DoDroplet>(emulator().url, team().token, 'droplets', 'droplets')).map((d) => [String(d.id), d]));
    const wireFirewalls = await wireList<DoFirewall>(emulator().url, team().token, 'firewalls', 'firewalls');
    const expectedState = { new: 'PENDING', active: 'RUNNING', off: 'STOPPED', archive: 'TERMINATED' } as Record<string, string>;
    for (const vm of vms) {
      const droplet = wire.get(vm.nativeId)!;
      expect(parseGlobalId(vm.id)).toEqual({ provider: 'digitalocean', account: team().uuid, region: droplet.region!.slug, kind: 'vm', nativeId: String(droplet.id) });
      expect(vm.providerState).toBe(droplet.status);
      expect(vm.state).toBe(expectedState[droplet.status]);
      expect(vm).toMatchObject({ name: droplet.name, instanceType: droplet.size_slug, vcpus: droplet.vcpus, memoryMiB: droplet.memory, zone: null });
      expect(vm.privateIps).toEqual(droplet.networks!.v4!.filter((n) => n.type === 'private').map((n) => n.ip_address));
      for (const id of vm.volumeIds) expect(volumes.map((v) => v.id)).toContain(id);
      if (vm.networkId) expect(networks.map((n) => n.id)).toContain(vm.networkId);
      const applying = wireFirewalls.filter((f) => (f.droplet_ids ?? []).includes(droplet.id) || (f.tags ?? []).some((t) => (droplet.tags ?? []).includes(t)));
      expect(vm.securityGroupIds.sort()).toEqual(firewalls.filter((g) => applying.some((f) => f.id === g.nativeId)).map((g) => g.id).sort());
    }
    expect(new Set(vms.map((v) => v.providerState))).toEqual(new Set(['new', 'active', 'off', 'archive']));
  });

  it('gets droplets by id from one listing, and an id that does not exist is simply absent', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const wire = await wireList<DoDroplet>(emulator().url, team().token, 'droplets', 'droplets');
    emulator().requests.reset();
    const ids = [String(wire[3]!.id), String(wire[250 % wire.length]!.id), '999999999'];
    const got = await adapter.get('vm', teamScope(team().uuid), ids);
    expect(got.map((v) => v.nativeId).sort()).toEqual(ids.slice(0, 2).sort());
    expect(count('droplets.list')).toBe(2);
  });

  it('lists volumes, snapshots, VPCs, firewalls and reserved IPs with one listing each, and no call for kinds DigitalOcean has not', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const scope = teamScope(team().uuid);
    const [volumes, snapshots, networks, groups, ips, subnets, nics] = await Promise.all([
      adapter.list('volume', scope),
      adapter.list('snapshot', scope),
      adapter.list('network', scope),
      adapter.list('securityGroup', scope),
      adapter.list('publicIp', scope),
      adapter.list('subnet', scope),
      adapter.list('networkInterface', scope),
    ]);
    for (const action of ['volumes.list', 'snapshots.list', 'vpcs.list', 'firewalls.list', 'reserved_ips.list']) expect(count(action), action).toBe(1);
    expect(emulator().requests.count()).toBe(5);
    expect(subnets).toEqual([]);
    expect(nics).toEqual([]);
    expect(volumes.length).toBeGreaterThan(0);
    expect(volumes.some((v) => v.state === 'IN_USE') && volumes.some((v) => v.state === 'AVAILABLE')).toBe(true);
    for (const volume of volumes) expect(volume.state === 'IN_USE').toBe(volume.attachments.length > 0);
    expect(snapshots.length).toBeGreaterThan(0);
    for (const snapshot of snapshots.filter((s) => s.volumeId)) expect(parseGlobalId(snapshot.volumeId!).kind).toBe('volume');
    expect(networks.some((n) => n.isDefault)).toBe(true);
    for (const network of networks) expect(network.cidrBlocks).toHaveLength(1);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(parseGlobalId(group.id).region).toBe('global');
      for (const rule of group.rules) expect(rule.action).toBe('ALLOW');
    }
    for (const ip of ips) expect(ip.address).toBe(ip.nativeId);
  });

  it('keeps to the configured regions (a firewall, of no region, applies in all of them)', async () => {
    const [region] = fleet.digitalocean.regions;
    const adapter = adapterFor(fleet, emulator().url, { regions: [region!] });
    const scope = teamScope(team().uuid);
    const [vms, groups] = await Promise.all([adapter.list('vm', scope), adapter.list('securityGroup', scope)]);
    expect(vms.length).toBeGreaterThan(0);
    expect(new Set(vms.map((v) => v.region))).toEqual(new Set([region]));
    expect(groups.length).toBeGreaterThan(0);
    expect(await adapter.list('vm', scope, { regions: ['zzz9'] })).toEqual([]);
  });

  it('filters by state and tag after the listing', async () => {
    const adapter = adapterFor(fleet, emulator().url);
    const scope = teamScope(team().uuid);
    const off = await adapter.list('vm', scope, { states: ['STOPPED'] });
    expect(off.length).toBeGreaterThan(0);
    for (const vm of off) expect(vm.providerState).toBe('off');
    const tagged = (await adapter.list('vm', scope)).find((v) => v.tags.length > 0)!;
    const tag = tagged.tags[0]!;
    const withTag = await adapter.list('vm', scope, { tags: [{ key: tag.key, values: [tag.value] }] });
    expect(withTag.map((v) => v.id)).toContain(tagged.id);
    for (const vm of withTag) expect(vm.tags).toContainEqual(tag);
  });
});
