// The account's regional limits: running On-Demand vCPUs, and EBS storage. Each scope's limit is
// what it used when the emulator started plus a fixed headroom (tests lower the headroom to reach
// it), and every launch, start and grow is checked against current usage, as EC2 checks.
import { instanceTypeInfo } from '../../fleet/catalogue.js';
import type { AwsScopeData, Ec2Instance } from '../../../fleet.js';
import { writeErrors } from './errors.js';

export const DEFAULT_VCPU_HEADROOM = 256;
export const DEFAULT_STORAGE_HEADROOM_GIB = 50_000;

export interface Ec2LimitSettings {
  /** vCPUs a scope may run beyond what it ran at start. */
  vcpuHeadroom: number;
  /** GiB of EBS a scope may hold beyond what it held at start. */
  storageHeadroomGiB: number;
}

export class Ec2Limits {
  readonly settings: Ec2LimitSettings = { vcpuHeadroom: DEFAULT_VCPU_HEADROOM, storageHeadroomGiB: DEFAULT_STORAGE_HEADROOM_GIB };
  private readonly baseline = new Map<AwsScopeData, { vcpus: number; storageGiB: number }>();

  constructor(scopes: readonly AwsScopeData[]) {
    for (const scope of scopes) this.baseline.set(scope, { vcpus: runningVcpus(scope), storageGiB: storageGiB(scope) });
  }

  /** Throws VcpuLimitExceeded when running `extra` more vCPUs would pass the scope's limit. */
  checkVcpus(scope: AwsScopeData, extra: number): void {
    const limit = (this.baseline.get(scope)?.vcpus ?? 0) + this.settings.vcpuHeadroom;
    if (runningVcpus(scope) + extra > limit) throw writeErrors.vcpuLimit(limit);
  }

  /** Throws VolumeLimitExceeded when `extraGiB` more of EBS would pass the scope's limit. */
  checkStorage(scope: AwsScopeData, extraGiB: number, volumeType: string): void {
    const limit = (this.baseline.get(scope)?.storageGiB ?? 0) + this.settings.storageHeadroomGiB;
    if (storageGiB(scope) + extraGiB > limit) throw writeErrors.storageLimit(volumeType, limit);
  }
}

/** What an instance counts against the vCPU limit: its cores × threads. */
export function vcpusOf(instance: Pick<Ec2Instance, 'cpuOptions'>): number {
  return instance.cpuOptions.coreCount * instance.cpuOptions.threadsPerCore;
}

export function defaultVcpus(instanceType: string): number {
  return instanceTypeInfo(instanceType)?.defaultVCpus ?? 0;
}

function runningVcpus(scope: AwsScopeData): number {
  return scope.instances.filter((i) => i.state === 'pending' || i.state === 'running').reduce((sum, i) => sum + vcpusOf(i), 0);
}

function storageGiB(scope: AwsScopeData): number {
  return scope.volumes.reduce((sum, v) => sum + v.size, 0);
}
