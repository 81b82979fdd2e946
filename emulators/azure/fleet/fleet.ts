// The Azure part of the fleet: subscriptions and their tokens, per-location data, VM state
// changes and Azure Monitor series.
import { UniqueAllocator } from '../../kit/allocator.js';
import { ChangeListeners, type CloudFleetOptions } from '../../kit/cloud-fleet.js';
import { AZURE_LOCATIONS, AZURE_SUBSCRIPTIONS, AZURE_VM_SIZES, azureLocationInfo, type AzureVmSizeInfo } from './catalogue.js';
import { generateAzureScope } from './generate/index.js';
import { azureMetricSeries } from './metrics.js';
import { applyVmCondition } from './state.js';
import type { AzureMetricQuery, AzureMetricSeries, AzureScopeData, AzureSubscription, AzureVirtualMachine, AzureVmCondition, AzureVmConditionChange } from './types.js';
import { AZURE_VM_CONDITIONS } from './types.js';

export type AzureFleetOptions = CloudFleetOptions;

export type AzureVmConditionListener = (change: AzureVmConditionChange) => void;

/** The per-location collections of a scope, by the name ARM gives their resource type. */
export type AzureCollection = Exclude<keyof AzureScopeData, 'subscriptionId' | 'location' | 'resourceGroups'>;

export const AZURE_COLLECTIONS: readonly AzureCollection[] = [
  'virtualMachines',
  'disks',
  'snapshots',
  'virtualNetworks',
  'networkSecurityGroups',
  'applicationSecurityGroups',
  'publicIPAddresses',
  'networkInterfaces',
];

export class AzureFleet {
  readonly subscriptions: readonly AzureSubscription[] = AZURE_SUBSCRIPTIONS;
  readonly locations: readonly string[] = AZURE_LOCATIONS.map((l) => l.location);
  readonly vmSizes: readonly AzureVmSizeInfo[] = AZURE_VM_SIZES;
  private readonly data = new Map<string, AzureScopeData>();
  private readonly listeners = new ChangeListeners<AzureVmConditionChange>();
  /** Lower-cased ARM id → the scope holding it (resources never move). */
  private readonly byId = new Map<string, AzureScopeData>();

  constructor(private readonly options: AzureFleetOptions) {
    const allocator = new UniqueAllocator();
    let scopeIndex = 0;
    this.subscriptions.forEach((subscription, subscriptionIndex) => {
      for (const location of AZURE_LOCATIONS) {
        const scope = generateAzureScope({
          seed: options.seed,
          subscriptionId: subscription.subscriptionId,
          subscriptionIndex,
          location,
          vmsPerScope: options.vmsPerScope,
          scopeIndex: scopeIndex++,
          allocator,
        });
        this.data.set(key(subscription.subscriptionId, location.location), scope);
        for (const collection of AZURE_COLLECTIONS) for (const resource of scope[collection]) this.byId.set(resource.id.toLowerCase(), scope);
      }
    });
  }

  /** Every subscription × location, in a stable order. */
  scopes(): AzureScopeData[] {
    return [...this.data.values()];
  }

  /** One subscription's data in one location; undefined for an unknown subscription or location. */
  scope(subscriptionId: string, location: string): AzureScopeData | undefined {
    return this.data.get(key(subscriptionId, location));
  }

  /** A subscription's resources of one collection over every location (what a subscription-wide list returns). */
  resources<C extends AzureCollection>(subscriptionId: string, collection: C): AzureScopeData[C] {
    return this.scopes()
      .filter((s) => s.subscriptionId === subscriptionId.toLowerCase())
      .flatMap((s) => s[collection] as unknown[]) as AzureScopeData[C];
  }

  subscription(subscriptionId: string): AzureSubscription | undefined {
    return this.subscriptions.find((s) => s.subscriptionId === subscriptionId.toLowerCase());
  }

  subscriptionForToken(token: string): AzureSubscription | undefined {
    return this.subscriptions.find((s) => s.token === token);
  }

  token(subscriptionId: string): string {
    const subscription = this.subscription(subscriptionId);
    if (!subscription) throw new Error(`Unknown Azure subscription ${subscriptionId}`);
    return subscription.token;
  }

