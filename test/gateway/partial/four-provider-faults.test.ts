// The four newer providers' faults through the gateway, configured as an operator would get them
// wrong or find them broken: a DigitalOcean team whose token is refused and one the API throttles,
// a Proxmox VE cluster whose certificate is not the pinned one, a KVM host that drops the
// connection mid-listing, a containerd namespace that does not exist and a containerd socket that
// is gone. Each is an error naming the provider, the account and the call, on an answer that
// holds everything else; and `providers` shows each in the account's health.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerdUnavailable } from '../../../emulators/containerd/index.js';
import { virshAvailable } from '../../../emulators/libvirt/index.js';
import { startApp, type RunningApp } from '../../../src/app.js';
import { parseConfig } from '../../../src/config/load.js';
import type { Config } from '../../../src/config/schema.js';
import { startSandboxEmulators, type SandboxEmulators } from '../../../src/sandbox/emulators.js';
import { gatewayUrl } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { accountHealth } from '../../support/provider-health.js';

const VMS = parse('query { vms(first: 1000) { nodes { provider account kind } } }');
const WRONG_FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':');

/** virsh that drops the connection on `host`'s dumpxml run (after its domstats run answered), and is the real virsh otherwise. */
function virshDroppingOn(host: string, virsh: string): string {
  const script = path.join(mkdtempSync(path.join(tmpdir(), 'fleetgraph-virsh-')), 'virsh');
  writeFileSync(script, `#!/bin/sh\ncase "$*" in *${host}.xml*dumpxml*) echo 'error: Cannot recv data: Connection reset by peer' >&2; exit 1;; esac\nexec '${virsh}' "$@"\n`);
  chmodSync(script, 0o755);
  return script;
}

/** The sandbox's provider settings with one thing broken per provider. */
function brokenProviders(sandbox: SandboxEmulators): Config['providers'] {
  const providers = structuredClone(sandbox.providers);
  const [, refused] = providers.digitalocean!.accounts;
  refused!.credentials = { type: 'token', token: `dop_v1_${'0'.repeat(64)}` };
  providers.proxmox!.clusters[1]!.tls = { fingerprint: WRONG_FINGERPRINT };
  if (providers.libvirt) providers.libvirt.virsh = virshDroppingOn('kvm-2', sandbox.libvirt!.virsh);
  if (providers.containerd) {
    providers.containerd.hosts[0]!.namespaces = ['fleet-web', 'nowhere'];
    providers.containerd.hosts.push({ id: 'ctr-gone', socket: '/nonexistent/containerd.sock' });
  }
  return providers;
}

describe('faults of the four newer providers, through the gateway', () => {
  let sandbox: SandboxEmulators;
  let app: RunningApp;
  let withLibvirt = false;
  let withContainerd = false;

  beforeAll(async () => {
    withLibvirt = await virshAvailable();
    withContainerd = (await containerdUnavailable()) === null;
    sandbox = await startSandboxEmulators({ clouds: ['digitalocean', 'proxmox', 'libvirt', 'containerd'], seed: 42, vmsPerScope: 2, changesPerMinute: 0, push: false });
    const config = parseConfig({
      server: { host: '127.0.0.1', port: 0 },
      logLevel: 'silent',
      cache: { keyPrefix: `fleetgraph-test:${process.pid}:${Date.now()}:` },
      events: { pollIntervalSeconds: 0 },
      providers: brokenProviders(sandbox),
    });
    app = await startApp(config);
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await sandbox?.stop();
  });

  it('answers what works, names what failed, and the health of each account shows it', async () => {
    const [throttled, refused] = sandbox.fleet.digitalocean.teams;
    sandbox.digitalocean!.faults.add({ service: 'droplets', account: throttled!.uuid, kind: 'throttle', retryAfterSeconds: 3600 });
    const result = await execute(gatewayUrl(app), VMS, {});
    const nodes = (result.data as { vms: { nodes: { provider: string; account: string }[] } }).vms.nodes;
    const accounts = (provider: string) => new Set(nodes.filter((n) => n.provider === provider).map((n) => n.account));
    const errors = (result.errors ?? []).map((e) => ({ ...e.extensions, message: e.message }) as { provider?: string; account?: string; message: string });
    const named = (provider: string, account: string) => errors.filter((e) => e.provider === provider && e.account === account);

    expect(accounts('DIGITALOCEAN')).toEqual(new Set());
    expect(named('digitalocean', refused!.uuid)).toEqual([expect.objectContaining({ code: 'PROVIDER_AUTH_FAILED', operation: 'droplets.list' })]);
    expect(named('digitalocean', throttled!.uuid)).toEqual([expect.objectContaining({ code: 'PROVIDER_THROTTLED', operation: 'droplets.list' })]);
    expect(accounts('PROXMOX')).toEqual(new Set(['pve-lab']));
    expect(named('proxmox', 'pve-edge')).toEqual([expect.objectContaining({ code: 'PROVIDER_AUTH_FAILED', operation: 'cluster.resources' })]);
    expect(named('proxmox', 'pve-edge')[0]!.message).toContain('fingerprint');
    const doHealth = await accountHealth(app, 'DIGITALOCEAN');
    expect([doHealth.get(throttled!.uuid), doHealth.get(refused!.uuid)]).toEqual([new Set(['THROTTLED']), new Set(['FAILING'])]);
    expect(await accountHealth(app, 'PROXMOX')).toEqual(new Map([['pve-lab', new Set(['HEALTHY'])], ['pve-edge', new Set(['FAILING'])]]));

    if (withLibvirt) {
      expect(accounts('LIBVIRT')).toEqual(new Set(['kvm-1']));
      expect(named('libvirt', 'kvm-2')).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', operation: 'dumpxml' })]);
      expect(await accountHealth(app, 'LIBVIRT')).toEqual(new Map([['kvm-1', new Set(['HEALTHY'])], ['kvm-2', new Set(['FAILING'])]]));
    }
    if (withContainerd) {
      // The namespace that is there is listed; the one that is not is named beside it.
      expect(accounts('CONTAINERD')).toEqual(new Set(['ctr-1']));
      expect(named('containerd', 'ctr-1')).toEqual([expect.objectContaining({ code: 'PROVIDER_ERROR', operation: 'namespaces.list', providerCode: 'NamespaceNotFound' })]);
      expect(named('containerd', 'ctr-1')[0]!.message).toContain('"nowhere"');
      expect(named('containerd', 'ctr-gone')).toEqual([expect.objectContaining({ code: 'PROVIDER_UNAVAILABLE', operation: 'namespaces.list' })]);
      expect(await accountHealth(app, 'CONTAINERD')).toEqual(new Map([['ctr-1', new Set(['DEGRADED'])], ['ctr-gone', new Set(['FAILING'])]]));
    }
  });
});
