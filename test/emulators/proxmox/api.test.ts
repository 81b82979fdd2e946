// The Proxmox VE emulator on the wire, over HTTPS as any client would: its self-signed
// certificate (trusted by CA or refused), API tokens, the `{ data }` envelope and errors in the
// status line, cluster resources, a node's guests with and without QEMU's run state, guest parts,
// storage content, an offline node (595), injected faults, and a fleet that is the same for the
// same seed.
import https from 'node:https';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startProxmoxEmulator } from '../../../emulators/proxmox/index.js';
import { startedForFile } from '../../support/harness.js';

const fleet = createFleet({ seed: 42, vmsPerScope: 12 });
const emulator = startedForFile(() => startProxmoxEmulator({ fleet }));
const LAB = 'pve-lab';
const labToken = () => `${fleet.proxmox.of(LAB).tokenId}=${fleet.proxmox.of(LAB).tokenSecret}`;

interface Answer {
  status: number;
  statusText: string;
  body: { data: unknown; errors?: Record<string, string> };
}

/** `ca` null: trust only the system's CAs. */
function get(path: string, token = labToken(), ca: string | null = emulator().caCertificate): Promise<Answer> {
  return new Promise((resolve, reject) => {
    https
      .get(new URL(path, emulator().url), { ca: ca ?? undefined, headers: { authorization: `PVEAPIToken=${token}` } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, statusText: response.statusMessage!, body: JSON.parse(body) }));
      })
      .on('error', reject);
  });
}

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
});

