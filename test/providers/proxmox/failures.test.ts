// Proxmox VE failures through the adapter, against the emulator: a refused token, a certificate
// that is not trusted or not the pinned one (no request sent), a cluster it cannot reach, a node
// or storage whose read fails beside the rest (a gap), a token from the environment or a CA file
// that cannot be read — each a ProviderError naming the cluster and operation, never the token.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { generateTlsIdentity } from '../../../emulators/kit/tls.js';
import { startProxmoxEmulator } from '../../../emulators/proxmox/index.js';
import { proxmoxProviderSchema } from '../../../src/config/proxmox-schema.js';
import { ProviderError } from '../../../src/providers/errors.js';
import type { Gap } from '../../../src/providers/types.js';
import { closedPortUrl, rejectionOf, startedForFile } from '../../support/harness.js';
import { adapterFor, clusterScope } from './support.js';

const fleet = createFleet({ seed: 7, vmsPerScope: 6 });
const emulator = startedForFile(() => startProxmoxEmulator({ fleet }));
const LAB = 'pve-lab';
const token = () => `${fleet.proxmox.of(LAB).tokenId}=${fleet.proxmox.of(LAB).tokenSecret}`;

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
});
afterEach(() => {
  delete process.env.FLEETGRAPH_TEST_PVE_TOKEN;
});


