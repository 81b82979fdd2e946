// ARM's read API for the fleet's resource types: which path is which operation (named as the
// SDKs name them), and what it answers. Paths are case-insensitive, as on ARM; api-version is
// ignored (the SDKs send recent ones).
import type { AzureCollection, AzureFleet, AzureScopeData } from '../fleet.js';
import { armErrors, type ArmError } from './errors.js';
import { Joins, serializeVm } from './joins.js';
import { paginate } from './paging.js';
import type { AzureService } from './log.js';
import { resourceSkus, skuFilterLocation, vmSizes } from './skus.js';

export interface ArmRequest {
  method: string;
  url: URL;
  /** `https://host:port`, for absolute nextLinks. */
  origin: string;
  body: string;
}

export interface ArmContext {
  fleet: AzureFleet;
  maxPageSize: number | null;
}

/** A request matched to an operation: enough to log it, fault it and authorise it before running it. */
export interface Operation {
  service: AzureService;
  action: string;
  /** The subscription the path names (lower-cased). */
  subscriptionId: string;
  region: string | null;
  /** The RBAC action the operation needs (named in AuthorizationFailed answers). */
  permission: string;
  /** A public API (Retail Prices): no token asked for, nothing to authorise. */
  anonymous?: boolean;
  /** The API's own throttled, unavailable and forbidden answers, where they are not ARM's. */
  errors?: { throttled(retryAfterSeconds: number): ArmError; unavailable(): ArmError; forbidden(): ArmError };
  run(): unknown;
}

interface CollectionSpec {
  namespace: 'Microsoft.Compute' | 'Microsoft.Network';
  type: string;
  collection: AzureCollection;
  service: AzureService;
  /** The SDK's names for the subscription-wide and the resource-group listing. */
  subscriptionList: 'listAll' | 'list';
  groupList: 'list' | 'listByResourceGroup';
  /** Items per page. */
  pageSize: number;
}

/**
 * Page sizes: VM lists come back 50 at a time (what ARM clients observe for
 * virtualMachines listAll); the other collections are given pages of 1000, as no smaller page
 * is documented for them. Clients must follow nextLink either way.
 */
const COLLECTIONS: readonly CollectionSpec[] = [
  { namespace: 'Microsoft.Compute', type: 'virtualMachines', collection: 'virtualMachines', service: 'compute', subscriptionList: 'listAll', groupList: 'list', pageSize: 50 },
  { namespace: 'Microsoft.Compute', type: 'disks', collection: 'disks', service: 'compute', subscriptionList: 'list', groupList: 'listByResourceGroup', pageSize: 1000 },
  { namespace: 'Microsoft.Compute', type: 'snapshots', collection: 'snapshots', service: 'compute', subscriptionList: 'list', groupList: 'listByResourceGroup', pageSize: 1000 },
  { namespace: 'Microsoft.Network', type: 'virtualNetworks', collection: 'virtualNetworks', service: 'network', subscriptionList: 'listAll', groupList: 'list', pageSize: 1000 },
  { namespace: 'Microsoft.Network', type: 'networkSecurityGroups', collection: 'networkSecurityGroups', service: 'network', subscriptionList: 'listAll', groupList: 'list', pageSize: 1000 },
  { namespace: 'Microsoft.Network', type: 'applicationSecurityGroups', collection: 'applicationSecurityGroups', service: 'network', subscriptionList: 'listAll', groupList: 'list', pageSize: 1000 },
  { namespace: 'Microsoft.Network', type: 'publicIPAddresses', collection: 'publicIPAddresses', service: 'network', subscriptionList: 'listAll', groupList: 'list', pageSize: 1000 },
  { namespace: 'Microsoft.Network', type: 'networkInterfaces', collection: 'networkInterfaces', service: 'network', subscriptionList: 'listAll', groupList: 'list', pageSize: 1000 },
];

/** Subnets are listed per VNet. */
const SUBNET_PAGE_SIZE = 1000;
const SKU_PAGE_SIZE = 1000;