  isKnownLocation(location: string): boolean {
    return azureLocationInfo(location) !== undefined;
  }

  /** The scope holding a resource of any collection (not subnets or rules), by ARM id, case-insensitively. */
  scopeOfResource(resourceId: string): AzureScopeData | undefined {
    return this.byId.get(resourceId.toLowerCase());
  }

  findVm(vmId: string): { scope: AzureScopeData; vm: AzureVirtualMachine } | undefined {
    const id = vmId.toLowerCase();
    for (const scope of this.data.values()) {
      const vm = scope.virtualMachines.find((v) => v.id.toLowerCase() === id);
      if (vm) return { scope, vm };
    }
    return undefined;
  }

  /**
   * Puts a VM into one of the documented states now (by the fleet's clock), with the statuses,
   * provisioning state, disk states and metric activity Azure would show. Throws for an unknown
   * VM or state.
   */
  setVmCondition(vmId: string, condition: AzureVmCondition): AzureVirtualMachine {
    if (!AZURE_VM_CONDITIONS.includes(condition)) throw new Error(`Unknown Azure VM state "${condition}"`);
    const found = this.findVm(vmId);
    if (!found) throw new Error(`Unknown virtual machine ${vmId}`);
    const { scope, vm } = found;
    const previous = vm.sim.condition;
    const at = this.options.clock();
    applyVmCondition(scope, vm, condition, at);
    const change: AzureVmConditionChange = { subscriptionId: scope.subscriptionId, location: scope.location, vmId: vm.id, previous, condition, at };
    this.listeners.emit(change);
    return vm;
  }

  /** Adds a resource a write created to its subscription and location; a VM's listeners hear of it as created. */
  addResource<C extends AzureCollection>(collection: C, resource: AzureScopeData[C][number]): void {
    const item = resource as { id: string; location: string };
    const subscriptionId = item.id.split('/')[2]!;
    const scope = this.scope(subscriptionId, item.location);
    if (!scope) throw new Error(`Unknown Azure scope ${subscriptionId}/${item.location}`);
    (scope[collection] as unknown[]).push(resource);
    this.byId.set(item.id.toLowerCase(), scope);
    if (collection === 'virtualMachines') this.emitLifecycle(scope, resource as AzureVirtualMachine, 'created');
  }

  /** Removes a resource a write deleted (nothing when it is gone already); a VM's listeners hear of it as deleted. */
  removeResource(collection: AzureCollection, resourceId: string): void {
    const scope = this.scopeOfResource(resourceId);
    if (!scope) return;
    const items = scope[collection] as { id: string }[];
    const index = items.findIndex((r) => r.id.toLowerCase() === resourceId.toLowerCase());
    if (index < 0) return;
    const [gone] = items.splice(index, 1);
    this.byId.delete(resourceId.toLowerCase());
    if (collection === 'virtualMachines') this.emitLifecycle(scope, gone as AzureVirtualMachine, 'deleted');
  }

  private emitLifecycle(scope: AzureScopeData, vm: AzureVirtualMachine, lifecycle: 'created' | 'deleted'): void {
    const condition = vm.sim.condition;
    this.listeners.emit({ subscriptionId: scope.subscriptionId, location: scope.location, vmId: vm.id, previous: condition, condition, at: this.options.clock(), lifecycle });
  }

  /** Called after every setVmCondition, and when a write creates or deletes a VM; returns an unsubscribe function. */
  onVmConditionChange(listener: AzureVmConditionListener): () => void {
    return this.listeners.add(listener);
  }

  /** An Azure Monitor series for a resource of `resourceType`, or null when the type has no such metric. */
  metricSeries(resourceType: string, query: AzureMetricQuery): AzureMetricSeries | null {
    const scope = this.scopeOfResource(query.resourceId);
    const owned = scope && scope.subscriptionId === query.subscriptionId.toLowerCase() ? scope : undefined;
    return azureMetricSeries(this.options.seed, resourceType, owned, query, this.options.clock());
  }
}

function key(subscriptionId: string, location: string): string {
  return `${subscriptionId.toLowerCase()}/${location.toLowerCase()}`;
}
