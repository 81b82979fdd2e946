// DescribeInstances: reservations of instances, each with its state, placement, network
// interfaces, block devices and tags.
import { EC2_INSTANCE_STATE_CODES, type Ec2NetworkInterface } from '../../fleet.js';
import { awsId, doesNotExist, fromScope, optionalTags, type DescribeFamily, type Ec2Context } from './describe.js';
import { names } from './filters.js';
import { instanceViews, interfaceAddressSets, interfaceAddresses, zoneId, type InterfaceAddress, type InstanceView } from './joins.js';
import type { XmlObject } from './xml.js';

const UNMODELLED = names(`affinity availability-zone-id block-device-mapping.attach-time boot-mode capacity-reservation-id
  client-token current-instance-boot-mode enclave-options.enabled hibernation-options.configured host-id
  iam-instance-profile.arn iam-instance-profile.id instance-lifecycle kernel-id
  maintenance-options.auto-recovery metadata-options.http-endpoint metadata-options.http-protocol-ipv4
  metadata-options.http-protocol-ipv6 metadata-options.http-put-response-hop-limit metadata-options.http-tokens
  metadata-options.instance-metadata-tags metadata-options.state network-interface.addresses.association.carrier-ip
  network-interface.addresses.association.customer-owned-ip network-interface.association.carrier-ip
  network-interface.association.customer-owned-ip network-interface.deny-all-igw-traffic network-interface.ipv4-prefixes.ipv4-prefix
  network-interface.ipv6-native network-interface.ipv6-prefixes.ipv6-prefix network-interface.operator.managed
  network-interface.operator.principal network-interface.outpost-arn network-interface.requester-id
  network-performance-options.bandwidth-weighting operator.managed operator.principal outpost-arn placement-group-name
  placement-partition-number product-code product-code.type ramdisk-id requester-id spot-instance-request-id tpm-support
  usage-operation-update-time`);

type FilterValue = string | number | boolean | Date | null | undefined;

const eniField = (pick: (eni: Ec2NetworkInterface) => FilterValue) => (v: InstanceView) => v.interfaces.map(pick);

/** A filter over every private address of every interface (`network-interface.addresses.*`). */
const addressField = (pick: (address: InterfaceAddress) => FilterValue) => (v: InstanceView) =>
  v.interfaces.flatMap((eni) => interfaceAddresses(eni).map(pick));

const ipv6Of = (v: InstanceView) => v.interfaces.flatMap((n) => n.ipv6Addresses);

