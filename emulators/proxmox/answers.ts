// What each read answers, in the API's shapes (the `data` of `{ "data": … }`), from one cluster of
// the simulated fleet. A path naming a node that is offline, a guest or storage that does not
// exist fails with the status and message Proxmox VE gives.
import type { PveCluster, PveGuest, PveNode } from './fleet/types.js';
import { RRD_STEPS, rrdData, type Timeframe } from './rrd.js';
import type { Route } from './routes.js';

export class PveApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

export interface AnswerContext {
  cluster: PveCluster;
  seed: number;
  nowSeconds: number;
  query: URLSearchParams;
}

export function answerOf(route: Route, context: AnswerContext): unknown {
  const { cluster, query } = context;
  switch (route.action) {
    case 'version':
      return { version: '8.3.0', release: '8.3', repoid: 'c1689ccb1065a83b' };
    case 'cluster.resources':
      return clusterResources(cluster, query.get('type'));
    case 'nodes.list':
      return cluster.nodes.map(nodeResource);
    case 'firewall.groups':
      return cluster.firewallGroups.map(({ group, comment, digest }) => ({ group, comment, digest }));
    case 'firewall.group.rules': {
      const group = cluster.firewallGroups.find((g) => g.group === route.group);
      if (!group) throw new PveApiError(500, `no such security group '${route.group}'`);
      return group.rules.map((rule) => ({ ...rule, digest: group.digest }));
    }
  }
  const node = onlineNode(cluster, route.node!);
  switch (route.service) {
    case 'network':
      return networkOf(cluster, node.node, query.get('type'));
    case 'storage':
      return storageContent(cluster, node.node, route.storage!, query.get('content'));
    default:
      break;
  }
  if (route.vmid === undefined) return guestList(cluster, node.node, route.guestType!, query.get('full') === '1');
  const guest = cluster.guests.find((g) => g.vmid === route.vmid && g.type === route.guestType && g.node === node.node);
  if (!guest) throw new PveApiError(500, `Configuration file 'nodes/${node.node}/${route.guestType === 'qemu' ? 'qemu-server' : 'lxc'}/${route.vmid}.conf' does not exist`);
  if (guest.brokenConfig) throw new PveApiError(500, guest.brokenConfig);
  switch (route.guestPart) {
    case 'status':
      return { ...guestSummary(guest, true), ha: guest.hastate ? { managed: 1, state: guest.hastate } : { managed: 0 } };
    case 'config':
      return guestConfig(guest);
    case 'snapshots':
      return snapshotList(guest);
    default:
      return rrdOf(context, guest);
  }
}

function onlineNode(cluster: PveCluster, name: string): PveNode {
  const node = cluster.nodes.find((n) => n.node === name);
  if (!node) throw new PveApiError(500, `hostname lookup '${name}' failed - failed to get address info for: ${name}: Name or service not known`);
  if (node.status !== 'online') throw new PveApiError(595, `Connection refused`);
  return node;
}

function clusterResources(cluster: PveCluster, type: string | null): unknown[] {
  if (type !== null && !['vm', 'storage', 'node', 'sdn'].includes(type)) {
    throw new PveApiError(400, 'Parameter verification failed.', { type: `value '${type}' does not have a value in the enumeration 'vm, storage, node, sdn'` });
  }
  const online = new Set(cluster.nodes.filter((n) => n.status === 'online').map((n) => n.node));
  const vms = () => cluster.guests.map((g) => (online.has(g.node) ? { id: `${g.type}/${g.vmid}`, type: g.type, ...guestSummary(g, false), ...(g.clusterStatus ? { status: g.clusterStatus } : {}) } : { id: `${g.type}/${g.vmid}`, type: g.type, vmid: g.vmid, node: g.node, status: 'unknown', template: g.template, ...(g.name ? { name: g.name } : {}) }));
  const storages = () =>
    cluster.storages.flatMap((s) =>
      s.nodes.map((node) => ({ id: `storage/${node}/${s.storage}`, type: 'storage', storage: s.storage, node, plugintype: s.plugintype, content: s.content, shared: s.shared, status: online.has(node) ? 'available' : 'unknown', maxdisk: s.total, disk: Math.round(s.total * 0.42) })),
    );
  const nodes = () => cluster.nodes.map((n) => ({ id: `node/${n.node}`, type: 'node', ...nodeResource(n) }));
  switch (type) {
    case 'vm':
      return vms();
    case 'storage':
      return storages();
    case 'node':
      return nodes();
    case 'sdn':
      return [];
    default:
      return [...nodes(), ...storages(), ...vms()];
  }
}

function nodeResource(n: PveNode): Record<string, unknown> {
  return { node: n.node, status: n.status, maxcpu: n.maxcpu, maxmem: n.maxmem, maxdisk: n.maxdisk, ...(n.status === 'online' ? { cpu: 0.12, mem: Math.round(n.maxmem * 0.4), disk: Math.round(n.maxdisk * 0.2), uptime: 3_456_000 } : {}), level: '' };
}

