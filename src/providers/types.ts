// The normalised model: the only shapes subgraphs ever see. Provider adapters translate their
// cloud's native objects into these; anything a cloud has that the model lacks stays in `extras`.

export type ProviderName = 'aws' | 'azure' | 'gcp' | 'digitalocean' | 'proxmox' | 'libvirt' | 'containerd';
export const PROVIDERS: readonly ProviderName[] = ['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt', 'containerd'];

/**
 * Where a batch of calls goes: one provider, one account (AWS account, Azure subscription, GCP
 * project), one region — or ALL_REGIONS when the provider lists a whole account at once (Azure
 * listAll, GCP aggregatedList), so that one listing serves every region.
 */
export interface Scope {
  provider: ProviderName;
  account: string;
  region: string;
}

/** A parsed global id (ids.ts): where the resource lives, its kind and the cloud's own id. */
export interface GlobalId extends Scope {
  kind: ResourceKind;
  nativeId: string;
}

export const ALL_REGIONS = '*';

/** How a provider failure is classified (the ProviderError in errors.ts carries one). */
export type ProviderErrorCategory =
  | 'THROTTLED'
  | 'UNAVAILABLE'
  | 'AUTH'
  | 'NOT_FOUND'
  | 'INVALID_INPUT'
  | 'REJECTED'
  | 'NOT_CONFIGURED'
  /** An action the resource's current state forbids (stop a stopped VM, delete an attached volume). */
  | 'CONFLICT'
  /** An action refused for a quota (vCPUs per region, disks per subscription). */
  | 'QUOTA_EXCEEDED'
  | 'UNKNOWN';

/**
 * A part of a resource (or of a listing) its provider could not be asked for: an auxiliary
 * listing or lookup that failed while the main listing succeeded (gaps.ts).
 */
export interface Gap {
  /** The model fields this part feeds (e.g. ['vcpus', 'memoryMiB']); empty for a listing-level gap. */
  fields: string[];
  scope: Scope;
  operation: string;
  category: ProviderErrorCategory;
  providerCode: string | null;
  /** The failure's message, as ProviderError words it (scope and operation included, secrets scrubbed). */
  message: string;
}

export type ResourceKind =
  | 'vm'
  | 'volume'
  | 'snapshot'
  | 'network'
  | 'subnet'
  | 'securityGroup'
  | 'publicIp'
  | 'networkInterface';

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'vm',
  'volume',
  'snapshot',
  'network',
  'subnet',
  'securityGroup',
  'publicIp',
  'networkInterface',
];

export type VmState =
  | 'PENDING'
  | 'RUNNING'
  | 'STOPPING'
  | 'STOPPED'
  | 'SUSPENDED'
  | 'TERMINATING'
  | 'TERMINATED'
  | 'REBOOTING'
  | 'ERROR'
  | 'UNKNOWN';

export const VM_STATES: readonly VmState[] = [
  'PENDING',
  'RUNNING',
  'STOPPING',
  'STOPPED',
  'SUSPENDED',
  'TERMINATING',
  'TERMINATED',
  'REBOOTING',
  'ERROR',
  'UNKNOWN',
];

/** A provider's state read into the model: the model's state, and the provider's raw value, kept. */
export interface Mapped<S> {
  state: S;
  providerState: string;
}

export interface Tag {
  key: string;
  value: string;
}

/** Fields every resource carries. `id` is the global id (see ids.ts); `nativeId` is the cloud's own. */
export interface ResourceBase {
  id: string;
  nativeId: string;
  provider: ProviderName;
  account: string;
  region: string;
  name: string | null;
  tags: Tag[];
  /** Provider-specific attributes the model does not normalise, kept as strings. */
  extras: Tag[];
  /**
   * Parts of the resource its provider could not be asked for (a failed auxiliary listing or
   * lookup): the fields each gap names are unknown, and the gap carries the failure (gaps.ts).
   * Absent when the resource is whole.
   */
  gaps?: Gap[];
}

/** What a VirtualMachine is: a virtual machine, or a container (containerd, Proxmox LXC) listed beside them. */
export type WorkloadKind = 'vm' | 'container';

/** The workload kinds each provider's listing can hold. */
export const WORKLOADS_OF: Readonly<Record<ProviderName, readonly WorkloadKind[]>> = {
  aws: ['vm'],
  azure: ['vm'],
  gcp: ['vm'],
  digitalocean: ['vm'],
  proxmox: ['vm', 'container'],
  libvirt: ['vm'],
  containerd: ['container'],
};