describe('the Proxmox VE emulator', () => {
  it('speaks HTTPS with a self-signed certificate: refused untrusted, accepted with its CA; its fingerprint is the certificate’s', async () => {
    await expect(get('/api2/json/version', labToken(), null)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    const version = await get('/api2/json/version');
    expect(version.status).toBe(200);
    expect(version.body.data).toMatchObject({ version: expect.any(String) });
    expect(emulator().fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it("answers 401 for a token it does not know, 501 for a path it has not, 400 with the parameter's error", async () => {
    expect(await get('/api2/json/cluster/resources', 'root@pam!x=00000000-0000-0000-0000-000000000000')).toMatchObject({ status: 401, statusText: 'authentication failure', body: { data: null } });
    expect((await get('/api2/json/cluster/nothing')).status).toBe(501);
    const bad = await get('/api2/json/cluster/resources?type=vms');
    expect(bad).toMatchObject({ status: 400, statusText: 'Parameter verification failed.' });
    expect(bad.body.errors!.type).toContain('enumeration');
    expect(emulator().requests.count({ account: null, status: 401 })).toBe(1);
  });

  it("lists the token's own cluster: nodes, storages per node, every guest with templates marked", async () => {
    const resources = (await get('/api2/json/cluster/resources')).body.data as { type: string; node: string; vmid?: number; template?: number }[];
    const cluster = fleet.proxmox.of(LAB);
    expect(resources.filter((r) => r.type === 'node').map((r) => r.node)).toEqual(cluster.nodes.map((n) => n.node));
    expect(resources.filter((r) => r.type === 'qemu' || r.type === 'lxc')).toHaveLength(cluster.guests.length);
    expect(resources.filter((r) => r.template === 1).map((r) => r.vmid)).toEqual([9000, 9001]);
    expect(resources.filter((r) => r.type === 'storage')).toHaveLength(3 * 3);
    const vmsOnly = (await get('/api2/json/cluster/resources?type=vm')).body.data as { type: string }[];
    expect(new Set(vmsOnly.map((r) => r.type))).toEqual(new Set(['qemu', 'lxc']));
    const edgeToken = `${fleet.proxmox.of('pve-edge').tokenId}=${fleet.proxmox.of('pve-edge').tokenSecret}`;
    const edge = (await get('/api2/json/cluster/resources?type=node', edgeToken)).body.data as { node: string }[];
    expect(edge.map((n) => n.node)).toEqual(['edge1']);
  });

  it("gives QEMU's run state in a node's VM list only with full=1, and in a guest's status", async () => {
    const paused = fleet.proxmox.of(LAB).guests.find((g) => g.qmpstatus === 'paused')!;
    const plain = (await get(`/api2/json/nodes/${paused.node}/qemu`)).body.data as { vmid: number; status: string; qmpstatus?: string }[];
    expect(plain.find((g) => g.vmid === paused.vmid)).toMatchObject({ status: 'running' });
    expect(plain.find((g) => g.vmid === paused.vmid)!.qmpstatus).toBeUndefined();
    const full = (await get(`/api2/json/nodes/${paused.node}/qemu?full=1`)).body.data as { vmid: number; qmpstatus?: string }[];
    expect(full.find((g) => g.vmid === paused.vmid)!.qmpstatus).toBe('paused');
    const status = (await get(`/api2/json/nodes/${paused.node}/qemu/${paused.vmid}/status/current`)).body.data;
    expect(status).toMatchObject({ status: 'running', qmpstatus: 'paused' });
    const config = (await get(`/api2/json/nodes/${paused.node}/qemu/${paused.vmid}/config`)).body.data as Record<string, string>;
    expect(config.scsi0).toContain(paused.disks[0]!.volid);
    expect(config.net0).toContain(paused.nics[0]!.mac);
    expect((await get(`/api2/json/nodes/${paused.node}/qemu/99999/config`)).status).toBe(500);
  });

  it("lists a storage's content with each disk under its guest's vmid; a shared storage the same from every node", async () => {
    const onPve1 = (await get('/api2/json/nodes/pve1/storage/ceph-pool/content')).body.data;
    const onPve2 = (await get('/api2/json/nodes/pve2/storage/ceph-pool/content')).body.data;
    expect(onPve1).toEqual(onPve2);
    const local = (await get('/api2/json/nodes/pve1/storage/local/content?content=iso')).body.data as { content: string }[];
    expect(local.length).toBe(2);
    expect(new Set(local.map((v) => v.content))).toEqual(new Set(['iso']));
    expect((await get('/api2/json/nodes/pve1/storage/nope/content')).status).toBe(500);
  });

  it('answers 595 for a node that is offline, and shows its guests as unknown in the cluster resources', async () => {
    fleet.proxmox.setNodeStatus(LAB, 'pve2', 'offline');
    try {
      expect(await get('/api2/json/nodes/pve2/qemu')).toMatchObject({ status: 595 });
      const guests = ((await get('/api2/json/cluster/resources?type=vm')).body.data as { node: string; status: string }[]).filter((g) => g.node === 'pve2');
      expect(new Set(guests.map((g) => g.status))).toEqual(new Set(['unknown']));
    } finally {
      fleet.proxmox.setNodeStatus(LAB, 'pve2', 'online');
    }
  });

  it('applies injected faults to the matching requests, and logs each with its node', async () => {
    emulator().faults.add({ service: 'qemu', region: 'pve1', kind: 'throttle', times: 1, retryAfterSeconds: 2 });
    expect((await get('/api2/json/nodes/pve1/qemu')).status).toBe(429);
    expect((await get('/api2/json/nodes/pve1/qemu')).status).toBe(200);
    expect(emulator().requests.entries()).toEqual([
      { service: 'qemu', action: 'qemu.list', account: LAB, region: 'pve1', status: 429 },
      { service: 'qemu', action: 'qemu.list', account: LAB, region: 'pve1', status: 200 },
    ]);
  });

  it('generates the same clusters for the same seed', () => {
    const again = createFleet({ seed: 42, vmsPerScope: 12 });
    expect(JSON.stringify(again.proxmox.of(LAB))).toBe(JSON.stringify(createFleet({ seed: 42, vmsPerScope: 12 }).proxmox.of(LAB)));
    expect(JSON.stringify(createFleet({ seed: 43, vmsPerScope: 12 }).proxmox.of(LAB))).not.toBe(JSON.stringify(again.proxmox.of(LAB)));
  });
});
