// The Azure part of the simulated fleet, in ARM's own wire shape: every resource is the JSON ARM
// returns (`id`, `name`, `type`, `location`, `tags`, `properties` …, times as ISO strings), so the
// emulator serves it as it is. Relations are stored once, as ARM stores them — forward references
// by resource id (a VM names its NICs and disks, a NIC its subnet, NSG and public IP) — and the
// emulator computes the back-references ARM derives (a subnet's ipConfigurations, an NSG's
// networkInterfaces and subnets, a public IP's ipConfiguration). `sim` holds simulation state ARM
// does not expose; the emulator never serves it.
import type { ActivityInterval } from '../../kit/activity.js';

export interface AzureSubscription {
  subscriptionId: string;
  displayName: string;
  tenantId: string;
  /** The fake bearer token the emulator maps to this subscription. */
  token: string;
}

export type AzureTags = Record<string, string>;

export interface AzureSubResource {
  id: string;
}

interface TrackedResource {
  id: string;
  name: string;
  type: string;
  location: string;
  tags: AzureTags;
}

// ---- compute ----

/**
 * The documented states a VM can be in, as the fleet simulates them. Each is a combination of
 * instance-view statuses (see state.ts): a provisioning state, a power state, and for a
 * hibernated VM a hibernation state.
 */
export type AzureVmCondition =
  | 'creating'
  | 'starting'
  | 'running'
  | 'stopping'
  | 'stopped'
  | 'deallocating'
  | 'deallocated'
  | 'hibernated'
  | 'deleting'
  | 'failed'
  | 'unknown';

export const AZURE_VM_CONDITIONS: readonly AzureVmCondition[] = [
  'creating',
  'starting',
  'running',
  'stopping',
  'stopped',
  'deallocating',
  'deallocated',
  'hibernated',
  'deleting',
  'failed',
  'unknown',
];

export interface InstanceViewStatus {
  code: string;
  level: 'Info' | 'Warning' | 'Error';
  displayStatus: string;
  message?: string;
  time?: string;
}

export interface AzureVmDataDisk {
  lun: number;
  name: string;
  createOption: 'Empty' | 'Attach';
  caching: 'None' | 'ReadOnly' | 'ReadWrite';
  managedDisk: { id: string; storageAccountType: string };
  deleteOption: 'Delete' | 'Detach';
  diskSizeGB: number;
  toBeDetached: boolean;
}

/** vCPUs the VM may use (at most the size's) and vCPUs per physical core (1: hyper-threading off). */
export interface AzureVmSizeProperties {
  vCPUsAvailable: number;
  vCPUsPerCore: number;
}

export interface AzureVirtualMachine extends TrackedResource {
  type: 'Microsoft.Compute/virtualMachines';
  zones?: string[];
  properties: {
    vmId: string;
    /** `vmSizeProperties` only when the VM was created with a customised vCPU count (constrained vCPUs, SMT off). */
    hardwareProfile: { vmSize: string; vmSizeProperties?: AzureVmSizeProperties };
    storageProfile: {
      imageReference: { publisher: string; offer: string; sku: string; version: string; exactVersion: string };
      osDisk: {
        osType: 'Linux' | 'Windows';
        name: string;
        createOption: 'FromImage';
        caching: 'ReadWrite' | 'ReadOnly';
        managedDisk: { id: string; storageAccountType: string };
        deleteOption: 'Delete' | 'Detach';
        diskSizeGB: number;
      };
      dataDisks: AzureVmDataDisk[];
      diskControllerType: 'SCSI';
    };
    osProfile: {
      computerName: string;
      adminUsername: string;
      linuxConfiguration?: { disablePasswordAuthentication: boolean; provisionVMAgent: boolean };
      windowsConfiguration?: { provisionVMAgent: boolean; enableAutomaticUpdates: boolean };
      secrets: never[];
      allowExtensionOperations: boolean;
      requireGuestProvisionSignal: boolean;
    };
    networkProfile: { networkInterfaces: { id: string; properties: { primary: boolean; deleteOption: 'Delete' | 'Detach' } }[] };
    securityProfile?: { securityType: 'TrustedLaunch'; uefiSettings: { secureBootEnabled: boolean; vTpmEnabled: boolean } };
    additionalCapabilities?: { hibernationEnabled: boolean };
    diagnosticsProfile: { bootDiagnostics: { enabled: boolean } };
    priority: 'Regular' | 'Spot';
    evictionPolicy?: 'Deallocate';
    billingProfile?: { maxPrice: number };
    provisioningState: 'Creating' | 'Updating' | 'Succeeded' | 'Failed' | 'Deleting';
    timeCreated: string;
  };
  /** Served inside `properties` only when the caller asks for it (statusOnly=true). */
  instanceView: {
    computerName: string;
    osName: string;
    osVersion: string;
    hyperVGeneration: 'V1' | 'V2';
    statuses: InstanceViewStatus[];
  };
  sim: {
    condition: AzureVmCondition;
    /** When the VM was powered on; metrics exist only inside these. */
    activity: ActivityInterval[];
  };
}

