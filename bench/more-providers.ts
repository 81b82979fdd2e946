// Section 5b of `npm run bench`: the four newer providers — DigitalOcean and Proxmox VE on their
// emulators, KVM hosts on libvirt's test driver, a real containerd (those two where they can run)
// — in one query for every VM and container with their volumes: upstream calls on a cold cache
// against the floor each API allows, then p50/p99 warm. The fleet holds still.
import { startApp, type RunningApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { containerdUnavailable } from '../emulators/containerd/index.js';
import { virshAvailable } from '../emulators/libvirt/index.js';
import { load } from './load.js';

const VMS_PER_SCOPE = 40;
const QUERY = `query More {
  vms(first: 1000, filter: { providers: [DIGITALOCEAN, PROXMOX, LIBVIRT, CONTAINERD] }) { totalCount nodes { id kind provider state volumes { id } } }
}`;

type Row = [provider: string, call: string, calls: number, floor: number];

async function rowsOf(app: RunningApp): Promise<Row[]> {
  const sandbox = app.sandbox!;
  const { fleet } = sandbox;
  const rows: Row[] = [];
  const droplets = (team: string) => fleet.digitalocean.droplets(team).length;
  rows.push(['digitalocean', 'droplets.list', sandbox.digitalocean!.requests.count({ action: 'droplets.list' }), fleet.digitalocean.teams.reduce((n, t) => n + Math.ceil(droplets(t.uuid) / 200), 0)]);
  rows.push(['digitalocean', 'volumes.list', sandbox.digitalocean!.requests.count({ action: 'volumes.list' }), fleet.digitalocean.teams.length]);
  const clusters = fleet.proxmox.clusterNames.map((name) => fleet.proxmox.of(name));
  rows.push(['proxmox', 'cluster.resources', sandbox.proxmox!.requests.count({ action: 'cluster.resources' }), clusters.length]);
  rows.push(['proxmox', 'qemu.list (full=1)', sandbox.proxmox!.requests.count({ action: 'qemu.list' }), clusters.reduce((n, c) => n + new Set(c.guests.filter((g) => g.type === 'qemu' && g.status === 'running' && g.template === 0).map((g) => g.node)).size, 0)]);
  if (sandbox.libvirt) {
    rows.push(['libvirt', 'domstats', sandbox.libvirt.count('domstats'), fleet.libvirt.hostNames.length]);
    rows.push(['libvirt', 'dumpxml (one run, every domain)', sandbox.libvirt.count('dumpxml'), fleet.libvirt.hostNames.length]);
  }
  if (sandbox.containerd) rows.push(['containerd', 'Tasks/List', await sandbox.containerd.handled('Tasks/List'), 2]);
  return rows;
}

export async function moreProviders(seconds: number): Promise<void> {
  const clouds: ('digitalocean' | 'proxmox' | 'libvirt' | 'containerd')[] = ['digitalocean', 'proxmox'];
  if (await virshAvailable()) clouds.push('libvirt');
  if ((await containerdUnavailable()) === null) clouds.push('containerd');
  const app = await startApp(parseConfig({ server: { port: 0 }, logLevel: 'silent', sandbox: { clouds, seed: 42, vmsPerScope: VMS_PER_SCOPE, changesPerMinute: 0 } }));
  try {
    const containerdBefore = (await app.sandbox!.containerd?.handled('Tasks/List')) ?? 0;
    const response = await fetch(app.gateway!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    const body = (await response.json()) as { data: { vms: { totalCount: number } } };
    console.log(`\n5b. ${clouds.join(', ')}: ${body.data.vms.totalCount} VMs and containers with volumes, upstream calls on a cold cache`);
    const rows = (await rowsOf(app)).map(([provider, call, calls, floor]) => (provider === 'containerd' ? [provider, call, calls - containerdBefore, floor] : [provider, call, calls, floor]) as Row);
    console.table(rows.map(([provider, call, calls, floor]) => ({ provider, call, calls, floor, 'calls / floor': (calls / floor).toFixed(2) })));
    const warm = await load('warm cache', app.gateway!.url, QUERY, {}, seconds, 2);
    console.table([{ run: warm.label, 'req/s': Math.round(warm.requestsPerSecond), 'p50 ms': warm.p50, 'p99 ms': warm.p99, errors: warm.errors }]);
  } finally {
    await app.stop();
  }
}