export interface VirtualMachine extends ResourceBase {
  /** 'vm' when absent. A container has no disks, NICs or instance type of its own: those stay empty, not made up. */
  workload?: WorkloadKind;
  zone: string | null;
  state: VmState;
  providerState: string;
  instanceType: string | null;
  vcpus: number | null;
  memoryMiB: number | null;
  launchedAt: Date | null;
  imageId: string | null;
  platform: string | null;
  /** The primary private address (the first interface's primary IPv4). */
  privateIp: string | null;
  /** The public address of the primary interface. */
  publicIp: string | null;
  /** Every private IPv4 of every interface: primaries first, then secondaries. */
  privateIps: string[];
  /** Every public IPv4 associated with any of the VM's interfaces or private addresses. */
  publicIps: string[];
  /** Every IPv6 address of every interface. */
  ipv6Addresses: string[];
  /** Global ids of what the VM is attached to, as its listing reports them (Azure joins its NIC and VNet listings in). */
  networkId: string | null;
  subnetId: string | null;
  volumeIds: string[];
  securityGroupIds: string[];
  networkInterfaceIds: string[];
}

export type VolumeState = 'CREATING' | 'AVAILABLE' | 'IN_USE' | 'DELETING' | 'DELETED' | 'ERROR' | 'UNKNOWN';

/** Where an attachment is in its life; the provider's raw value is kept beside it. */
export type AttachmentState = 'ATTACHING' | 'ATTACHED' | 'DETACHING' | 'DETACHED' | 'BUSY' | 'UNKNOWN';

export const ATTACHMENT_STATES: readonly AttachmentState[] = ['ATTACHING', 'ATTACHED', 'DETACHING', 'DETACHED', 'BUSY', 'UNKNOWN'];

export interface VolumeAttachment {
  vmId: string;
  state: AttachmentState;
  /** The provider's raw attachment state, or null when the provider reports none (the attachment simply exists). */
  providerState: string | null;
  device: string | null;
  deleteOnTermination: boolean | null;
}

export interface Volume extends ResourceBase {
  zone: string | null;
  state: VolumeState;
  providerState: string;
  sizeGiB: number;
  volumeType: string | null;
  iops: number | null;
  encrypted: boolean;
  createdAt: Date | null;
  snapshotId: string | null;
  attachments: VolumeAttachment[];
}

export type SnapshotState = 'PENDING' | 'COMPLETED' | 'ERROR' | 'UNKNOWN';

export interface Snapshot extends ResourceBase {
  state: SnapshotState;
  providerState: string;
  sizeGiB: number;
  volumeId: string | null;
  encrypted: boolean;
  createdAt: Date | null;
  progressPercent: number | null;
  description: string | null;
}

export interface Network extends ResourceBase {
  cidrBlocks: string[];
  isDefault: boolean;
  providerState: string;
}

export interface Subnet extends ResourceBase {
  zone: string | null;
  networkId: string;
  cidrBlock: string;
  availableIpCount: number | null;
  providerState: string;
}

export type RuleDirection = 'INGRESS' | 'EGRESS';

export interface SecurityRule {
  direction: RuleDirection;
  /** 'tcp' | 'udp' | 'icmp' | 'all' or a protocol number as the provider gives it. */
  protocol: string;
  /** Ports for tcp/udp; null for ICMP (whose type and code are below) and for all-protocol rules. */
  fromPort: number | null;
  toPort: number | null;
  /** ICMP (or ICMPv6) type and code, for ICMP rules that name them; null meaning all. */
  icmpType: number | null;
  icmpCode: number | null;
  /** CIDR ranges, or global ids of security groups, the rule allows. */
  sources: string[];
  action: 'ALLOW' | 'DENY';
  priority: number | null;
  description: string | null;
}

export interface SecurityGroup extends ResourceBase {
  networkId: string | null;
  description: string | null;
  rules: SecurityRule[];
}

export interface PublicIp extends ResourceBase {
  address: string;
  vmId: string | null;
  networkInterfaceId: string | null;
  allocation: string | null;
}

export interface NetworkInterface extends ResourceBase {
  zone: string | null;
  vmId: string | null;
  subnetId: string | null;
  networkId: string | null;
  privateIps: string[];
  publicIp: string | null;
  macAddress: string | null;
  securityGroupIds: string[];
  providerState: string;
}

export interface ResourceTypes {
  vm: VirtualMachine;
  volume: Volume;
  snapshot: Snapshot;
  network: Network;
  subnet: Subnet;
  securityGroup: SecurityGroup;
  publicIp: PublicIp;
  networkInterface: NetworkInterface;
}

// ---- metrics ----