export type AzureDiskState =
  | 'Unattached'
  | 'Attached'
  | 'Reserved'
  | 'Frozen'
  | 'ActiveSAS'
  | 'ActiveSASFrozen'
  | 'ReadyToUpload'
  | 'ActiveUpload';

export const AZURE_DISK_STATES: readonly AzureDiskState[] = [
  'Unattached',
  'Attached',
  'Reserved',
  'Frozen',
  'ActiveSAS',
  'ActiveSASFrozen',
  'ReadyToUpload',
  'ActiveUpload',
];

export interface AzureDisk extends TrackedResource {
  type: 'Microsoft.Compute/disks';
  zones?: string[];
  /** The VM the disk is attached to (ARM keeps it on the disk). */
  managedBy?: string;
  sku: { name: string; tier: string };
  properties: {
    osType?: 'Linux' | 'Windows';
    hyperVGeneration?: 'V1' | 'V2';
    creationData: {
      createOption: 'FromImage' | 'Empty' | 'Copy' | 'Upload';
      imageReference?: { id: string };
      sourceResourceId?: string;
      uploadSizeBytes?: number;
    };
    diskSizeGB: number;
    diskSizeBytes: number;
    uniqueId: string;
    provisioningState: 'Succeeded' | 'Creating' | 'Failed';
    diskIOPSReadWrite: number;
    diskMBpsReadWrite: number;
    diskState: AzureDiskState;
    timeCreated: string;
    encryption: { type: 'EncryptionAtRestWithPlatformKey' | 'EncryptionAtRestWithCustomerKey'; diskEncryptionSetId?: string };
    networkAccessPolicy: 'AllowAll' | 'DenyAll';
    publicNetworkAccess: 'Enabled' | 'Disabled';
    tier?: string;
    supportsHibernation?: boolean;
  };
}

export type AzureSnapshotAccessState = 'Unknown' | 'Pending' | 'Available' | 'InstantAccess' | 'AvailableWithInstantAccess';

export const AZURE_SNAPSHOT_ACCESS_STATES: readonly AzureSnapshotAccessState[] = [
  'Unknown',
  'Pending',
  'Available',
  'InstantAccess',
  'AvailableWithInstantAccess',
];