/** Every action name the ARM side answers, for documentation and tests. */
export const ARM_ACTIONS: readonly string[] = [
  ...COLLECTIONS.flatMap((c) => [`${c.type}.${c.subscriptionList}`, `${c.type}.${c.groupList}`, `${c.type}.get`]),
  'subnets.list',
  'subnets.get',
  'resourceSkus.list',
  'virtualMachineSizes.list',
];

const eq = (a: string | undefined, b: string) => a !== undefined && a.toLowerCase() === b.toLowerCase();

/** Matches an ARM path to an operation; throws ArmError (404/400/405) when nothing matches. */
export function resolveArm(req: ArmRequest, ctx: ArmContext): Operation {
  const { url } = req;
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  if (!eq(segments[0], 'subscriptions') || !segments[1]) throw armErrors.notFound(url.pathname);
  const subscriptionId = segments[1].toLowerCase();
  let rest = segments.slice(2);
  let resourceGroup: string | null = null;
  if (eq(rest[0], 'resourceGroups')) {
    resourceGroup = rest[1] ?? null;
    if (!resourceGroup) throw armErrors.notFound(url.pathname);
    rest = rest.slice(2);
  }
  if (!eq(rest[0], 'providers') || !rest[1] || !rest[2]) throw armErrors.notFound(url.pathname);
  const [, namespace, type, name, child, childName, ...tail] = rest as [string, string, string, string?, string?, string?, ...string[]];
  const apiVersion = url.searchParams.get('api-version') ?? '';
  if (req.method !== 'GET') throw armErrors.methodNotAllowed(req.method);
  const base = { subscriptionId, permission: `${namespace}/${type}/read` };

  if (eq(namespace, 'Microsoft.Compute') && resourceGroup === null) {
    if (eq(type, 'skus') && name === undefined) {
      const filter = url.searchParams.get('$filter');
      return {
        ...base,
        permission: 'Microsoft.Compute/skus/read',
        service: 'compute',
        action: 'resourceSkus.list',
        region: locationOfFilter(filter),
        run: () => paginate('resourceSkus.list', resourceSkus(skuFilterLocation(filter)), url, req.origin, SKU_PAGE_SIZE, ctx.maxPageSize),
      };
    }
    if (eq(type, 'locations') && name !== undefined && eq(child, 'vmSizes') && childName === undefined) {
      const location = name.toLowerCase();
      return {
        ...base,
        permission: 'Microsoft.Compute/locations/vmSizes/read',
        service: 'compute',
        action: 'virtualMachineSizes.list',
        region: location,
        // Not paged: one answer with every size of the location.
        run: () => ({ value: ctx.fleet.isKnownLocation(location) ? vmSizes() : [] }),
      };
    }
  }

  const spec = COLLECTIONS.find((c) => eq(c.namespace, namespace) && eq(c.type, type));
  if (!spec) throw armErrors.invalidResourceType(type, namespace, apiVersion);
  const service = spec.service;
  const scopes = () => ctx.fleet.scopes().filter((s) => s.subscriptionId === subscriptionId);
  const checkGroup = () => {
    if (resourceGroup !== null && !scopes().some((s) => s.resourceGroups.some((rg) => eq(rg, resourceGroup!)))) {
      throw armErrors.resourceGroupNotFound(resourceGroup);
    }
  };
  const inGroup = (id: string) => resourceGroup === null || eq(id.split('/')[4], resourceGroup);
  const serialize = serializerFor(spec, url, ctx.fleet, subscriptionId);

  if (name === undefined) {
    const action = `${spec.type}.${resourceGroup === null ? spec.subscriptionList : spec.groupList}`;
    return {
      ...base,
      service,
      action,
      region: null,
      run: () => {
        checkGroup();
        const items = (ctx.fleet.resources(subscriptionId, spec.collection) as { id: string }[]).filter((r) => inGroup(r.id));
        const page = paginate(action, items, url, req.origin, spec.pageSize, ctx.maxPageSize);
        return { ...page, value: page.value.map(serialize) };
      },
    };
  }
  if (resourceGroup === null || tail.length > 0) throw armErrors.notFound(url.pathname);
  const item = (): { id: string; location: string } | undefined =>
    (ctx.fleet.resources(subscriptionId, spec.collection) as { id: string; name: string; location: string }[]).find(
      (r) => inGroup(r.id) && eq(r.name, name),
    );

  if (child === undefined) {
    const found = item();
    return {
      ...base,
      service,
      action: `${spec.type}.get`,
      region: found?.location ?? null,
      run: () => {
        checkGroup();
        const resource = item();
        if (!resource) throw armErrors.resourceNotFound(`${spec.namespace}/${spec.type}`, name, resourceGroup!);
        return serialize(resource);
      },
    };
  }

  if (spec.collection === 'virtualNetworks' && eq(child, 'subnets')) {
    const vnet = item() as AzureScopeData['virtualNetworks'][number] | undefined;
    const joins = () => new Joins(ctx.fleet, subscriptionId);
    const missingVnet = () => armErrors.resourceNotFound('Microsoft.Network/virtualNetworks', name, resourceGroup!);
    if (childName === undefined) {
      return {
        ...base,
        permission: 'Microsoft.Network/virtualNetworks/subnets/read',
        service,
        action: 'subnets.list',
        region: vnet?.location ?? null,
        run: () => {
          checkGroup();
          if (!vnet) throw missingVnet();
          const j = joins();
          const page = paginate('subnets.list', vnet.properties.subnets, url, req.origin, SUBNET_PAGE_SIZE, ctx.maxPageSize);
          return { ...page, value: page.value.map((s) => j.subnet(s)) };
        },
      };
    }
    return {
      ...base,
      permission: 'Microsoft.Network/virtualNetworks/subnets/read',
      service,
      action: 'subnets.get',
      region: vnet?.location ?? null,
      run: () => {
        checkGroup();
        if (!vnet) throw missingVnet();
        const subnet = vnet.properties.subnets.find((s) => eq(s.name, childName));
        if (!subnet) throw armErrors.resourceNotFound('Microsoft.Network/virtualNetworks/subnets', `${name}/${childName}`, resourceGroup!);
        return joins().subnet(subnet);
      },
    };
  }
  throw armErrors.invalidResourceType(`${type}/${child}`, namespace, apiVersion);
}

