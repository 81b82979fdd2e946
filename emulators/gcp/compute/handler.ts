// Compute Engine v1 over REST (read-only): `list`, `aggregatedList` and `get` for the collections
// in collections.ts. Lists honour `filter`, `maxResults` (0–500, default 500), `pageToken` and
// `orderBy` (name, creationTimestamp desc); aggregated lists key their `items` by scope
// (`zones/us-central1-a`, `regions/us-central1`) and carry a NO_RESULTS_ON_PAGE warning for every
// scope without items on the page, as Compute Engine does.
import { COMPUTE_URL_BASE, isKnownRegion, isKnownZone, regionOfZone } from '../fleet/catalogue.js';
import type { GcpFleet } from '../fleet/fleet.js';
import { hashString } from '../../kit/prng.js';
import { googleErrors } from '../errors.js';
import { aggregatedScopes, collectionSpec, type CollectionSpec, type Location } from './collections.js';
import { parseComputeFilter } from './filter.js';

export const MAX_RESULTS = 500;

/** A parsed Compute Engine path. */
export interface ComputeRoute {
  project: string;
  action: string;
  /** '*' for project-wide requests (aggregated and global), the region otherwise. */
  region: string;
  /** The IAM permission the call needs. */
  permission: string;
  spec: CollectionSpec;
  verb: 'aggregatedList' | 'list' | 'get';
  location: Location | null;
  name: string | null;
}

/** `compute/v1/projects/{p}/…` → the method it names; null when it names none. */
export function routeCompute(path: string): ComputeRoute | null {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/').map(decodeURIComponent);
  if (parts[0] !== 'compute' || parts[1] !== 'v1' || parts[2] !== 'projects' || !parts[3]) return null;
  const project = parts[3];
  const rest = parts.slice(4);
  const make = (spec: CollectionSpec | undefined, resource: string | undefined, verb: ComputeRoute['verb'], location: Location | null, name: string | null, region: string): ComputeRoute | null => {
    if (!spec || !resource) return null;
    const api = verb === 'aggregatedList' ? spec.collection : resource;
    const permissionVerb = verb === 'get' ? 'get' : 'list';
    const permissionResource = api === 'regionDisks' ? 'disks' : api;
    return { project, action: `${api}.${verb}`, region, permission: `compute.${permissionResource}.${permissionVerb}`, spec, verb, location, name };
  };
  if (rest[0] === 'aggregated' && rest.length === 2) {
    const spec = collectionSpec(rest[1]!);
    return spec?.aggregated ? make(spec, spec.collection, 'aggregatedList', null, null, '*') : null;
  }
  if ((rest[0] === 'zones' || rest[0] === 'regions') && (rest.length === 3 || rest.length === 4)) {
    const spec = collectionSpec(rest[2]!);
    const kind = rest[0] === 'zones' ? 'zone' : 'region';
    const where = rest[1]!;
    const location: Location = kind === 'zone' ? { kind, zone: where } : { kind, region: where };
    const region = kind === 'zone' ? regionOfZone(where) : where;
    return make(spec, spec?.locations[kind], rest.length === 4 ? 'get' : 'list', location, rest[3] ?? null, region);
  }
  if (rest[0] === 'global' && (rest.length === 2 || rest.length === 3)) {
    const spec = collectionSpec(rest[1]!);
    return make(spec, spec?.locations.global, rest.length === 3 ? 'get' : 'list', { kind: 'global' }, rest[2] ?? null, '*');
  }
  return null;
}

export interface ComputeContext {
  fleet: GcpFleet;
  route: ComputeRoute;
  params: URLSearchParams;
  /** Caps every page below the caller's maxResults (paging tests); null = no cap. */
  maxPageSize: number | null;
}

export function handleCompute(ctx: ComputeContext): Record<string, unknown> {
  const { route } = ctx;
  if (route.location?.kind === 'zone' && !isKnownZone(route.location.zone)) {
    throw googleErrors.invalidField('zone', route.location.zone, 'Unknown zone.');
  }
  if (route.location?.kind === 'region' && !isKnownRegion(route.location.region)) {
    throw googleErrors.invalidField('region', route.location.region, 'Unknown region.');
  }
  switch (route.verb) {
    case 'get':
      return get(ctx);
    case 'list':
      return list(ctx);
    case 'aggregatedList':
      return aggregatedList(ctx);
  }
}

function get(ctx: ComputeContext): Record<string, unknown> {
  const { route } = ctx;
  const item = route.spec.find
    ? route.spec.find(ctx.fleet, route.project, route.location!, route.name!)
    : route.spec.items(ctx.fleet, route.project, route.location!).find((i) => i['name'] === route.name);
  if (!item) throw googleErrors.notFound(`projects/${route.project}/${locationPath(route.location!)}${route.spec.collection}/${route.name}`);
  return wire(item);
}