export interface AzureSnapshot extends TrackedResource {
  type: 'Microsoft.Compute/snapshots';
  sku: { name: 'Standard_LRS' | 'Standard_ZRS' | 'Premium_LRS'; tier: 'Standard' | 'Premium' };
  properties: {
    osType?: 'Linux' | 'Windows';
    hyperVGeneration?: 'V1' | 'V2';
    creationData: { createOption: 'Copy'; sourceResourceId: string; sourceUniqueId: string };
    diskSizeGB: number;
    diskSizeBytes: number;
    uniqueId: string;
    provisioningState: 'Succeeded' | 'Creating' | 'Failed';
    timeCreated: string;
    incremental: boolean;
    incrementalSnapshotFamilyId?: string;
    encryption: { type: 'EncryptionAtRestWithPlatformKey' | 'EncryptionAtRestWithCustomerKey' };
    networkAccessPolicy: 'AllowAll' | 'DenyAll';
    publicNetworkAccess: 'Enabled' | 'Disabled';
    completionPercent?: number;
    snapshotAccessState: AzureSnapshotAccessState;
    diskState: 'Unattached';
  };
}

// ---- network ----

export interface AzureSubnet {
  id: string;
  name: string;
  type: 'Microsoft.Network/virtualNetworks/subnets';
  etag: string;
  properties: {
    provisioningState: 'Succeeded' | 'Updating';
    /** A single-stack subnet has `addressPrefix`; a dual-stack one `addressPrefixes` (IPv4, then IPv6) instead. */
    addressPrefix?: string;
    addressPrefixes?: string[];
    networkSecurityGroup?: AzureSubResource;
    serviceEndpoints: { service: string; locations: string[]; provisioningState: 'Succeeded' }[];
    delegations: never[];
    privateEndpointNetworkPolicies: 'Disabled' | 'Enabled';
    privateLinkServiceNetworkPolicies: 'Disabled' | 'Enabled';
    defaultOutboundAccess?: boolean;
  };
}

export interface AzureVirtualNetwork extends TrackedResource {
  type: 'Microsoft.Network/virtualNetworks';
  etag: string;
  properties: {
    provisioningState: 'Succeeded' | 'Updating';
    resourceGuid: string;
    addressSpace: { addressPrefixes: string[] };
    dhcpOptions: { dnsServers: string[] };
    subnets: AzureSubnet[];
    virtualNetworkPeerings: never[];
    enableDdosProtection: boolean;
    privateEndpointVNetPolicies: 'Disabled';
  };
}

export interface AzureSecurityRule {
  id: string;
  name: string;
  etag: string;
  type: 'Microsoft.Network/networkSecurityGroups/securityRules' | 'Microsoft.Network/networkSecurityGroups/defaultSecurityRules';
  properties: {
    provisioningState: 'Succeeded';
    description?: string;
    /** 'Tcp' | 'Udp' | 'Icmp' | 'Esp' | 'Ah' | '*'. */
    protocol: string;
    sourcePortRange?: string;
    sourcePortRanges: string[];
    destinationPortRange?: string;
    destinationPortRanges: string[];
    sourceAddressPrefix?: string;
    sourceAddressPrefixes: string[];
    sourceApplicationSecurityGroups?: AzureSubResource[];
    destinationAddressPrefix?: string;
    destinationAddressPrefixes: string[];
    destinationApplicationSecurityGroups?: AzureSubResource[];
    access: 'Allow' | 'Deny';
    priority: number;
    direction: 'Inbound' | 'Outbound';
  };
}

export interface AzureNetworkSecurityGroup extends TrackedResource {
  type: 'Microsoft.Network/networkSecurityGroups';
  etag: string;
  properties: {
    provisioningState: 'Succeeded';
    resourceGuid: string;
    securityRules: AzureSecurityRule[];
    defaultSecurityRules: AzureSecurityRule[];
  };
}

export interface AzureApplicationSecurityGroup extends TrackedResource {
  type: 'Microsoft.Network/applicationSecurityGroups';
  etag: string;
  properties: { provisioningState: 'Succeeded'; resourceGuid: string };
}