type Item<C extends AzureCollection> = AzureScopeData[C][number];

/** How one collection's items leave the emulator. */
function serializerFor(spec: CollectionSpec, url: URL, fleet: AzureFleet, subscriptionId: string): (resource: object) => object {
  let joins: Joins | undefined;
  const j = () => (joins ??= new Joins(fleet, subscriptionId));
  switch (spec.collection) {
    case 'virtualMachines': {
      // statusOnly=true (listAll) or $expand=instanceView (get) puts the instance view in.
      const withInstanceView = eq(url.searchParams.get('statusOnly') ?? '', 'true') || eq(url.searchParams.get('$expand') ?? '', 'instanceView');
      return (vm) => serializeVm(vm as Item<'virtualMachines'>, withInstanceView);
    }
    case 'virtualNetworks':
      return (vnet) => j().virtualNetwork(vnet as Item<'virtualNetworks'>);
    case 'networkSecurityGroups':
      return (nsg) => j().networkSecurityGroup(nsg as Item<'networkSecurityGroups'>);
    case 'publicIPAddresses':
      return (pip) => j().publicIpAddress(pip as Item<'publicIPAddresses'>);
    case 'networkInterfaces':
      return (nic) => j().networkInterface(nic as Item<'networkInterfaces'>);
    case 'disks':
    case 'snapshots':
    case 'applicationSecurityGroups':
      return (resource) => resource;
  }
}

/** The location a SKU filter names, for the log (a filter ARM would refuse names none). */
function locationOfFilter(filter: string | null): string | null {
  try {
    return skuFilterLocation(filter);
  } catch {
    return null;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
