// EC2 instances → VirtualMachine. Pure: the instance-type sizes come in from the caller.
import type { Instance, InstanceTypeInfo, Reservation } from '@aws-sdk/client-ec2';
import { dateOrNull, extrasOf, unique } from '../common.js';
import { globalId } from '../ids.js';
import type { Scope, VirtualMachine } from '../types.js';
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

export function mapInstance(scope: Scope, instance: Instance, spec: InstanceTypeSpec | null | undefined): VirtualMachine {
  const nativeId = instance.InstanceId ?? '';
  const { state, providerState } = vmStateOf(instance.State?.Name);
  const ref = (kind: Parameters<typeof globalId>[1], id: string | undefined) => (id ? globalId(scope, kind, id) : null);
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
    }),
    zone: instance.Placement?.AvailabilityZone ?? null,
    state,
    providerState,
    instanceType: instance.InstanceType ?? null,
    vcpus: spec?.vcpus ?? null,
    memoryMiB: spec?.memoryMiB ?? null,
    launchedAt: dateOrNull(instance.LaunchTime),
    imageId: instance.ImageId ?? null,
    platform: platformOf(instance),
    privateIp: instance.PrivateIpAddress ?? null,
    publicIp: instance.PublicIpAddress ?? null,
    privateIps: instance.PrivateIpAddress ? [instance.PrivateIpAddress] : [],
    publicIps: instance.PublicIpAddress ? [instance.PublicIpAddress] : [],
    ipv6Addresses: [],
    networkId: ref('network', instance.VpcId),
    subnetId: ref('subnet', instance.SubnetId),
    volumeIds: unique(
      (instance.BlockDeviceMappings ?? []).flatMap((m) => (m.Ebs?.VolumeId ? [globalId(scope, 'volume', m.Ebs.VolumeId)] : [])),
    ),
    securityGroupIds: unique(
      (instance.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [globalId(scope, 'securityGroup', g.GroupId)] : [])),
    ),
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