describe('Proxmox VE failures', () => {
  it('a token the cluster refuses is AUTH, naming the cluster and operation, without the token, not retried', async () => {
    const wrong = 'fleetgraph@pve!monitor=11111111-2222-4333-8444-555555555555';
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { credentials: { type: 'token', token: wrong } }).list('vm', clusterScope(LAB)));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.category).toBe('AUTH');
    expect(error.operation).toBe('cluster.resources');
    expect(error.message).toContain(LAB);
    expect(error.message).toContain('authentication failure');
    expect(error.message).not.toContain('11111111-2222');
    expect(JSON.stringify(error.cause ?? {})).not.toContain('11111111-2222');
    expect(emulator().requests.count()).toBe(1);
  });

  it("a self-signed certificate nobody said to trust is AUTH, saying how to trust it, and no request reaches the server", async () => {
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { tls: {} }).list('vm', clusterScope(LAB)));
    expect(error.category).toBe('AUTH');
    expect(error.message).toMatch(/certificate is not trusted .*tls\.caCertificate, tls\.caFile or tls\.fingerprint/);
    expect(emulator().requests.count()).toBe(0);
  });

  it("a configured CA is trusted beside Node's own and NODE_EXTRA_CA_CERTS, whose CAs it does not drop", async () => {
    const other = await generateTlsIdentity('127.0.0.1', 'another CA');
    const dir = await mkdtemp(join(tmpdir(), 'fleetgraph-extra-ca-'));
    const extra = join(dir, 'extra.pem');
    await writeFile(extra, emulator().caCertificate);
    const before = process.env.NODE_EXTRA_CA_CERTS;
    delete process.env.NODE_EXTRA_CA_CERTS;
    try {
      // The configured CA is not the emulator's: without the extra file, refused.
      expect((await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { tls: { caCertificate: other.cert } }).list('vm', clusterScope(LAB)))).category).toBe('AUTH');
      process.env.NODE_EXTRA_CA_CERTS = extra;
      expect((await adapterFor(fleet, emulator(), { tls: { caCertificate: other.cert } }).list('vm', clusterScope(LAB))).length).toBeGreaterThan(0);
    } finally {
      if (before === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
      else process.env.NODE_EXTRA_CA_CERTS = before;
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a pinned fingerprint: the matching certificate is accepted, any other refused before the request (and its token) is sent', async () => {
    const pinned = await adapterFor(fleet, emulator(), { tls: { fingerprint: emulator().fingerprint.toLowerCase() } }).list('vm', clusterScope(LAB));
    expect(pinned.length).toBe(fleet.proxmox.of(LAB).guests.filter((g) => g.template === 0).length);
    emulator().requests.reset();
    const other = Array.from({ length: 32 }, () => 'AB').join(':');
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { tls: { fingerprint: other } }).list('vm', clusterScope(LAB)));
    expect(error.category).toBe('AUTH');
    expect(error.providerCode).toBe('CERT_FINGERPRINT_MISMATCH');
    expect(error.message).toContain(emulator().fingerprint);
    expect(emulator().requests.count()).toBe(0);
  });

  it('a cluster it cannot reach is UNAVAILABLE; a 503 is tried again and the listing completes', async () => {
    const unreachable = await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { endpoint: await closedPortUrl('https') }).list('vm', clusterScope(LAB)));
    expect(unreachable.category).toBe('UNAVAILABLE');
    emulator().faults.add({ service: 'cluster', kind: 'unavailable', times: 1 });
    const vms = await adapterFor(fleet, emulator()).list('volume', clusterScope(LAB));
    expect(vms.length).toBeGreaterThan(0);
    expect(emulator().requests.count({ action: 'cluster.resources', status: 503 })).toBe(1);
    expect(emulator().requests.count({ action: 'cluster.resources', status: 200 })).toBe(1);
  });

  it("a node whose VM list fails leaves its running VMs' run state unknown to the listing (a gap naming node list and cluster), the rest answered", async () => {
    emulator().faults.add({ service: 'qemu', action: 'qemu.list', region: 'pve2', kind: 'forbidden' });
    const gaps: Gap[] = [];
    const vms = await adapterFor(fleet, emulator()).list('vm', clusterScope(LAB), {}, gaps);
    expect(vms.length).toBe(fleet.proxmox.of(LAB).guests.filter((g) => g.template === 0).length);
    expect(gaps).toEqual([expect.objectContaining({ operation: 'qemu.list', category: 'AUTH', fields: [] })]);
    expect(gaps[0]!.message).toContain('Permission check failed');
  });

  it("a storage whose content fails leaves a gap on the volumeIds of each guest that can reach it, the guests answered", async () => {
    emulator().faults.add({ service: 'storage', region: 'pve1', kind: 'unavailable' });
    const vms = await adapterFor(fleet, emulator()).list('vm', clusterScope(LAB));
    expect(vms.length).toBeGreaterThan(0);
    // The shared pool (read through pve1) may hold any guest's disks; pve1's local-lvm only pve1's guests'.
    for (const vm of vms) {
      const expected = vm.zone === 'pve1' ? 2 : 1;
      expect(vm.gaps).toEqual(Array.from({ length: expected }, () => expect.objectContaining({ fields: ['volumeIds'], operation: 'storage.content', category: 'UNAVAILABLE' })));
    }
    expect(new Set(vms.map((v) => v.zone))).toEqual(new Set(['pve1', 'pve2', 'pve3']));
  });

  it('reads the token from the environment, and fails AUTH unsent when the variable is empty; an unreadable CA file likewise', async () => {
    const credentials = { type: 'env' as const, variable: 'FLEETGRAPH_TEST_PVE_TOKEN' };
    const missing = await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { credentials }).list('vm', clusterScope(LAB)));
    expect(missing.category).toBe('AUTH');
    expect(missing.message).toContain('FLEETGRAPH_TEST_PVE_TOKEN');
    const noCa = await rejectionOf<ProviderError>(adapterFor(fleet, emulator(), { tls: { caFile: '/nonexistent/pve-root-ca.pem' } }).list('vm', clusterScope(LAB)));
    expect(noCa).toMatchObject({ category: 'AUTH', providerCode: 'CaFileUnreadable' });
    expect(noCa.message).toContain('/nonexistent/pve-root-ca.pem');
    expect(emulator().requests.count()).toBe(0);
    process.env.FLEETGRAPH_TEST_PVE_TOKEN = token();
    expect((await adapterFor(fleet, emulator(), { credentials }).list('vm', clusterScope(LAB))).length).toBeGreaterThan(0);
  });

  it("a guest whose reads fail with Proxmox's 500 (a config it cannot parse) leaves a gap, asked once, not again", async () => {
    const guest = fleet.proxmox.of(LAB).guests.find((g) => g.template === 0 && g.type === 'qemu')!;
    guest.brokenConfig = `unable to parse value of 'scsi0' - format error`;
    try {
      const gaps: Gap[] = [];
      const snapshots = await adapterFor(fleet, emulator()).list('snapshot', clusterScope(LAB), {}, gaps);
      expect(snapshots.length).toBeGreaterThan(0);
      expect(gaps).toEqual([expect.objectContaining({ operation: 'qemu.snapshots', providerCode: 'HTTP 500' })]);
      expect(gaps[0]!.message).toContain('format error');
      // The adapter is set to try twice: a 500 is asked once.
      expect(emulator().requests.count({ action: 'qemu.snapshots', status: 500 })).toBe(1);
    } finally {
      delete guest.brokenConfig;
    }
  });

  it('reads a token the cluster refused again on the next request: a rotated token is picked up without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fleetgraph-pve-token-'));
    const path = join(dir, 'token');
    await writeFile(path, 'fleetgraph@pve!monitor=11111111-2222-4333-8444-555555555555');
    try {
      const adapter = adapterFor(fleet, emulator(), { credentials: { type: 'file', path } });
      expect((await rejectionOf<ProviderError>(adapter.list('vm', clusterScope(LAB)))).category).toBe('AUTH');
      await writeFile(path, token());
      expect((await adapter.list('vm', clusterScope(LAB))).length).toBeGreaterThan(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a scope that is not a configured cluster, before any call', async () => {
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, emulator()).list('vm', clusterScope('elsewhere')));
    expect(error.category).toBe('INVALID_INPUT');
    expect(emulator().requests.count()).toBe(0);
  });

  it('refuses a config that would send the token in the clear, or trust two ways at once, or a malformed fingerprint', () => {
    const base = { id: 'lab', credentials: { type: 'token', token: 'x' } };
    expect(() => proxmoxProviderSchema.parse({ clusters: [{ ...base, endpoint: 'http://pve:8006' }] })).toThrow(/https/);
    expect(() => proxmoxProviderSchema.parse({ clusters: [{ ...base, endpoint: 'https://pve:8006', tls: { fingerprint: 'AB:CD', caFile: '/ca.pem' } }] })).toThrow();
    expect(() => proxmoxProviderSchema.parse({ clusters: [{ ...base, endpoint: 'https://pve:8006', tls: { fingerprint: 'AB:CD' } }] })).toThrow(/SHA-256/);
    expect(() => proxmoxProviderSchema.parse({ clusters: [{ ...base, endpoint: 'https://pve:8006' }, { ...base, endpoint: 'https://pve2:8006' }] })).toThrow(/unique/);
  });
});
