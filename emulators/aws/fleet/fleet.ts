// The AWS part of the fleet: accounts, credentials, per-scope data, state changes and metrics.
import { ChangeListeners, type CloudFleetOptions } from '../../kit/cloud-fleet.js';
import { Random } from '../../kit/prng.js';
import { AWS_ACCOUNTS, AWS_REGIONS, EC2_INSTANCE_TYPES, regionInfo } from './catalogue.js';
import { generateAwsScope } from './generate/index.js';
import { awsMetricSeries } from './metrics.js';
import { AwsAllocator } from './network.js';
import { applyInstanceState } from './state.js';
import type { AwsAccount, AwsCredentials, AwsMetricQuery, AwsMetricSeries, AwsScopeData, Ec2Instance, Ec2InstanceStateName, Ec2InstanceTypeInfo, InstanceStateChange } from './types.js';
import { EC2_INSTANCE_STATES } from './types.js';

export type AwsFleetOptions = CloudFleetOptions;

export type InstanceStateListener = (change: InstanceStateChange) => void;

export class AwsFleet {
  readonly accounts: readonly AwsAccount[] = AWS_ACCOUNTS;
  readonly regions: readonly string[] = AWS_REGIONS.map((r) => r.region);
  readonly instanceTypes: readonly Ec2InstanceTypeInfo[] = EC2_INSTANCE_TYPES;
  private readonly data = new Map<string, AwsScopeData>();
  private readonly listeners = new ChangeListeners<InstanceStateChange>();
  /** Ids and public addresses, unique across the fleet, for what generation and writes create. */
  readonly allocator = new AwsAllocator();
  /** The seeded stream writes draw new ids, MACs and addresses from. */
  readonly writeRandom: Random;

  constructor(private readonly options: AwsFleetOptions) {
    const allocator = this.allocator;
    this.writeRandom = Random.of(options.seed, 'aws-writes');
    let scopeIndex = 0;
    for (const account of this.accounts) {
      for (const region of AWS_REGIONS) {
        const scope = generateAwsScope({
          seed: options.seed,
          account: account.accountId,
          region,
          vmsPerScope: options.vmsPerScope,
          scopeIndex: scopeIndex++,
          allocator,
        });
        this.data.set(key(account.accountId, region.region), scope);
      }
    }
  }

  /** Every account × region, in a stable order. */
  scopes(): AwsScopeData[] {
    return [...this.data.values()];
  }

  /** One account's data in one region; undefined for an unknown account or a region the fleet does not populate. */
  scope(account: string, region: string): AwsScopeData | undefined {
    return this.data.get(key(account, region));
  }

  account(accountId: string): AwsAccount | undefined {
    return this.accounts.find((a) => a.accountId === accountId);
  }

  accountForAccessKey(accessKeyId: string): AwsAccount | undefined {
    return this.accounts.find((a) => a.credentials.accessKeyId === accessKeyId);
  }

  credentials(accountId: string): AwsCredentials {
    const account = this.account(accountId);
    if (!account) throw new Error(`Unknown AWS account ${accountId}`);
    return { ...account.credentials };
  }

  /** Whether the region is one the fleet's regions (the emulator answers others with empty lists). */
  isKnownRegion(region: string): boolean {
    return regionInfo(region) !== undefined;
  }

  findInstance(instanceId: string): { scope: AwsScopeData; instance: Ec2Instance } | undefined {
    for (const scope of this.data.values()) {
      const instance = scope.instances.find((i) => i.instanceId === instanceId);
      if (instance) return { scope, instance };
    }
    return undefined;
  }

  /**
   * Moves an instance to an EC2 state now (by the fleet's clock), with the reason EC2 records and
   * the side effects EC2 has (public IPs, termination clean-up, metrics stop). Throws for an unknown
   * instance, an unknown state, or leaving `terminated`.
   */
  setInstanceState(instanceId: string, state: Ec2InstanceStateName): Ec2Instance {
    if (!EC2_INSTANCE_STATES.includes(state)) throw new Error(`Unknown EC2 instance state "${state}"`);
    const found = this.findInstance(instanceId);
    if (!found) throw new Error(`Unknown instance ${instanceId}`);
    const { scope, instance } = found;
    const previousState = instance.state;
    const at = this.options.clock();
    applyInstanceState(scope, instance, state, at);
    if (state === 'pending' && previousState !== 'pending') instance.launchTime = new Date(Math.floor(at.getTime() / 1000) * 1000);
    const change: InstanceStateChange = {
      account: scope.account,
      region: scope.region,
      instanceId,
      previousState,
      state,
      at,
    };
    this.listeners.emit(change);
    return instance;
  }

  /**
   * Adds a launched instance (state `pending`, its interfaces and volumes already in the scope)
   * and tells the listeners, as EC2 notifies a launch: a change into `pending`.
   */
  addInstance(scope: AwsScopeData, instance: Ec2Instance): void {
    scope.instances.push(instance);
    this.listeners.emit({ account: scope.account, region: scope.region, instanceId: instance.instanceId, previousState: 'pending', state: 'pending', at: this.options.clock() });
  }

  /** Called after every setInstanceState and addInstance; returns an unsubscribe function. */
  onInstanceStateChange(listener: InstanceStateListener): () => void {
    return this.listeners.add(listener);
  }

  /** A CloudWatch series, or null when the fleet has no such metric (see awsMetricSeries). */
  metricSeries(query: AwsMetricQuery): AwsMetricSeries | null {
    return awsMetricSeries(this.options.seed, this.scope(query.account, query.region), query, this.options.clock());
  }
}

function key(account: string, region: string): string {
  return `${account}/${region}`;
}