export interface AzurePublicIpAddress extends TrackedResource {
  type: 'Microsoft.Network/publicIPAddresses';
  etag: string;
  zones?: string[];
  sku: { name: 'Standard' | 'Basic'; tier: 'Regional' | 'Global' };
  properties: {
    provisioningState: 'Succeeded';
    resourceGuid: string;
    /** Absent for a Dynamic address while nothing running holds it. */
    ipAddress?: string;
    publicIPAddressVersion: 'IPv4' | 'IPv6';
    publicIPAllocationMethod: 'Static' | 'Dynamic';
    idleTimeoutInMinutes: number;
    dnsSettings?: { domainNameLabel: string; fqdn: string };
    ipTags: never[];
    ddosSettings: { protectionMode: 'VirtualNetworkInherited' };
  };
}

export interface AzureNicIpConfiguration {
  id: string;
  name: string;
  etag: string;
  type: 'Microsoft.Network/networkInterfaces/ipConfigurations';
  properties: {
    provisioningState: 'Succeeded';
    privateIPAddress: string;
    privateIPAllocationMethod: 'Dynamic' | 'Static';
    privateIPAddressVersion: 'IPv4' | 'IPv6';
    subnet: AzureSubResource;
    primary: boolean;
    publicIPAddress?: AzureSubResource;
    applicationSecurityGroups?: AzureSubResource[];
  };
}

export interface AzureNetworkInterface extends TrackedResource {
  type: 'Microsoft.Network/networkInterfaces';
  etag: string;
  properties: {
    provisioningState: 'Succeeded';
    resourceGuid: string;
    ipConfigurations: AzureNicIpConfiguration[];
    dnsSettings: { dnsServers: string[]; appliedDnsServers: string[]; internalDomainNameSuffix: string };
    /** Present once the NIC has been attached to a running VM ("00-0D-3A-…"). */
    macAddress?: string;
    primary?: boolean;
    enableAcceleratedNetworking: boolean;
    enableIPForwarding: boolean;
    vnetEncryptionSupported: boolean;
    disableTcpStateTracking: boolean;
    networkSecurityGroup?: AzureSubResource;
    virtualMachine?: AzureSubResource;
    hostedWorkloads: never[];
    nicType: 'Standard';
    auxiliaryMode: 'None';
  };
}

/** Everything one subscription holds in one location. */
export interface AzureScopeData {
  subscriptionId: string;
  location: string;
  resourceGroups: string[];
  virtualMachines: AzureVirtualMachine[];
  disks: AzureDisk[];
  snapshots: AzureSnapshot[];
  virtualNetworks: AzureVirtualNetwork[];
  networkSecurityGroups: AzureNetworkSecurityGroup[];
  applicationSecurityGroups: AzureApplicationSecurityGroup[];
  publicIPAddresses: AzurePublicIpAddress[];
  networkInterfaces: AzureNetworkInterface[];
}

/** One Azure Monitor series wanted: what metrics:getBatch carries for one resource and metric. */
export interface AzureMetricQuery {
  subscriptionId: string;
  resourceId: string;
  /** The REST API name (`Percentage CPU`), matched case-insensitively. */
  metricName: string;
  /** Seconds (the ISO time grain, decoded). */
  interval: number;
  start: Date;
  end: Date;
  /** Points after this are not returned (defaults to the fleet's clock). */
  now?: Date;
}

export interface AzureMetricPoint {
  timeStamp: Date;
  /** Absent where the resource produced no data (Azure still returns the timestamp). */
  sample: { average: number; minimum: number; maximum: number; total: number; count: number } | null;
}

export interface AzureMetricSeries {
  resourceType: string;
  name: string;
  unit: string;
  /** The aggregation Azure returns when the caller names none. */
  primaryAggregation: 'average' | 'minimum' | 'maximum' | 'total' | 'count';
  displayDescription: string;
  points: AzureMetricPoint[];
}

export interface AzureVmConditionChange {
  subscriptionId: string;
  location: string;
  vmId: string;
  previous: AzureVmCondition;
  condition: AzureVmCondition;
  at: Date;
  /** Set when the VM came into being (a write created it) or is gone (deleted) with this change. */
  lifecycle?: 'created' | 'deleted';
}
