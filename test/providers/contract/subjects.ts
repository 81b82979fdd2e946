// What the provider contract suite needs to know about each cloud: how to reach its emulator in
// the sandbox, what its fleet holds (the truth to compare with), and its native states.
import type { RunningApp } from '../../../src/app.js';
import { EC2_INSTANCE_STATES } from '../../../emulators/fleet.js';
import type { VmState } from '../../../src/providers/types.js';

/** The controls every emulator offers (src/emulators/<cloud>/). */
export interface EmulatorControls {
  requests: { count(match?: { service?: string; action?: string; account?: string | null; region?: string | null }): number; reset(): void };
  faults: {
    add(rule: { service?: string; action?: string; account?: string; region?: string; kind: 'throttle' | 'unavailable' | 'latency'; times?: number }): void;
    clear(): void;
  };
  setMaxPageSize(n: number | null): void;
}

export interface FleetTruth {
  vms: number;
  volumes: number;
  snapshots: number;
  networks: number;
  subnets: number;
  securityGroups: number;
  publicIps: number;
  networkInterfaces: number;
  /** Per account, the VMs each of its VM listings returns (one listing per region on AWS, one per account on Azure and GCP). */
  vmsPerListing: Record<string, number[]>;
}

export interface ContractSubject {
  /** The GraphQL Provider enum value. */
  provider: 'AWS' | 'AZURE' | 'GCP';
  accounts: readonly string[];
  /** The emulator action that lists VMs. */
  listVmsAction: string;
  /** Every documented native VM state of this cloud and the model state it maps to. */
  states: Readonly<Record<string, VmState>>;
  emulator(app: RunningApp): EmulatorControls;
  truth(app: RunningApp): FleetTruth;
}

export const aws: ContractSubject = {
  provider: 'AWS',
  accounts: ['111111111111', '222222222222'],
  listVmsAction: 'DescribeInstances',
  states: {
    pending: 'PENDING',
    running: 'RUNNING',
    stopping: 'STOPPING',
    stopped: 'STOPPED',
    'shutting-down': 'TERMINATING',
    terminated: 'TERMINATED',
  },
  emulator: (app) => app.sandbox!.aws as unknown as EmulatorControls,
  truth(app) {
    const scopes = app.sandbox!.fleet.aws.scopes();
    const count = (pick: (s: (typeof scopes)[number]) => unknown[]) => scopes.reduce((n, s) => n + pick(s).length, 0);
    const vmsPerListing: Record<string, number[]> = {};
    for (const s of scopes) (vmsPerListing[s.account] ??= []).push(s.instances.length);
    return {
      vms: count((s) => s.instances),
      volumes: count((s) => s.volumes),
      snapshots: count((s) => s.snapshots),
      networks: count((s) => s.vpcs),
      subnets: count((s) => s.subnets),
      securityGroups: count((s) => s.securityGroups),
      publicIps: count((s) => s.addresses),
      networkInterfaces: count((s) => s.networkInterfaces),
      vmsPerListing,
    };
  },
};

// Keeps the AWS subject honest if the fleet's state list grows.
export const awsStatesCovered = EC2_INSTANCE_STATES.every((state) => state in aws.states);
