// What the instances of one launch group share, and what each instance's disks and addresses
// refer to: the types the instance, disk and network sections pass between them.
import type { GceImageInfo } from '../catalogue.js';
import type { GceSubnetwork } from '../types.js';
import type { NetworkPlan } from './context.js';

/** What the instances of one group share. */
export interface WorkloadGroup {
  plan: NetworkPlan;
  app: string;
  env: string;
  team: string;
  /** nic0's subnetwork: databases and caches go to the data subnetwork where there is one. */
  subnet: GceSubnetwork;
  machine: MachineChoice;
  launch: Date;
  /** Network tags, which the firewall rules target. */
  tags: string[];
  spot: boolean;
}

export interface MachineChoice {
  bootImage: GceImageInfo;
  useArm: boolean;
  machineType: string;
  zone: string;
}

/** An instance's name, labels and self link, which its disks and addresses refer to. */
export interface InstanceIdentity {
  name: string;
  labels: Record<string, string>;
  selfLink: string;
}
