// The Compute Engine methods that change something (POST/DELETE) and the operation reads that
// follow them, by path: which method, which project and location, which resource, and the IAM
// permission the call needs.
import { regionOfZone } from '../fleet/catalogue.js';
import type { OperationScope } from './operations.js';

export type WriteMethod =
  | 'instances.insert'
  | 'instances.delete'
  | 'instances.start'
  | 'instances.stop'
  | 'instances.suspend'
  | 'instances.resume'
  | 'instances.reset'
  | 'instances.setMachineType'
  | 'instances.attachDisk'
  | 'instances.detachDisk'
  | 'disks.resize'
  | 'regionDisks.resize'
  | 'snapshots.insert'
  | 'snapshots.delete';

export type OperationGet = 'zoneOperations.get' | 'regionOperations.get' | 'globalOperations.get';

export interface WriteRoute {
  kind: 'write';
  method: WriteMethod;
  project: string;
  scope: OperationScope;
  /** The region the request is confined to ('*' for global). */
  region: string;
  /** The resource the path names (none for an insert). */
  name: string | null;
  permission: string;
}

export interface OperationRoute {
  kind: 'operation';
  method: OperationGet;
  project: string;
  scope: OperationScope;
  region: string;
  name: string;
  permission: string;
}

const INSTANCE_VERBS = new Set(['start', 'stop', 'suspend', 'resume', 'reset', 'setMachineType', 'attachDisk', 'detachDisk']);

/** Permissions whose name differs from the method's (`instances.insert` needs compute.instances.create). */
const PERMISSIONS: Partial<Record<WriteMethod, string>> = {
  'instances.insert': 'compute.instances.create',
  'regionDisks.resize': 'compute.disks.resize',
  'snapshots.insert': 'compute.snapshots.create',
};

/** The write or operation read a request names; null when it names none. */
export function routeWrite(httpMethod: string, path: string): WriteRoute | OperationRoute | null {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/').map(decodeURIComponent);
  if (parts[0] !== 'compute' || parts[1] !== 'v1' || parts[2] !== 'projects' || !parts[3]) return null;
  const project = parts[3];
  const [where, place, collection, name, verb, ...extra] = parts.slice(4);
  if (extra.length > 0) return null;
  if (where === 'global') return routeGlobal(httpMethod, project, place, collection, name);
  if ((where !== 'zones' && where !== 'regions') || !place || !collection) return null;
  const scope: OperationScope = where === 'zones' ? { kind: 'zone', zone: place } : { kind: 'region', region: place };
  const region = where === 'zones' ? regionOfZone(place) : place;
  if (collection === 'operations' && httpMethod === 'GET' && name && !verb) {
    const method: OperationGet = where === 'zones' ? 'zoneOperations.get' : 'regionOperations.get';
    return { kind: 'operation', method, project, scope, region, name, permission: `compute.${method}` };
  }
  const write = (method: WriteMethod, resource: string | null): WriteRoute => ({
    kind: 'write',
    method,
    project,
    scope,
    region,
    name: resource,
    permission: PERMISSIONS[method] ?? `compute.${method}`,
  });
  if (where === 'zones' && collection === 'instances') {
    if (httpMethod === 'POST' && !name) return write('instances.insert', null);
    if (httpMethod === 'DELETE' && name && !verb) return write('instances.delete', name);
    if (httpMethod === 'POST' && name && verb && INSTANCE_VERBS.has(verb)) return write(`instances.${verb}` as WriteMethod, name);
    return null;
  }
  if (collection === 'disks' && httpMethod === 'POST' && name && verb === 'resize') {
    return write(where === 'zones' ? 'disks.resize' : 'regionDisks.resize', name);
  }
  return null;
}

function routeGlobal(httpMethod: string, project: string, collection: string | undefined, name: string | undefined, more: string | undefined): WriteRoute | OperationRoute | null {
  if (more !== undefined) return null;
  const scope: OperationScope = { kind: 'global' };
  if (collection === 'operations' && httpMethod === 'GET' && name) {
    return { kind: 'operation', method: 'globalOperations.get', project, scope, region: '*', name, permission: 'compute.globalOperations.get' };
  }
  if (collection !== 'snapshots') return null;
  if (httpMethod === 'POST' && !name) return { kind: 'write', method: 'snapshots.insert', project, scope, region: '*', name: null, permission: PERMISSIONS['snapshots.insert']! };
  if (httpMethod === 'DELETE' && name) return { kind: 'write', method: 'snapshots.delete', project, scope, region: '*', name, permission: 'compute.snapshots.delete' };
  return null;
}