/** What the cluster and node lists say of a guest (`withQmp`: the node's list with `full=1`, or status/current). */
function guestSummary(g: PveGuest, withQmp: boolean): Record<string, unknown> {
  const running = g.status === 'running';
  return {
    vmid: g.vmid,
    name: g.name,
    node: g.node,
    status: g.status,
    ...(withQmp && g.type === 'qemu' ? { qmpstatus: g.qmpstatus ?? g.status } : {}),
    template: g.template,
    maxcpu: g.maxcpu,
    cpus: g.maxcpu,
    maxmem: g.maxmem,
    maxdisk: g.maxdisk,
    cpu: running ? 0.05 : 0,
    mem: running ? Math.round(g.maxmem * 0.5) : 0,
    disk: 0,
    uptime: running ? 3_600 : 0,
    netin: 0,
    netout: 0,
    diskread: 0,
    diskwrite: 0,
    ...(g.tags ? { tags: g.tags } : {}),
    ...(g.lock ? { lock: g.lock } : {}),
    ...(g.hastate ? { hastate: g.hastate } : {}),
    ...(g.pool ? { pool: g.pool } : {}),
    ...(running ? { pid: 10_000 + g.vmid } : {}),
  };
}

function guestList(cluster: PveCluster, node: string, type: 'qemu' | 'lxc', full: boolean): unknown[] {
  return cluster.guests.filter((g) => g.node === node && g.type === type).map((g) => ({ ...guestSummary(g, full), type }));
}

function guestConfig(g: PveGuest): Record<string, unknown> {
  const config: Record<string, unknown> = { cores: g.maxcpu, memory: g.maxmem / 1024 ** 2, ostype: g.ostype, digest: `${g.vmid}`.padStart(40, '0'), ...(g.tags ? { tags: g.tags } : {}) };
  if (g.type === 'qemu') config.name = g.name;
  else config.hostname = g.name;
  if (g.template) config.template = 1;
  for (const disk of g.disks) config[disk.key] = `${disk.volid},size=${Math.round(disk.size / 1024 ** 3)}G`;
  for (const nic of g.nics) {
    config[nic.key] =
      g.type === 'qemu'
        ? `${nic.model}=${nic.mac},bridge=${nic.bridge}${nic.firewall ? ',firewall=1' : ''}`
        : `name=eth0,bridge=${nic.bridge}${nic.firewall ? ',firewall=1' : ''},hwaddr=${nic.mac},ip=${nic.ip ?? 'dhcp'},type=veth`;
  }
  return config;
}

function snapshotList(g: PveGuest): unknown[] {
  const current = { name: 'current', description: 'You are here!', running: g.status === 'running' ? 1 : 0, ...(g.snapshots.length > 0 ? { parent: g.snapshots.at(-1)!.name } : {}) };
  return [...g.snapshots, current];
}

function storageContent(cluster: PveCluster, node: string, storage: string, content: string | null): unknown[] {
  const spec = cluster.storages.find((s) => s.storage === storage && s.nodes.includes(node));
  if (!spec) throw new PveApiError(500, `storage '${storage}' does not exist`);
  const disks = cluster.guests.flatMap((g) =>
    g.disks
      .filter((d) => d.storage === storage && (spec.shared === 1 || g.node === node))
      .map((d) => ({ volid: d.volid, content: g.type === 'qemu' ? 'images' : 'rootdir', format: d.format, size: d.size, used: Math.round(d.size * 0.3), vmid: g.vmid, ctime: 1_735_000_000 + g.vmid })),
  );
  const loose = cluster.looseVolumes
    .filter((v) => v.storage === storage && (spec.shared === 1 || v.node === node))
    .map((v) => ({ volid: v.volid, content: v.content, format: v.format, size: v.size, ctime: v.ctime, ...(v.vmid !== undefined ? { vmid: v.vmid } : {}) }));
  return [...disks, ...loose].filter((v) => content === null || v.content === content);
}

function networkOf(cluster: PveCluster, node: string, type: string | null): unknown[] {
  const bridges = cluster.bridges
    .filter((b) => b.node === node)
    .map(({ node: _node, ...b }) => ({ ...b, method: b.cidr ? 'static' : 'manual', families: ['inet'], bridge_stp: 'off', bridge_fd: '0', priority: 3 }));
  const physical = ['eno1', 'eno2'].map((iface, i) => ({ iface, type: 'eth', method: 'manual', active: 1, autostart: 1, exists: 1, families: ['inet'], priority: i + 1 }));
  const all = [...physical, ...bridges];
  if (type === null) return all;
  if (type === 'any_bridge') return bridges;
  return all.filter((i) => i.type === type);
}

function rrdOf(context: AnswerContext, guest: PveGuest): unknown[] {
  const timeframe = context.query.get('timeframe');
  if (!timeframe || !(timeframe in RRD_STEPS)) {
    throw new PveApiError(400, 'Parameter verification failed.', { timeframe: `value '${timeframe ?? ''}' does not have a value in the enumeration 'hour, day, week, month, year'` });
  }
  const cf = context.query.get('cf') ?? 'AVERAGE';
  if (cf !== 'AVERAGE' && cf !== 'MAX') throw new PveApiError(400, 'Parameter verification failed.', { cf: `value '${cf}' does not have a value in the enumeration 'AVERAGE, MAX'` });
  return rrdData(context.seed, context.cluster.name, guest, timeframe as Timeframe, context.nowSeconds);
}