export const instancesFamily: DescribeFamily<InstanceView> = {
  action: 'DescribeInstances',
  idLists: [
    {
      param: 'InstanceId',
      pattern: awsId('i'),
      malformedCode: 'InvalidInstanceID.Malformed',
      notFoundCode: 'InvalidInstanceID.NotFound',
      notFoundMessage: doesNotExist('instance ID', 'instance IDs'),
      key: (v) => v.instance.instanceId,
    },
  ],
  paging: { min: 5, max: 1000, aboveMax: 'error', exclusiveWithIds: 'instancesSet' },
  list: fromScope(instanceViews),
  filters: {
    tags: (v) => v.instance.tags,
    unmodelled: UNMODELLED,
    fields: {
      'instance-id': (v) => v.instance.instanceId,
      'instance-state-name': (v) => v.instance.state,
      'instance-state-code': (v) => EC2_INSTANCE_STATE_CODES[v.instance.state],
      'instance-type': (v) => v.instance.instanceType,
      'availability-zone': (v) => v.instance.availabilityZone,
      'image-id': (v) => v.instance.imageId,
      'key-name': (v) => v.instance.keyName,
      'launch-index': (v) => v.instance.amiLaunchIndex,
      'launch-time': (v) => v.instance.launchTime,
      'reservation-id': (v) => v.instance.reservationId,
      'owner-id': (v) => v.instance.ownerId,
      architecture: (v) => v.instance.architecture,
      platform: (v) => v.instance.platform,
      'platform-details': (v) => v.instance.platformDetails,
      'usage-operation': (v) => v.instance.usageOperation,
      hypervisor: (v) => v.instance.hypervisor,
      'virtualization-type': (v) => v.instance.virtualizationType,
      'root-device-name': (v) => v.instance.rootDeviceName,
      'root-device-type': (v) => v.instance.rootDeviceType,
      'monitoring-state': (v) => v.instance.monitoringState,
      'ebs-optimized': (v) => v.instance.ebsOptimized,
      'ena-support': (v) => v.instance.enaSupport,
      tenancy: (v) => v.instance.tenancy,
      reason: (v) => v.instance.stateTransitionReason,
      'state-reason-code': (v) => v.instance.stateReason?.code,
      'state-reason-message': (v) => v.instance.stateReason?.message,
      'vpc-id': (v) => v.primary?.vpcId,
      'subnet-id': (v) => v.primary?.subnetId,
      'private-ip-address': (v) => v.primary?.privateIpAddress,
      'private-dns-name': (v) => v.primary?.privateDnsName,
      'ip-address': (v) => v.primary?.association?.publicIp,
      'dns-name': (v) => v.primary?.association?.publicDnsName,
      'source-dest-check': (v) => v.primary?.sourceDestCheck,
      'instance.group-id': (v) => v.primary?.groups.map((g) => g.groupId),
      'instance.group-name': (v) => v.primary?.groups.map((g) => g.groupName),
      'block-device-mapping.device-name': (v) => v.disks.map((d) => d.attachment.device),
      'block-device-mapping.volume-id': (v) => v.disks.map((d) => d.volume.volumeId),
      'block-device-mapping.status': (v) => v.disks.map((d) => d.attachment.state),
      'block-device-mapping.delete-on-termination': (v) => v.disks.map((d) => d.attachment.deleteOnTermination),
      'network-interface.network-interface-id': eniField((n) => n.networkInterfaceId),
      'network-interface.subnet-id': eniField((n) => n.subnetId),
      'network-interface.vpc-id': eniField((n) => n.vpcId),
      'network-interface.availability-zone': eniField((n) => n.availabilityZone),
      'network-interface.description': eniField((n) => n.description),
      'network-interface.owner-id': eniField((n) => n.ownerId),
      'network-interface.status': eniField((n) => n.status),
      'network-interface.mac-address': eniField((n) => n.macAddress),
      'network-interface.private-dns-name': eniField((n) => n.privateDnsName),
      'network-interface.private-ip-address': eniField((n) => n.privateIpAddress),
      'network-interface.addresses.private-ip-address': addressField((a) => a.privateIpAddress),
      'network-interface.addresses.private-dns-name': addressField((a) => a.privateDnsName),
      'network-interface.addresses.primary': addressField((a) => a.primary),
      'network-interface.addresses.association.public-ip': addressField((a) => a.association?.publicIp),
      'network-interface.addresses.association.public-dns-name': addressField((a) => a.association?.publicDnsName),
      'network-interface.addresses.association.ip-owner-id': addressField((a) => a.association?.ipOwnerId),
      'network-interface.addresses.association.allocation-id': addressField((a) => a.association?.allocationId),
      'network-interface.addresses.association.association-id': addressField((a) => a.association?.associationId),
      'ipv6-address': ipv6Of,
      'network-interface.ipv6-address': ipv6Of,
      'network-interface.ipv6-addresses.ipv6-address': ipv6Of,
      'network-interface.ipv6-addresses.is-primary-ipv6': (v) => ipv6Of(v).map(() => false),
      'network-interface.association.public-ip': eniField((n) => n.association?.publicIp),
      'network-interface.association.public-dns-name': eniField((n) => n.association?.publicDnsName),
      'network-interface.association.ip-owner-id': eniField((n) => n.association?.ipOwnerId),
      'network-interface.association.allocation-id': eniField((n) => n.association?.allocationId),
      'network-interface.association.association-id': eniField((n) => n.association?.associationId),
      'network-interface.attachment.attachment-id': eniField((n) => n.attachment?.attachmentId),
      'network-interface.attachment.instance-id': eniField((n) => n.attachment?.instanceId),
      'network-interface.attachment.instance-owner-id': eniField((n) => n.attachment?.instanceOwnerId),
      'network-interface.attachment.device-index': eniField((n) => n.attachment?.deviceIndex),
      'network-interface.attachment.network-card-index': eniField((n) => n.attachment?.networkCardIndex),
      'network-interface.attachment.status': eniField((n) => n.attachment?.status),
      'network-interface.attachment.attach-time': eniField((n) => n.attachment?.attachTime),
      'network-interface.attachment.delete-on-termination': eniField((n) => n.attachment?.deleteOnTermination),
      'network-interface.group-id': (v) => v.interfaces.flatMap((n) => n.groups.map((g) => g.groupId)),
      'network-interface.group-name': (v) => v.interfaces.flatMap((n) => n.groups.map((g) => g.groupName)),
      'network-interface.requester-managed': eniField((n) => n.requesterManaged),
      'network-interface.source-dest-check': eniField((n) => n.sourceDestCheck),
      'network-interface.tag-key': (v) => v.interfaces.flatMap((n) => n.tags.map((t) => t.key)),
      'network-interface.tag-value': (v) => v.interfaces.flatMap((n) => n.tags.map((t) => t.value)),
    },
  },
  render(views, ctx) {
    // Instances launched together share a reservation; a page may carry part of one.
    const reservations = new Map<string, InstanceView[]>();
    for (const view of views) {
      const list = reservations.get(view.instance.reservationId) ?? [];
      list.push(view);
      reservations.set(view.instance.reservationId, list);
    }
    return {
      reservationSet: [...reservations.entries()].map(([reservationId, members]) => ({
        reservationId,
        ownerId: ctx.account,
        groupSet: [],
        instancesSet: members.map((v) => renderInstance(v, ctx)),
      })),
    };
  },
};

