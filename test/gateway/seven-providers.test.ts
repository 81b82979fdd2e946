// The whole promise in one query: a sandbox with all seven providers — AWS, Azure and GCP,
// DigitalOcean and Proxmox VE on their emulators, KVM hosts on libvirt's test driver and a real
// containerd — answers one `vms` query with virtual machines and containers from every one; asked
// for containers only, it asks only the providers that hold any.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

const VMS = parse('query { vms(first: 1000) { totalCount nodes { id kind provider state } } }');

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt', 'containerd'], vmsPerScope: 3 });
}, 90_000);

afterAll(async () => {
  await app?.stop();
});

describe('seven providers in one query', () => {
  // First, while nothing is cached: a provider's listing is asked for only if it can hold the kinds.
  it('answers containers only from containerd and Proxmox VE (LXC), asking no other provider', async () => {
    const sandbox = app.sandbox!;
    const result = await execute(gatewayUrl(app), parse('query { vms(first: 1000, filter: { kinds: [CONTAINER] }) { totalCount nodes { provider kind } } }'), {});
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { vms: { totalCount: number; nodes: { provider: string; kind: string }[] } }).vms;
    expect(new Set(nodes.nodes.map((n) => n.provider))).toEqual(new Set(['PROXMOX', 'CONTAINERD']));
    expect(nodes.nodes.every((n) => n.kind === 'CONTAINER')).toBe(true);
    expect(nodes.totalCount).toBe(nodes.nodes.length);
    expect([sandbox.aws!.requests.count(), sandbox.azure!.requests.count(), sandbox.gcp!.requests.count(), sandbox.digitalocean!.requests.count(), sandbox.libvirt!.count('domstats')]).toEqual([0, 0, 0, 0, 0]);
    const vmsOnly = await execute(gatewayUrl(app), parse('query { vms(first: 1000, filter: { kinds: [VIRTUAL_MACHINE], providers: [CONTAINERD] }) { totalCount } }'), {});
    expect(vmsOnly).toEqual({ data: { vms: { totalCount: 0 } } });
  });

  it('answers VMs and containers from every provider, with no error', async () => {
    const result = await execute(gatewayUrl(app), VMS, {});
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { vms: { nodes: { id: string; provider: string; kind: string }[] } }).vms.nodes;
    expect(new Set(nodes.map((n) => n.provider))).toEqual(new Set(['AWS', 'AZURE', 'GCP', 'DIGITALOCEAN', 'PROXMOX', 'LIBVIRT', 'CONTAINERD']));
    const kinds = (provider: string) => new Set(nodes.filter((n) => n.provider === provider).map((n) => n.kind));
    expect(kinds('CONTAINERD')).toEqual(new Set(['CONTAINER']));
    // Proxmox's LXC guests are containers beside its VMs.
    const fleet = app.sandbox!.fleet.proxmox;
    for (const node of nodes.filter((n) => n.provider === 'PROXMOX')) {
      const [, cluster, , , vmid] = node.id.split(':');
      expect(node.kind).toBe(fleet.guest(cluster!, Number(vmid))!.type === 'lxc' ? 'CONTAINER' : 'VIRTUAL_MACHINE');
    }
    for (const provider of ['AWS', 'AZURE', 'GCP', 'DIGITALOCEAN', 'LIBVIRT']) expect(kinds(provider)).toEqual(new Set(['VIRTUAL_MACHINE']));
    // The counters the test above read as zero do count these listings.
    expect(app.sandbox!.libvirt!.count('domstats')).toBeGreaterThan(0);
    expect(app.sandbox!.digitalocean!.requests.count()).toBeGreaterThan(0);
  });
});
