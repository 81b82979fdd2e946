// What every section of a scope's generation shares: the scope's seeded stream, the resources
// built so far, and how to name, tag and address them.
import { SubnetAddressPool, type AddressPoolRules } from '../../../kit/address-pool.js';
import type { UniqueAllocator } from '../../../kit/allocator.js';
import { Random } from '../../../kit/prng.js';
import type { AzureLocationInfo } from '../catalogue.js';
import type { AzureScopeData, AzureTags } from '../types.js';

export interface GenerateContext {
  seed: number;
  subscriptionId: string;
  /** Position of the subscription in the fleet (keeps address spaces apart). */
  subscriptionIndex: number;
  location: AzureLocationInfo;
  vmsPerScope: number;
  /** Position of the scope in the fleet; the first always gets a second VNet. */
  scopeIndex: number;
  /** Hands out public addresses unique across the whole fleet, deterministically. */
  allocator: UniqueAllocator;
}

/** Private addresses inside one subnet: Azure keeps the first four and the last one. */
const AZURE_SUBNET_RULES: AddressPoolRules = { firstOffset: 4, reservedAtEnd: 1 };

/** Private IPv6 addresses of a dual-stack subnet's /64, handed out in order from ::4 as Azure does. */
class Ipv6SubnetPool {
  private next = 4;
  private readonly base: string;

  constructor(prefix: string) {
    this.base = prefix.split('/')[0]!;
  }

  allocate(): string {
    return `${this.base}${(this.next++).toString(16)}`;
  }
}

export class ScopeBuilder {
  readonly rng: Random;
  readonly scope: AzureScopeData;
  readonly subscriptionId: string;
  readonly location: AzureLocationInfo;
  /** The location's ARM name (`westeurope`). */
  readonly loc: string;
  /** The resource group holding the shared network: VNets, tier NSGs and ASGs, reserved IPs. */
  readonly networkRg: string;
  /** By lower-cased subnet id. */
  private readonly subnetPools = new Map<string, SubnetAddressPool>();
  private readonly ipv6Pools = new Map<string, Ipv6SubnetPool>();

  constructor(readonly ctx: GenerateContext) {
    this.subscriptionId = ctx.subscriptionId;
    this.location = ctx.location;
    this.loc = ctx.location.location;
    this.rng = Random.of(ctx.seed, 'azure', this.subscriptionId, this.loc);
    this.networkRg = `rg-network-${this.loc}`;
    this.scope = {
      subscriptionId: this.subscriptionId,
      location: this.loc,
      resourceGroups: [this.networkRg],
      virtualMachines: [],
      disks: [],
      snapshots: [],
      virtualNetworks: [],
      networkSecurityGroups: [],
      applicationSecurityGroups: [],
      publicIPAddresses: [],
      networkInterfaces: [],
    };
  }

  armId(rg: string, provider: string, type: string, name: string): string {
    return `/subscriptions/${this.subscriptionId}/resourceGroups/${rg}/providers/${provider}/${type}/${name}`;
  }

  etag(): string {
    return `W/"${this.rng.uuid()}"`;
  }

  /** The fields every Microsoft.Network resource begins with (draws its etag). */
  networkResourceBase<C extends string>(rg: string, collection: C, name: string, tags: AzureTags) {
    return {
      id: this.armId(rg, 'Microsoft.Network', collection, name),
      name,
      type: `Microsoft.Network/${collection}` as const,
      location: this.loc,
      tags,
      etag: this.etag(),
    };
  }

  /** The resource group of an environment's workloads, added to the scope on first use. */
  workloadRg(env: string): string {
    const rg = `rg-${env}-${this.loc}`;
    if (!this.scope.resourceGroups.includes(rg)) this.scope.resourceGroups.push(rg);
    return rg;
  }

  addSubnetPool(subnetId: string, prefix: string): void {
    this.subnetPools.set(subnetId.toLowerCase(), new SubnetAddressPool(prefix, AZURE_SUBNET_RULES));
  }

  /** The next free private address of a subnet. */
  privateIp(subnetId: string): string {
    return this.subnetPools.get(subnetId.toLowerCase())!.allocate();
  }

  /** Makes a subnet dual-stack: `prefix` is its IPv6 /64. */
  addIpv6SubnetPool(subnetId: string, prefix: string): void {
    this.ipv6Pools.set(subnetId.toLowerCase(), new Ipv6SubnetPool(prefix));
  }

  isDualStack(subnetId: string): boolean {
    return this.ipv6Pools.has(subnetId.toLowerCase());
  }

  /** The next free private IPv6 address of a dual-stack subnet. */
  privateIpv6(subnetId: string): string {
    return this.ipv6Pools.get(subnetId.toLowerCase())!.allocate();
  }
}
