// Which operation a request names: its service, the action logged and counted, and the path's
// parameters. Everything FleetGraph reads is a GET under /api2/json.
import type { PveService } from './log.js';

export type GuestPart = 'status' | 'config' | 'snapshots' | 'rrddata';

export interface Route {
  service: PveService;
  action: string;
  node?: string;
  guestType?: 'qemu' | 'lxc';
  vmid?: number;
  guestPart?: GuestPart;
  storage?: string;
  group?: string;
}

const GUEST_PARTS: Record<string, GuestPart> = { 'status/current': 'status', config: 'config', snapshot: 'snapshots', rrddata: 'rrddata' };

export function routeOf(path: string): Route | null {
  const prefix = '/api2/json/';
  if (!path.startsWith(prefix)) return null;
  const parts = path.slice(prefix.length).replace(/\/+$/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth, ...rest] = parts;
  if (first === 'version' && parts.length === 1) return { service: 'version', action: 'version' };
  if (first === 'cluster') {
    if (second === 'resources' && parts.length === 2) return { service: 'cluster', action: 'cluster.resources' };
    if (second === 'firewall' && third === 'groups' && parts.length === 3) return { service: 'firewall', action: 'firewall.groups' };
    if (second === 'firewall' && third === 'groups' && fourth && parts.length === 4) return { service: 'firewall', action: 'firewall.group.rules', group: fourth };
    return null;
  }
  if (first !== 'nodes') return null;
  if (parts.length === 1) return { service: 'nodes', action: 'nodes.list' };
  const node = second!;
  if (third === 'network' && parts.length === 3) return { service: 'network', action: 'network.list', node };
  if (third === 'storage' && fourth && rest.length === 1 && rest[0] === 'content') return { service: 'storage', action: 'storage.content', node, storage: fourth };
  if (third !== 'qemu' && third !== 'lxc') return null;
  if (parts.length === 3) return { service: third, action: `${third}.list`, node, guestType: third };
  if (!fourth || !/^\d+$/.test(fourth)) return null;
  const guestPart = GUEST_PARTS[rest.join('/')];
  if (!guestPart) return null;
  return { service: third, action: `${third}.${guestPart}`, node, guestType: third, vmid: Number(fourth), guestPart };
}