export type MetricName =
  | 'CPU_UTILIZATION'
  | 'NETWORK_IN_BYTES'
  | 'NETWORK_OUT_BYTES'
  | 'DISK_READ_BYTES'
  | 'DISK_WRITE_BYTES'
  | 'DISK_READ_OPS'
  | 'DISK_WRITE_OPS'
  | 'MEMORY_UTILIZATION';

export const METRIC_NAMES: readonly MetricName[] = [
  'CPU_UTILIZATION',
  'NETWORK_IN_BYTES',
  'NETWORK_OUT_BYTES',
  'DISK_READ_BYTES',
  'DISK_WRITE_BYTES',
  'DISK_READ_OPS',
  'DISK_WRITE_OPS',
  'MEMORY_UTILIZATION',
];

export type MetricUnit = 'PERCENT' | 'BYTES' | 'COUNT';

export const METRIC_UNITS: Record<MetricName, MetricUnit> = {
  CPU_UTILIZATION: 'PERCENT',
  NETWORK_IN_BYTES: 'BYTES',
  NETWORK_OUT_BYTES: 'BYTES',
  DISK_READ_BYTES: 'BYTES',
  DISK_WRITE_BYTES: 'BYTES',
  DISK_READ_OPS: 'COUNT',
  DISK_WRITE_OPS: 'COUNT',
  MEMORY_UTILIZATION: 'PERCENT',
};

/** One series wanted for one resource. `name` is a model metric; `nativeName` a provider metric name. */
export interface MetricQuery {
  resourceId: string;
  name: MetricName | null;
  nativeName: string | null;
  /** Seconds between points. */
  period: number;
}

export interface MetricRequest {
  from: Date;
  to: Date;
  queries: MetricQuery[];
}

export interface MetricPoint {
  timestamp: Date;
  value: number;
}

export interface MetricSeries {
  resourceId: string;
  name: MetricName | null;
  nativeName: string;
  unit: MetricUnit | string;
  period: number;
  points: MetricPoint[];
  /** False when the provider has no such metric for this resource (e.g. memory without an agent). */
  available: boolean;
  /** Set when the upstream read of this series failed: the series is that error, the rest of its batch answered. */
  failure?: Gap;
}

// ---- the adapter interface ----

export interface TagFilter {
  key: string;
  values: string[];
}

/** Filters an adapter pushes down to its API where the API supports them; the rest is applied after. */
export interface ListFilter {
  nativeIds?: string[];
  states?: VmState[];
  instanceTypes?: string[];
  tags?: TagFilter[];
  zones?: string[];
  /** Only for ALL_REGIONS scopes: the regions wanted, when the caller narrowed them. */
  regions?: string[];
}

/**
 * What every cloud implements. One call = one scope; paging and the API's own batch limits
 * (ids per call, results per page) are the adapter's business, so that a loader batch for one
 * scope becomes one logical call.
 */
export interface ProviderAdapter {
  readonly provider: ProviderName;
  /** The scopes this adapter lists: one per account and region, or one per account (ALL_REGIONS). */
  readonly scopes: readonly Scope[];
  /** The scope whose calls cover a resource of this account at this location (a region or zone). */
  scopeOf(account: string, location: string): Scope;
  /**
   * One scope's resources of a kind. A listing joined from several upstream listings where one
   * part failed still returns what the others gave: the failed part is pushed onto `gaps` (when
   * given) — resources it would have completed carry their own `gaps` instead.
   */
  list<K extends ResourceKind>(kind: K, scope: Scope, filter?: ListFilter, gaps?: Gap[]): Promise<ResourceTypes[K][]>;
  /** Resources by native id; ids that do not exist are simply absent from the result. */
  get<K extends ResourceKind>(kind: K, scope: Scope, nativeIds: readonly string[]): Promise<ResourceTypes[K][]>;
  /** One series per query, in the order of `request.queries`. */
  metrics(scope: Scope, request: MetricRequest): Promise<MetricSeries[]>;
  /** The cloud's lifecycle actions (actions.ts); absent for a cloud that has none yet. */
  readonly actions?: ActionAdapter;
  close(): Promise<void>;
}

// ---- Actions (actions.ts): what FleetGraph can ask a cloud to do ----

export type ActionKind =
  | 'startVm'
  | 'stopVm'
  | 'rebootVm'
  | 'resizeVm'
  | 'deleteVm'
  | 'createVm'
  | 'attachVolume'
  | 'detachVolume'
  | 'resizeVolume'
  | 'createSnapshot'
  | 'deleteSnapshot';