export function renderInstance(view: InstanceView, ctx: Ec2Context): XmlObject {
  const { instance: i, primary } = view;
  return {
    instanceId: i.instanceId,
    imageId: i.imageId,
    instanceState: { code: EC2_INSTANCE_STATE_CODES[i.state], name: i.state },
    privateDnsName: primary?.privateDnsName ?? '',
    dnsName: primary?.association?.publicDnsName ?? '',
    reason: i.stateTransitionReason,
    keyName: i.keyName,
    amiLaunchIndex: i.amiLaunchIndex,
    productCodes: [],
    instanceType: i.instanceType,
    launchTime: i.launchTime,
    placement: {
      availabilityZoneId: zoneId(ctx.region, i.availabilityZone),
      availabilityZone: i.availabilityZone,
      groupName: '',
      tenancy: i.tenancy,
    },
    platform: i.platform,
    monitoring: { state: i.monitoringState },
    subnetId: primary?.subnetId,
    vpcId: primary?.vpcId,
    privateIpAddress: primary?.privateIpAddress,
    ipAddress: primary?.association?.publicIp,
    sourceDestCheck: primary?.sourceDestCheck,
    groupSet: (primary?.groups ?? []).map((g) => ({ groupId: g.groupId, groupName: g.groupName })),
    stateReason: i.stateReason ? { code: i.stateReason.code, message: i.stateReason.message } : undefined,
    architecture: i.architecture,
    rootDeviceType: i.rootDeviceType,
    rootDeviceName: i.rootDeviceName,
    blockDeviceMapping: view.disks.map(({ volume, attachment }) => ({
      deviceName: attachment.device,
      ebs: {
        volumeId: volume.volumeId,
        status: attachment.state,
        attachTime: attachment.attachTime,
        deleteOnTermination: attachment.deleteOnTermination,
      },
    })),
    virtualizationType: i.virtualizationType,
    clientToken: i.clientToken ?? '',
    tagSet: optionalTags(i.tags),
    hypervisor: i.hypervisor,
    networkInterfaceSet: view.interfaces.map((n) => ({
      networkInterfaceId: n.networkInterfaceId,
      subnetId: n.subnetId,
      vpcId: n.vpcId,
      description: n.description,
      ownerId: n.ownerId,
      status: n.status,
      macAddress: n.macAddress,
      privateIpAddress: n.privateIpAddress,
      privateDnsName: n.privateDnsName,
      sourceDestCheck: n.sourceDestCheck,
      groupSet: n.groups.map((g) => ({ groupId: g.groupId, groupName: g.groupName })),
      attachment: n.attachment
        ? {
            attachmentId: n.attachment.attachmentId,
            deviceIndex: n.attachment.deviceIndex,
            networkCardIndex: n.attachment.networkCardIndex,
            status: n.attachment.status,
            attachTime: n.attachment.attachTime,
            deleteOnTermination: n.attachment.deleteOnTermination,
          }
        : undefined,
      association: renderAssociation(n.association),
      ...interfaceAddressSets(n, renderAssociation),
      interfaceType: n.interfaceType,
    })),
    ebsOptimized: i.ebsOptimized,
    enaSupport: i.enaSupport,
    cpuOptions: { coreCount: i.cpuOptions.coreCount, threadsPerCore: i.cpuOptions.threadsPerCore },
    capacityReservationSpecification: { capacityReservationPreference: 'open' },
    hibernationOptions: { configured: false },
    metadataOptions: {
      state: 'applied',
      httpTokens: 'required',
      httpPutResponseHopLimit: 2,
      httpEndpoint: 'enabled',
      httpProtocolIpv6: 'disabled',
      instanceMetadataTags: 'disabled',
    },
    enclaveOptions: { enabled: false },
    bootMode: i.architecture === 'arm64' ? 'uefi' : undefined,
    platformDetails: i.platformDetails,
    usageOperation: i.usageOperation,
    usageOperationUpdateTime: i.launchTime,
    privateDnsNameOptions: {
      hostnameType: 'ip-name',
      enableResourceNameDnsARecord: false,
      enableResourceNameDnsAAAARecord: false,
    },
    maintenanceOptions: { autoRecovery: 'default' },
    currentInstanceBootMode: i.architecture === 'arm64' ? 'uefi' : 'legacy-bios',
  };
}

/** An interface's or address's public IP as DescribeInstances gives it (no allocation or association id). */
function renderAssociation(association: Ec2NetworkInterface['association']): XmlObject | undefined {
  if (!association) return undefined;
  return { publicIp: association.publicIp, publicDnsName: association.publicDnsName, ipOwnerId: association.ipOwnerId };
}