function list(ctx: ComputeContext): Record<string, unknown> {
  const { route } = ctx;
  const items = select(ctx, route.spec.items(ctx.fleet, route.project, route.location!));
  const page = paginate(ctx, items.length);
  const path = `projects/${route.project}/${locationPath(route.location!)}${route.spec.collection}`;
  return {
    kind: `compute#${route.spec.stem}List`,
    id: path,
    ...(page.end > page.start ? { items: items.slice(page.start, page.end).map(wire) } : {}),
    ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
    selfLink: `${COMPUTE_URL_BASE}${path}`,
  };
}

function aggregatedList(ctx: ComputeContext): Record<string, unknown> {
  const { route } = ctx;
  const scopes = aggregatedScopes(route.spec);
  const flat: { key: string; item: Record<string, unknown> }[] = [];
  for (const scope of scopes) {
    for (const item of select(ctx, route.spec.items(ctx.fleet, route.project, scope.location))) flat.push({ key: scope.key, item });
  }
  const page = paginate(ctx, flat.length);
  const onPage = flat.slice(page.start, page.end);
  const items: Record<string, unknown> = {};
  for (const scope of scopes) {
    const here = onPage.filter((x) => x.key === scope.key).map((x) => wire(x.item));
    items[scope.key] =
      here.length > 0
        ? { [route.spec.collection]: here }
        : {
            warning: {
              code: 'NO_RESULTS_ON_PAGE',
              message: `There are no results for scope '${scope.key}' on this page.`,
              data: [{ key: 'scope', value: scope.key }],
            },
          };
  }
  const path = `projects/${route.project}/aggregated/${route.spec.collection}`;
  return {
    kind: `compute#${route.spec.stem}AggregatedList`,
    id: path,
    items,
    ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
    selfLink: `${COMPUTE_URL_BASE}${path}`,
  };
}

/** Applies `filter` and `orderBy`. */
function select(ctx: ComputeContext, items: Record<string, unknown>[]): Record<string, unknown>[] {
  const matches = parseComputeFilter(ctx.params.get('filter') ?? undefined);
  const out = items.filter(matches);
  const orderBy = ctx.params.get('orderBy');
  if (orderBy === null || orderBy === '' || orderBy === 'name') return out;
  if (orderBy === 'creationTimestamp desc') {
    return [...out].sort((a, b) => Date.parse(String(b['creationTimestamp'])) - Date.parse(String(a['creationTimestamp'])));
  }
  throw googleErrors.invalidField('orderBy', orderBy, 'Sorting is only supported by name or by creationTimestamp desc.');
}

interface PageToken {
  o: number;
  f: number;
}

function paginate(ctx: ComputeContext, total: number): { start: number; end: number; nextPageToken?: string } {
  const raw = ctx.params.get('maxResults');
  let size = MAX_RESULTS;
  if (raw !== null && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw googleErrors.invalidField('maxResults', raw, 'Must be a non-negative integer.');
    if (n > MAX_RESULTS) throw googleErrors.invalidField('maxResults', raw, `Must be less than or equal to ${MAX_RESULTS}`);
    if (n > 0) size = n;
  }
  if (ctx.maxPageSize !== null) size = Math.min(size, ctx.maxPageSize);
  // A token is bound to the query it came from (same path, filter and order).
  const fingerprint = hashString([ctx.route.action, ctx.route.project, JSON.stringify(ctx.route.location), ctx.params.get('filter') ?? '', ctx.params.get('orderBy') ?? ''].join('\u001f'));
  const token = ctx.params.get('pageToken');
  let start = 0;
  if (token) {
    let body: Partial<PageToken> | null = null;
    try {
      body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<PageToken>;
    } catch {
      body = null;
    }
    if (!body || body.f !== fingerprint || typeof body.o !== 'number' || !Number.isInteger(body.o) || body.o < 0) {
      throw googleErrors.invalidField('pageToken', token, 'Invalid page token.');
    }
    start = Math.min(body.o, total);
  }
  const end = Math.min(total, start + size);
  return {
    start,
    end,
    ...(end < total ? { nextPageToken: Buffer.from(JSON.stringify({ o: end, f: fingerprint } satisfies PageToken)).toString('base64url') } : {}),
  };
}

function locationPath(location: Location): string {
  if (location.kind === 'zone') return `zones/${location.zone}/`;
  if (location.kind === 'region') return `regions/${location.region}/`;
  return 'global/';
}

/** The resource as the API sends it: a deep copy without the simulation state. */
function wire(item: Record<string, unknown>): Record<string, unknown> {
  const { sim: _sim, ...rest } = item;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}