/** A new VM: one image, one type, in one subnet, with extra data disks and tags. */
export interface CreateVmSpec {
  /** Provider, account and region (a concrete region, never ALL_REGIONS). */
  scope: Scope;
  /** The zone, where the cloud places VMs in zones (AWS, GCP; Azure: an availability zone or null). */
  zone: string | null;
  name: string;
  /** The cloud's image reference: an AMI id, an Azure image URN/resource id, a GCP image URL or family. */
  image: string;
  instanceType: string;
  /** Global id of the subnet; null: the cloud's default. */
  subnetId: string | null;
  /** Global ids of security groups (AWS) / NSGs (Azure) / firewalls (GCP: their target tags). */
  securityGroupIds: string[];
  /** Boot disk size; null: the image's. */
  bootDiskGiB: number | null;
  /** Extra data disks, created with the VM. */
  dataDisks: { sizeGiB: number; volumeType: string | null }[];
  tags: Tag[];
}

export type ActionRequest =
  | { kind: 'startVm'; vm: GlobalId }
  /**
   * AWS: StopInstances (Hibernate when `hibernate`). Azure: deallocate (compute billing stops;
   * `hibernate` → deallocate with hibernate=true). GCP: instances.stop, or instances.suspend when
   * `hibernate`.
   */
  | { kind: 'stopVm'; vm: GlobalId; hibernate: boolean }
  | { kind: 'rebootVm'; vm: GlobalId }
  /**
   * A cloud that needs the VM stopped to change its type (AWS, GCP; Azure when the size is not
   * available on the current hardware cluster) stops it, resizes and starts it again — only when
   * `allowRestart`; otherwise the adapter refuses with CONFLICT before acting.
   */
  | { kind: 'resizeVm'; vm: GlobalId; instanceType: string; allowRestart: boolean }
  | { kind: 'deleteVm'; vm: GlobalId }
  | { kind: 'createVm'; spec: CreateVmSpec }
  | { kind: 'attachVolume'; volume: GlobalId; vm: GlobalId; device: string | null }
  | { kind: 'detachVolume'; volume: GlobalId; vm: GlobalId; force: boolean }
  | { kind: 'resizeVolume'; volume: GlobalId; sizeGiB: number }
  | { kind: 'createSnapshot'; volume: GlobalId; name: string | null; description: string | null; tags: Tag[] }
  | { kind: 'deleteSnapshot'; snapshot: GlobalId };

export interface ActionOptions {
  /**
   * The caller's key for this request, unique per intended action (≤ 64 characters of
   * [A-Za-z0-9_-]). Adapters pass it to the cloud where the cloud dedupes on it (EC2 ClientToken,
   * GCP requestId — a UUID derived from it); FleetGraph's own record covers the rest.
   */
  idempotencyKey: string;
  /**
   * Validate with the cloud without acting: EC2's DryRun flag; elsewhere the reads that prove the
   * target exists, is in a state that allows the action and the arguments are valid there.
   */
  dryRun: boolean;
}

/** JSON that survives a trip through Redis: how a started action is followed, on any replica. */
export type Tracking = string | number | boolean | null | Tracking[] | { [key: string]: Tracking };

export interface StartedAction {
  /** The cloud's own handle, shown to clients: an Azure async-operation id, a GCP operation name, an EC2 request id. */
  providerOperationId: string | null;
  /** What `progress` needs to follow the action (and, for a multi-step resize, which step it is at). */
  tracking: Tracking;
  /** The global id of what the action creates (createVm, createSnapshot), when known at once. */
  resourceId: string | null;
}

export type ActionProgress =
  /** Not done yet; `tracking` replaces the stored one when given (a multi-step action moved on). */
  | { status: 'RUNNING'; tracking?: Tracking }
  | { status: 'SUCCEEDED'; resourceId: string | null }
  /** The cloud's own reason: its error code and message (secrets scrubbed). */
  | { status: 'FAILED'; providerCode: string | null; message: string };

/**
 * A cloud's lifecycle actions. Failures are ProviderErrors (errors.ts) classified as for reads,
 * plus CONFLICT (the resource's state forbids the action: EC2 IncorrectInstanceState, Azure
 * OperationNotAllowed/Conflict, GCP a 400 on state) and QUOTA_EXCEEDED; NOT_FOUND for a target
 * that does not exist; INVALID_INPUT for arguments the cloud cannot take (a type not offered in
 * the zone, a smaller volume size).
 */
export interface ActionAdapter {
  /**
   * Starts the action and returns at once (it does not wait for the cloud to finish). With
   * `dryRun`, validates and returns null without acting.
   */
  start(request: ActionRequest, options: ActionOptions): Promise<StartedAction | null>;
  /** One look at how a started action is going (one or a few upstream reads). */
  progress(request: ActionRequest, tracking: Tracking): Promise<ActionProgress>;
}
