// EC2 instances → VirtualMachine. Pure: the instance-type sizes (or the failure to look them up)
// come in from the caller.
import type { Instance, InstanceTypeInfo, Reservation } from '@aws-sdk/client-ec2';
import { dateOrNull, extrasOf, unique } from '../common.js';
import { withGaps, type Gap } from '../gaps.js';
import { globalId } from '../ids.js';
import type { Scope, VirtualMachine } from '../types.js';
import { instanceAddresses } from './instance-addresses.js';
import { vmStateOf } from './states.js';
import { baseOf } from './tags.js';

export interface InstanceTypeSpec {
  vcpus: number | null;
  memoryMiB: number | null;
}

export function instanceTypeSpecOf(info: InstanceTypeInfo): InstanceTypeSpec {
  return { vcpus: info.VCpuInfo?.DefaultVCpus ?? null, memoryMiB: info.MemoryInfo?.SizeInMiB ?? null };
}

/** DescribeInstances nests instances in reservations; the model does not. */
export function instancesOf(reservations: readonly Reservation[] | undefined): Instance[] {
  return (reservations ?? []).flatMap((r) => r.Instances ?? []);
}

/** Cores × threads per core, when the instance reports CpuOptions (EC2 does for most types). */
function vcpusFromCpuOptions(instance: Instance): number | null {
  const cpu = instance.CpuOptions;
  return cpu?.CoreCount && cpu.ThreadsPerCore ? cpu.CoreCount * cpu.ThreadsPerCore : null;
}

/**
 * vCPUs the instance runs with: from its CpuOptions (launched with fewer cores or with SMT off, it
 * has fewer than its type's default), else the type's default.
 */
export function vcpusOf(instance: Instance, spec: InstanceTypeSpec | null | undefined): number | null {
  return vcpusFromCpuOptions(instance) ?? spec?.vcpus ?? null;
}

/** The fields the instance-type lookup feeds for this instance: its vCPUs only when CpuOptions does not give them. */
export function fieldsFromTypeLookup(instance: Instance): string[] {
  return vcpusFromCpuOptions(instance) === null ? ['vcpus', 'memoryMiB'] : ['memoryMiB'];
}

/**
 * `sizesGap`: the instance-type lookup failed — the fields it feeds stay unknown and say why.
 * An instance with no type needs no lookup and is whole.
 */
export function mapInstance(scope: Scope, instance: Instance, spec: InstanceTypeSpec | null | undefined, sizesGap: Gap | null = null): VirtualMachine {
  const vm = instanceToVm(scope, instance, spec);
  if (!sizesGap || !instance.InstanceType) return vm;
  return withGaps(vm, [{ ...sizesGap, fields: fieldsFromTypeLookup(instance) }]);
}

function instanceToVm(scope: Scope, instance: Instance, spec: InstanceTypeSpec | null | undefined): VirtualMachine {
  const nativeId = instance.InstanceId ?? '';
  const { state, providerState } = vmStateOf(instance.State?.Name);
  const ref = (kind: Parameters<typeof globalId>[1], id: string | undefined) => (id ? globalId(scope, kind, id) : null);
  const addresses = instanceAddresses(instance);
  return {
    ...baseOf(scope, 'vm', nativeId, instance.Tags),
    extras: extrasOf({
      architecture: instance.Architecture,
      lifecycle: instance.InstanceLifecycle ?? 'on-demand',
      spotInstanceRequestId: instance.SpotInstanceRequestId,
      ebsOptimized: instance.EbsOptimized,
      platformDetails: instance.PlatformDetails,
      hypervisor: instance.Hypervisor,
      virtualizationType: instance.VirtualizationType,
      rootDeviceType: instance.RootDeviceType,
      stateCode: instance.State?.Code,
      stateReason: instance.StateReason?.Message ?? instance.StateReason?.Code,
      stateTransitionReason: instance.StateTransitionReason,
      keyName: instance.KeyName,
      privateDnsName: instance.PrivateDnsName,
      publicDnsName: instance.PublicDnsName,
      tenancy: instance.Placement?.Tenancy,
      iamInstanceProfile: instance.IamInstanceProfile?.Arn,
      monitoring: instance.Monitoring?.State,
      coreCount: instance.CpuOptions?.CoreCount,
      threadsPerCore: instance.CpuOptions?.ThreadsPerCore,
    }),
    zone: instance.Placement?.AvailabilityZone ?? null,
    state,
    providerState,
    instanceType: instance.InstanceType ?? null,
    vcpus: vcpusOf(instance, spec),
    memoryMiB: spec?.memoryMiB ?? null,
    launchedAt: dateOrNull(instance.LaunchTime),
    imageId: instance.ImageId ?? null,
    platform: platformOf(instance),
    privateIp: instance.PrivateIpAddress ?? null,
    publicIp: instance.PublicIpAddress ?? null,
    privateIps: addresses.privateIps,
    publicIps: addresses.publicIps,
    ipv6Addresses: addresses.ipv6Addresses,
    networkId: ref('network', instance.VpcId),
    subnetId: ref('subnet', instance.SubnetId),
    volumeIds: unique(
      (instance.BlockDeviceMappings ?? []).flatMap((m) => (m.Ebs?.VolumeId ? [globalId(scope, 'volume', m.Ebs.VolumeId)] : [])),
    ),
    securityGroupIds: addresses.securityGroupIds.map((id) => globalId(scope, 'securityGroup', id)),
    networkInterfaceIds: unique(
      (instance.NetworkInterfaces ?? []).flatMap((n) =>
        n.NetworkInterfaceId ? [globalId(scope, 'networkInterface', n.NetworkInterfaceId)] : [],
      ),
    ),
  };
}

/** `windows` or `linux`: EC2 sets Platform only for Windows; PlatformDetails names the OS when present. */
function platformOf(instance: Instance): string | null {
  // The SDK types say "Windows"; the wire says "windows".
  if (instance.Platform && /windows/i.test(instance.Platform)) return 'windows';
  const details = instance.PlatformDetails;
  if (!details) return null;
  return /windows/i.test(details) ? 'windows' : 'linux';
}
