// Builds one subscription × location of the simulated Azure fleet from a seed.
import { cidrBase, cidrSize, intToIp } from '../../kit/ipv4.js';
import { Random } from '../../kit/prng.js';
import { FLEET_EPOCH, TAG_VOCABULARY } from '../../kit/vocabulary.js';
import {
  AZURE_IMAGES,
  AZURE_VM_SIZES,
  diskPerformance,
  type AzureDiskSkuName,
  type AzureImageTemplate,
  type AzureLocationInfo,
} from './catalogue.js';
import { applyVmCondition } from './state.js';
import { armTime } from './time.js';
import type {
  AzureApplicationSecurityGroup,
  AzureDisk,
  AzureNetworkInterface,
  AzureNetworkSecurityGroup,
  AzurePublicIpAddress,
  AzureScopeData,
  AzureSecurityRule,
  AzureSnapshot,
  AzureSnapshotAccessState,
  AzureSubnet,
  AzureVirtualMachine,
  AzureVirtualNetwork,
  AzureVmCondition,
  AzureVmDataDisk,
  AzureTags,
} from './types.js';
import { AZURE_SNAPSHOT_ACCESS_STATES, AZURE_VM_CONDITIONS } from './types.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const GIB = 1024 ** 3;

const OFFICE_CIDR = '203.0.113.0/24';

/** Hands out public addresses unique across the whole fleet, deterministically. */
export class AzureAllocator {
  private readonly used = new Set<string>();

  publicIp(rng: Random, location: AzureLocationInfo): string {
    for (;;) {
      const [a, from, to] = rng.pick(location.publicIpPrefixes);
      const ip = `${a}.${rng.int(from, to)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }
}

interface GenerateContext {
  seed: number;
  subscriptionId: string;
  /** Position of the subscription in the fleet (keeps address spaces apart). */
  subscriptionIndex: number;
  location: AzureLocationInfo;
  vmsPerScope: number;
  /** Position of the scope in the fleet; the first always gets a second VNet. */
  scopeIndex: number;
  allocator: AzureAllocator;
}

/** Private addresses inside one subnet: Azure keeps the first four and the last one. */
class SubnetPool {
  private next: number;
  private readonly end: number;

  constructor(readonly cidr: string) {
    const base = cidrBase(cidr);
    this.next = base + 4;
    this.end = base + cidrSize(cidr) - 2;
  }

  allocate(): string {
    if (this.next > this.end) throw new Error(`Subnet ${this.cidr} has no free addresses left`);
    return intToIp(this.next++);
  }
}

interface Tier {
  subnet: AzureSubnet;
  asg: AzureApplicationSecurityGroup | null;
}

interface VnetPlan {
  vnet: AzureVirtualNetwork;
  env: 'prod' | 'staging' | 'dev';
  web: Tier;
  app: Tier;
  data: Tier;
}

/** Rounds to whole seconds. */
const atSecond = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);
const iso = armTime;

export function generateAzureScope(ctx: GenerateContext): AzureScopeData {
  const { subscriptionId: sub, location } = ctx;
  const loc = location.location;
  const rng = Random.of(ctx.seed, 'azure', sub, loc);
  const networkRg = `rg-network-${loc}`;
  const scope: AzureScopeData = {
    subscriptionId: sub,
    location: loc,
    resourceGroups: [networkRg],
    virtualMachines: [],
    disks: [],
    snapshots: [],
    virtualNetworks: [],
    networkSecurityGroups: [],
    applicationSecurityGroups: [],
    publicIPAddresses: [],
    networkInterfaces: [],
  };
  const rgId = (rg: string) => `/subscriptions/${sub}/resourceGroups/${rg}`;
  const armId = (rg: string, provider: string, type: string, name: string) => `${rgId(rg)}/providers/${provider}/${type}/${name}`;
  const etag = () => `W/"${rng.uuid()}"`;
  const pools = new Map<string, SubnetPool>();
  const workloadRg = (env: string) => {
    const rg = `rg-${env}-${loc}`;
    if (!scope.resourceGroups.includes(rg)) scope.resourceGroups.push(rg);
    return rg;
  };

  // ---- security groups ----
  const asg = (name: string): AzureApplicationSecurityGroup => {
    const group: AzureApplicationSecurityGroup = {
      id: armId(networkRg, 'Microsoft.Network', 'applicationSecurityGroups', name),
      name,
      type: 'Microsoft.Network/applicationSecurityGroups',
      location: loc,
      tags: {},
      etag: etag(),
      properties: { provisioningState: 'Succeeded', resourceGuid: rng.uuid() },
    };
    scope.applicationSecurityGroups.push(group);
    return group;
  };
  const nsg = (rg: string, name: string, tags: AzureTags): AzureNetworkSecurityGroup => {
    const id = armId(rg, 'Microsoft.Network', 'networkSecurityGroups', name);
    const group: AzureNetworkSecurityGroup = {
      id,
      name,
      type: 'Microsoft.Network/networkSecurityGroups',
      location: loc,
      tags,
      etag: etag(),
      properties: { provisioningState: 'Succeeded', resourceGuid: rng.uuid(), securityRules: [], defaultSecurityRules: defaultRules(id, etag) },
    };
    scope.networkSecurityGroups.push(group);
    return group;
  };
  const rule = (group: AzureNetworkSecurityGroup, name: string, spec: RuleSpec): void => {
    group.properties.securityRules.push(securityRule(`${group.id}/securityRules/${name}`, name, etag(), spec));
  };

  const asgWeb = asg(`asg-web-${loc}`);
  const asgApp = asg(`asg-app-${loc}`);
  const asgData = asg(`asg-data-${loc}`);

  // ---- virtual networks ----
  const octet = (k: number) => location.vnetOctetBase + ctx.subscriptionIndex * 8 + k;
  const makeVnet = (name: string, space: string, tags: AzureTags): AzureVirtualNetwork => ({
    id: armId(networkRg, 'Microsoft.Network', 'virtualNetworks', name),
    name,
    type: 'Microsoft.Network/virtualNetworks',
    location: loc,
    tags,
    etag: etag(),
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: rng.uuid(),
      addressSpace: { addressPrefixes: [space] },
      dhcpOptions: { dnsServers: [] },
      subnets: [],
      virtualNetworkPeerings: [],
      enableDdosProtection: false,
      privateEndpointVNetPolicies: 'Disabled',
    },
  });
  const makeSubnet = (vnet: AzureVirtualNetwork, name: string, prefix: string, group: AzureNetworkSecurityGroup | null): AzureSubnet => {
    const subnet: AzureSubnet = {
      id: `${vnet.id}/subnets/${name}`,
      name,
      type: 'Microsoft.Network/virtualNetworks/subnets',
      etag: etag(),
      properties: {
        provisioningState: 'Succeeded',
        addressPrefix: prefix,
        ...(group ? { networkSecurityGroup: { id: group.id } } : {}),
        serviceEndpoints: name === 'snet-data' ? [{ service: 'Microsoft.Storage', locations: [loc], provisioningState: 'Succeeded' }] : [],
        delegations: [],
        privateEndpointNetworkPolicies: 'Disabled',
        privateLinkServiceNetworkPolicies: 'Enabled',
      },
    };
    vnet.properties.subnets.push(subnet);
    pools.set(subnet.id.toLowerCase(), new SubnetPool(prefix));
    return subnet;
  };

  const plans: VnetPlan[] = [];
  {
    const env = rng.pick(['prod', 'staging'] as const);
    const second = octet(0);
    const vnet = makeVnet(`vnet-${env}-${loc}`, `10.${second}.0.0/16`, { env, 'managed-by': 'terraform' });
    const nsgWeb = nsg(networkRg, `nsg-web-${loc}`, { env, tier: 'web' });
    const nsgApp = nsg(networkRg, `nsg-app-${loc}`, { env, tier: 'app' });
    const nsgData = nsg(networkRg, `nsg-data-${loc}`, { env, tier: 'data' });
    // /19s: room for the largest sandbox fleet (5000 VMs per scope).
    const web = makeSubnet(vnet, 'snet-web', `10.${second}.0.0/19`, nsgWeb);
    const app = makeSubnet(vnet, 'snet-app', `10.${second}.32.0/19`, nsgApp);
    const data = makeSubnet(vnet, 'snet-data', `10.${second}.64.0/19`, nsgData);
    if (rng.chance(0.5)) makeSubnet(vnet, 'AzureBastionSubnet', `10.${second}.255.0/26`, null);

    rule(nsgWeb, 'AllowHttpsInbound', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['443'], source: 'Internet', description: 'HTTPS from the internet' });
    rule(nsgWeb, 'AllowHttpInbound', { priority: 110, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['80'], source: 'Internet' });
    rule(nsgWeb, 'AllowSshFromOffice', { priority: 120, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['22'], source: OFFICE_CIDR, description: 'office' });
    rule(nsgWeb, 'AllowPingFromVnet', { priority: 130, direction: 'Inbound', access: 'Allow', protocol: 'Icmp', ports: ['*'], source: 'VirtualNetwork' });
    rule(nsgWeb, 'DenyRdpInbound', { priority: 4000, direction: 'Inbound', access: 'Deny', protocol: 'Tcp', ports: ['3389'], source: '*' });
    rule(nsgWeb, 'DenySmtpOutbound', { priority: 200, direction: 'Outbound', access: 'Deny', protocol: 'Tcp', ports: ['25'], destination: 'Internet', description: 'no direct mail' });
    rule(nsgApp, 'AllowAppFromWeb', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['8080'], sourceAsgs: [asgWeb.id], description: 'from the web tier' });
    rule(nsgApp, 'AllowSshFromOffice', { priority: 120, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['22'], sourcePrefixes: [OFFICE_CIDR, '198.51.100.0/24'] });
    rule(nsgApp, 'AllowMonitoring', { priority: 130, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['9100', '9200-9299'], source: 'VirtualNetwork', description: 'scrapers' });
    rule(nsgData, 'AllowPostgresFromApp', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['5432'], sourceAsgs: [asgApp.id], description: 'postgres from the app tier' });
    rule(nsgData, 'AllowRedisFromApp', { priority: 110, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['6379'], source: app.properties.addressPrefix });
    rule(nsgData, 'AllowDns', { priority: 120, direction: 'Inbound', access: 'Allow', protocol: 'Udp', ports: ['53'], source: 'VirtualNetwork' });
    rule(nsgData, 'DenyInternetOutbound', { priority: 4096, direction: 'Outbound', access: 'Deny', protocol: '*', ports: ['*'], destination: 'Internet' });
    plans.push({ vnet, env, web: { subnet: web, asg: asgWeb }, app: { subnet: app, asg: asgApp }, data: { subnet: data, asg: asgData } });
  }
  if (ctx.scopeIndex === 0 || rng.chance(0.75)) {
    const second = octet(1);
    const vnet = makeVnet(`vnet-dev-${loc}`, `10.${second}.0.0/16`, { env: 'dev' });
    const nsgDefault = nsg(networkRg, `nsg-dev-${loc}`, { env: 'dev' });
    rule(nsgDefault, 'AllowSshFromOffice', { priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', ports: ['22', '3389'], source: OFFICE_CIDR });
    const subnet = makeSubnet(vnet, 'snet-default', `10.${second}.0.0/18`, nsgDefault);
    const tier = { subnet, asg: null };
    plans.push({ vnet, env: 'dev', web: tier, app: tier, data: tier });
  }
  scope.virtualNetworks.push(...plans.map((p) => p.vnet));

  // ---- VMs, their NICs, disks and public IPs ----
  const epoch = FLEET_EPOCH.getTime();
  const nameCounters = new Map<string, number>();

  const newDisk = (
    rg: string,
    name: string,
    zones: string[] | undefined,
    sku: AzureDiskSkuName,
    sizeGB: number,
    created: Date,
    tags: AzureTags,
    extra: { image?: AzureImageTemplate; managedBy?: string; createOption?: AzureDisk['properties']['creationData']['createOption'] },
  ): AzureDisk => {
    const perf = diskPerformance(sku, sizeGB);
    const cmk = rng.chance(0.15);
    const image = extra.image;
    return {
      id: armId(rg, 'Microsoft.Compute', 'disks', name),
      name,
      type: 'Microsoft.Compute/disks',
      location: loc,
      tags,
      ...(zones ? { zones } : {}),
      ...(extra.managedBy ? { managedBy: extra.managedBy } : {}),
      sku: { name: sku, tier: sku.startsWith('Premium') ? 'Premium' : 'Standard' },
      properties: {
        ...(image ? { osType: image.osType, hyperVGeneration: image.hyperVGeneration } : {}),
        creationData: image
          ? {
              createOption: 'FromImage',
              imageReference: {
                // ARM writes this reference with capitalised segments.
                id: `/Subscriptions/${sub}/Providers/Microsoft.Compute/Locations/${loc}/Publishers/${image.publisher}/ArtifactTypes/VMImage/Offers/${image.offer}/Skus/${image.sku}/Versions/${image.exactVersion}`,
              },
            }
          : { createOption: extra.createOption ?? 'Empty' },
        diskSizeGB: sizeGB,
        diskSizeBytes: sizeGB * GIB,
        uniqueId: rng.uuid(),
        provisioningState: 'Succeeded',
        diskIOPSReadWrite: perf.iops,
        diskMBpsReadWrite: perf.mbps,
        diskState: extra.managedBy ? 'Attached' : 'Unattached',
        timeCreated: iso(created),
        encryption: cmk
          ? {
              type: 'EncryptionAtRestWithCustomerKey',
              diskEncryptionSetId: `/subscriptions/${sub}/resourceGroups/rg-security-${loc}/providers/Microsoft.Compute/diskEncryptionSets/des-${loc}`,
            }
          : { type: 'EncryptionAtRestWithPlatformKey' },
        networkAccessPolicy: 'AllowAll',
        publicNetworkAccess: 'Enabled',
        ...(sku.startsWith('Premium') ? { tier: perf.tier } : {}),
      },
    };
  };

  const newPublicIp = (rg: string, name: string, zones: string[] | undefined, tags: AzureTags, label: string | null): AzurePublicIpAddress => {
    const address = ctx.allocator.publicIp(rng, location);
    return {
      id: armId(rg, 'Microsoft.Network', 'publicIPAddresses', name),
      name,
      type: 'Microsoft.Network/publicIPAddresses',
      location: loc,
      tags,
      etag: etag(),
      ...(zones ? { zones } : {}),
      sku: { name: 'Standard', tier: 'Regional' },
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: rng.uuid(),
        ipAddress: address,
        publicIPAddressVersion: 'IPv4',
        publicIPAllocationMethod: 'Static',
        idleTimeoutInMinutes: 4,
        ...(label ? { dnsSettings: { domainNameLabel: label, fqdn: `${label}.${loc}.cloudapp.azure.com` } } : {}),
        ipTags: [],
        ddosSettings: { protectionMode: 'VirtualNetworkInherited' },
      },
    };
  };

  const newNic = (
    rg: string,
    name: string,
    tier: Tier,
    tags: AzureTags,
    options: { vm?: AzureVirtualMachine; primary?: boolean; publicIp?: AzurePublicIpAddress; nsgId?: string; accelerated: boolean },
  ): AzureNetworkInterface => {
    const id = armId(rg, 'Microsoft.Network', 'networkInterfaces', name);
    const ip = pools.get(tier.subnet.id.toLowerCase())!.allocate();
    return {
      id,
      name,
      type: 'Microsoft.Network/networkInterfaces',
      location: loc,
      tags,
      etag: etag(),
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: rng.uuid(),
        ipConfigurations: [
          {
            id: `${id}/ipConfigurations/ipconfig1`,
            name: 'ipconfig1',
            etag: etag(),
            type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
            properties: {
              provisioningState: 'Succeeded',
              privateIPAddress: ip,
              privateIPAllocationMethod: rng.chance(0.85) ? 'Dynamic' : 'Static',
              privateIPAddressVersion: 'IPv4',
              subnet: { id: tier.subnet.id },
              primary: true,
              ...(options.publicIp ? { publicIPAddress: { id: options.publicIp.id } } : {}),
              ...(tier.asg ? { applicationSecurityGroups: [{ id: tier.asg.id }] } : {}),
            },
          },
        ],
        dnsSettings: { dnsServers: [], appliedDnsServers: [], internalDomainNameSuffix: `${rng.hex(26)}.ax.internal.cloudapp.net` },
        ...(options.vm ? { macAddress: macAddress(rng), primary: options.primary ?? true } : {}),
        enableAcceleratedNetworking: options.accelerated,
        enableIPForwarding: false,
        vnetEncryptionSupported: false,
        disableTcpStateTracking: false,
        ...(options.nsgId ? { networkSecurityGroup: { id: options.nsgId } } : {}),
        ...(options.vm ? { virtualMachine: { id: options.vm.id } } : {}),
        hostedWorkloads: [],
        nicType: 'Standard',
        auxiliaryMode: 'None',
      },
    };
  };

  let launched = 0;
  while (launched < ctx.vmsPerScope) {
    const groupSize = Math.min(
      ctx.vmsPerScope - launched,
      rng.weighted([
        [1, 6],
        [2, 2],
        [3, 1],
      ] as const),
    );
    const plan = plans.length > 1 && rng.chance(0.35) ? plans[1]! : plans[0]!;
    const app = rng.pick(TAG_VOCABULARY.app);
    const env = plan.env;
    const team = rng.pick(TAG_VOCABULARY.team);
    const tier = app === 'web' || app === 'bastion' ? plan.web : app === 'db' || app === 'cache' ? plan.data : plan.app;
    const image = rng.weighted(AZURE_IMAGES.map((i) => [i, i.weight] as const));
    const vmSize = rng.pick(AZURE_VM_SIZES.filter((s) => s.architecture === image.architecture));
    const created = atSecond(epoch - rng.int(2 * DAY, 400 * DAY));
    const rg = workloadRg(env);
    const spot = rng.chance(0.1);

    for (let index = 0; index < groupSize; index++) {
      const counterKey = `${app}-${env}`;
      const seq = (nameCounters.get(counterKey) ?? 0) + 1;
      nameCounters.set(counterKey, seq);
      const name = `${app}-${env}-${String(seq).padStart(2, '0')}`;
      const tags: AzureTags = { env, team, app };
      if (rng.chance(0.3)) tags['cost-center'] = `cc-${rng.int(100, 999)}`;
      const zones = rng.chance(0.7) ? [rng.pick(location.zones)] : undefined;
      const vmId = armId(rg, 'Microsoft.Compute', 'virtualMachines', name);

      const publicIp =
        (app === 'web' || app === 'bastion') && rng.chance(0.5)
          ? newPublicIp(rg, `${name}-pip`, zones, { env }, rng.chance(0.5) ? `${name}-${rng.hex(4)}` : null)
          : undefined;
      if (publicIp) scope.publicIPAddresses.push(publicIp);
      const nicNsg = rng.chance(0.3) ? nsg(rg, `${name}-nsg`, {}) : null;
      if (nicNsg) {
        // What the portal creates beside a VM: one rule opening the admin port to everyone.
        const windows = image.osType === 'Windows';
        rule(nicNsg, windows ? 'RDP' : 'SSH', {
          priority: 300,
          direction: 'Inbound',
          access: 'Allow',
          protocol: 'Tcp',
          ports: [windows ? '3389' : '22'],
          source: '*',
        });
      }

      const osDiskName = `${name}_OsDisk_1_${rng.hex(32)}`;
      const osSku: AzureDiskSkuName = rng.chance(0.7) ? 'Premium_LRS' : 'StandardSSD_LRS';
      const osDisk = newDisk(rg, osDiskName, zones, osSku, image.osDiskSizeGB, created, { env }, { image, managedBy: vmId });
      scope.disks.push(osDisk);
      const dataDisks: AzureVmDataDisk[] = [];
      const ownDisks: AzureDisk[] = [osDisk];
      const dataCount = rng.weighted([
        [0, 3],
        [1, 4],
        [2, 2],
      ] as const);
      for (let d = 0; d < dataCount; d++) {
        const sku = rng.weighted<AzureDiskSkuName>([
          ['Premium_LRS', 4],
          ['StandardSSD_LRS', 3],
          ['Standard_LRS', 1],
        ]);
        const sizeGB = rng.pick([32, 64, 128, 256, 512, 1024]);
        const disk = newDisk(rg, `${name}-data-${d + 1}`, zones, sku, sizeGB, atSecond(created.getTime() + rng.int(1, 30) * MINUTE), { env, team }, {
          managedBy: vmId,
        });
        scope.disks.push(disk);
        ownDisks.push(disk);
        dataDisks.push({
          lun: d,
          name: disk.name,
          createOption: 'Attach',
          caching: rng.pick(['None', 'ReadOnly'] as const),
          managedDisk: { id: disk.id, storageAccountType: sku },
          deleteOption: rng.chance(0.3) ? 'Delete' : 'Detach',
          diskSizeGB: sizeGB,
          toBeDetached: false,
        });
      }

      const nics: AzureNetworkInterface[] = [];
      const vm: AzureVirtualMachine = {
        id: vmId,
        name,
        type: 'Microsoft.Compute/virtualMachines',
        location: loc,
        tags,
        ...(zones ? { zones } : {}),
        properties: {
          vmId: rng.uuid(),
          hardwareProfile: { vmSize: vmSize.name },
          storageProfile: {
            imageReference: { publisher: image.publisher, offer: image.offer, sku: image.sku, version: 'latest', exactVersion: image.exactVersion },
            osDisk: {
              osType: image.osType,
              name: osDiskName,
              createOption: 'FromImage',
              caching: 'ReadWrite',
              managedDisk: { id: osDisk.id, storageAccountType: osSku },
              deleteOption: 'Delete',
              diskSizeGB: image.osDiskSizeGB,
            },
            dataDisks,
            diskControllerType: 'SCSI',
          },
          osProfile: {
            computerName: name,
            adminUsername: image.osType === 'Windows' ? 'fleetadmin' : 'azureuser',
            ...(image.osType === 'Windows'
              ? { windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: true } }
              : { linuxConfiguration: { disablePasswordAuthentication: true, provisionVMAgent: true } }),
            secrets: [],
            allowExtensionOperations: true,
            requireGuestProvisionSignal: true,
          },
          networkProfile: { networkInterfaces: [] },
          ...(image.architecture === 'x64'
            ? { securityProfile: { securityType: 'TrustedLaunch' as const, uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } }
            : {}),
          diagnosticsProfile: { bootDiagnostics: { enabled: true } },
          priority: spot ? 'Spot' : 'Regular',
          ...(spot ? { evictionPolicy: 'Deallocate' as const, billingProfile: { maxPrice: -1 } } : {}),
          provisioningState: 'Succeeded',
          timeCreated: iso(created),
        },
        instanceView: {
          computerName: name,
          osName: image.osName,
          osVersion: image.osVersion,
          hyperVGeneration: image.hyperVGeneration,
          statuses: [],
        },
        sim: { condition: 'running', activity: [] },
      };
      nics.push(newNic(rg, `${name}-nic01`, tier, { env }, { vm, primary: true, publicIp, nsgId: nicNsg?.id, accelerated: vmSize.acceleratedNetworking }));
      if (rng.chance(0.15)) nics.push(newNic(rg, `${name}-nic02`, tier, { env }, { vm, primary: false, accelerated: vmSize.acceleratedNetworking }));
      vm.properties.networkProfile.networkInterfaces = nics.map((n, i) => ({
        id: n.id,
        properties: { primary: i === 0, deleteOption: i === 0 ? 'Delete' : 'Detach' },
      }));
      scope.networkInterfaces.push(...nics);
      scope.virtualMachines.push(vm);
      applyVmCondition(scope, vm, 'running', created, new Map(ownDisks.map((d) => [d.id.toLowerCase(), d])));
    }
    launched += groupSize;
  }

  // ---- snapshots ----
  for (const disk of [...scope.disks]) {
    if (!rng.chance(0.3)) continue;
    const family = rng.uuid();
    const count = rng.int(1, 2);
    for (let k = 0; k < count; k++) {
      const access = rng.weighted<AzureSnapshotAccessState>([
        ['Available', 85],
        ['AvailableWithInstantAccess', 4],
        ['InstantAccess', 4],
        ['Pending', 5],
        ['Unknown', 2],
      ]);
      scope.snapshots.push(newSnapshot(rng, disk, access, family));
    }
  }
  // Every access state appears somewhere, and one snapshot failed (when there are snapshots to spare).
  if (scope.snapshots.length >= 2 * AZURE_SNAPSHOT_ACCESS_STATES.length) {
    for (const needed of AZURE_SNAPSHOT_ACCESS_STATES) {
      if (scope.snapshots.some((s) => s.properties.snapshotAccessState === needed)) continue;
      const victim = scope.snapshots.find((s, i) => s.properties.snapshotAccessState === 'Available' && i % 2 === 1);
      if (victim) setSnapshotAccess(rng, victim, needed);
    }
    const failed = scope.snapshots.find((s) => s.properties.snapshotAccessState === 'Available');
    if (failed) {
      failed.properties.provisioningState = 'Failed';
      failed.properties.snapshotAccessState = 'Unknown';
    }
  }

  // ---- states: a majority running, every documented state present ----
  const targets = planConditions(rng, scope.virtualMachines.length);
  const diskIndex = new Map(scope.disks.map((d) => [d.id.toLowerCase(), d]));
  const creating = new Set(scope.virtualMachines.filter((_, i) => targets[i] === 'creating').map((vm) => vm.id));
  // Still being created: no MAC on its NICs yet.
  for (const nic of scope.networkInterfaces) {
    if (nic.properties.virtualMachine && creating.has(nic.properties.virtualMachine.id)) delete nic.properties.macAddress;
  }
  scope.virtualMachines.forEach((vm, i) => {
    const target = targets[i] ?? 'running';
    if (target === 'running') return;
    const created = Date.parse(vm.properties.timeCreated);
    const transitional = ['creating', 'starting', 'stopping', 'deallocating', 'deleting'].includes(target);
    const at = transitional
      ? atSecond(epoch - rng.int(1, 10) * MINUTE)
      : atSecond(created + rng.int(HOUR, Math.max(HOUR + 1, epoch - created - HOUR)));
    if (target === 'creating') {
      // Still being created: it has not run yet.
      vm.sim.activity = [];
      vm.properties.timeCreated = iso(at);
    }
    applyVmCondition(scope, vm, target, at, diskIndex);
  });

  // ---- leftovers: unattached disks, spare public IPs, a detached NIC ----
  // Loose disks: one waiting for an upload, one receiving it, one exported (SAS), the rest unattached.
  const spareDisks = Math.max(4, Math.round(ctx.vmsPerScope / 10));
  const spareRg = workloadRg('dev');
  for (let k = 0; k < spareDisks; k++) {
    const sku = rng.pick(['Premium_LRS', 'StandardSSD_LRS', 'Standard_LRS'] as const);
    const disk = newDisk(spareRg, `disk-scratch-${k + 1}`, rng.chance(0.5) ? [rng.pick(location.zones)] : undefined, sku, rng.pick([64, 128, 256]), atSecond(epoch - rng.int(DAY, 200 * DAY)), rng.chance(0.5) ? { purpose: 'scratch' } : {}, {});
    if (k === 0) {
      disk.properties.creationData = { createOption: 'Upload', uploadSizeBytes: disk.properties.diskSizeBytes + 512 };
      disk.properties.diskState = 'ReadyToUpload';
    } else if (k === 1) {
      disk.properties.creationData = { createOption: 'Upload', uploadSizeBytes: disk.properties.diskSizeBytes + 512 };
      disk.properties.diskState = 'ActiveUpload';
    } else if (k === 2) {
      disk.properties.diskState = 'ActiveSAS';
    }
    scope.disks.push(disk);
  }
  // A disk of a hibernated VM being exported.
  const hibernated = scope.virtualMachines.find((v) => v.sim.condition === 'hibernated');
  const frozen = hibernated && scope.disks.find((d) => d.managedBy === hibernated.id && d.properties.diskState === 'Frozen');
  if (frozen) frozen.properties.diskState = 'ActiveSASFrozen';

  for (let k = 0; k < 2; k++) scope.publicIPAddresses.push(newPublicIp(networkRg, `pip-reserved-${k + 1}`, undefined, { purpose: 'reserved' }, null));
  {
    const plan = plans[plans.length - 1]!;
    scope.networkInterfaces.push(newNic(networkRg, 'nic-failover-01', plan.app, { purpose: 'failover' }, { accelerated: false }));
  }
  return scope;
}

function planConditions(rng: Random, n: number): AzureVmCondition[] {
  const conditions = Array.from({ length: n }, () =>
    rng.weighted<AzureVmCondition>([
      ['running', 58],
      ['deallocated', 12],
      ['stopped', 6],
      ['starting', 4],
      ['stopping', 3],
      ['deallocating', 3],
      ['hibernated', 3],
      ['creating', 2],
      ['deleting', 3],
      ['failed', 3],
      ['unknown', 3],
    ]),
  );
  const count = (c: AzureVmCondition) => conditions.filter((x) => x === c).length;
  const indexesOf = (keep: (c: AzureVmCondition) => boolean) => conditions.flatMap((c, i) => (keep(c) ? [i] : []));
  if (n >= AZURE_VM_CONDITIONS.length * 2) {
    for (const condition of AZURE_VM_CONDITIONS) {
      if (!conditions.includes(condition)) conditions[rng.pick(indexesOf((c) => c === 'running'))] = condition;
    }
  }
  // Keep a majority running, taking only from states that are there more than once.
  let running = count('running');
  while (running <= n / 2) {
    const counts = new Map(AZURE_VM_CONDITIONS.map((c) => [c, count(c)]));
    const others = indexesOf((c) => c !== 'running' && counts.get(c)! > 1);
    if (others.length === 0) break;
    conditions[rng.pick(others)] = 'running';
    running++;
  }
  return conditions;
}

interface RuleSpec {
  priority: number;
  direction: 'Inbound' | 'Outbound';
  access: 'Allow' | 'Deny';
  protocol: string;
  ports: string[];
  source?: string;
  sourcePrefixes?: string[];
  sourceAsgs?: string[];
  destination?: string;
  description?: string;
}

/** A rule as ARM returns it: single values in the singular fields, several in the plural ones. */
function securityRule(id: string, name: string, etag: string, spec: RuleSpec, type: AzureSecurityRule['type'] = 'Microsoft.Network/networkSecurityGroups/securityRules'): AzureSecurityRule {
  const one = spec.ports.length === 1;
  return {
    id,
    name,
    etag,
    type,
    properties: {
      provisioningState: 'Succeeded',
      ...(spec.description ? { description: spec.description } : {}),
      protocol: spec.protocol,
      sourcePortRange: '*',
      sourcePortRanges: [],
      ...(one ? { destinationPortRange: spec.ports[0] } : {}),
      destinationPortRanges: one ? [] : spec.ports,
      ...(spec.sourceAsgs ? { sourceApplicationSecurityGroups: spec.sourceAsgs.map((asgId) => ({ id: asgId })) } : {}),
      ...(spec.sourcePrefixes || spec.sourceAsgs ? {} : { sourceAddressPrefix: spec.source ?? '*' }),
      sourceAddressPrefixes: spec.sourcePrefixes ?? [],
      destinationAddressPrefix: spec.destination ?? '*',
      destinationAddressPrefixes: [],
      access: spec.access,
      priority: spec.priority,
      direction: spec.direction,
    },
  };
}

/** The six rules every NSG has, as ARM lists them under defaultSecurityRules. */
function defaultRules(nsgId: string, etag: () => string): AzureSecurityRule[] {
  const type = 'Microsoft.Network/networkSecurityGroups/defaultSecurityRules' as const;
  const make = (name: string, spec: RuleSpec, destination: string) =>
    securityRule(`${nsgId}/defaultSecurityRules/${name}`, name, etag(), { ...spec, destination }, type);
  return [
    make('AllowVnetInBound', { priority: 65000, direction: 'Inbound', access: 'Allow', protocol: '*', ports: ['*'], source: 'VirtualNetwork', description: 'Allow inbound traffic from all VMs in VNET' }, 'VirtualNetwork'),
    make('AllowAzureLoadBalancerInBound', { priority: 65001, direction: 'Inbound', access: 'Allow', protocol: '*', ports: ['*'], source: 'AzureLoadBalancer', description: 'Allow inbound traffic from azure load balancer' }, '*'),
    make('DenyAllInBound', { priority: 65500, direction: 'Inbound', access: 'Deny', protocol: '*', ports: ['*'], source: '*', description: 'Deny all inbound traffic' }, '*'),
    make('AllowVnetOutBound', { priority: 65000, direction: 'Outbound', access: 'Allow', protocol: '*', ports: ['*'], source: 'VirtualNetwork', description: 'Allow outbound traffic from all VMs to all VMs in VNET' }, 'VirtualNetwork'),
    make('AllowInternetOutBound', { priority: 65001, direction: 'Outbound', access: 'Allow', protocol: '*', ports: ['*'], source: '*', description: 'Allow outbound traffic from all VMs to Internet' }, 'Internet'),
    make('DenyAllOutBound', { priority: 65500, direction: 'Outbound', access: 'Deny', protocol: '*', ports: ['*'], source: '*', description: 'Deny all outbound traffic' }, '*'),
  ];
}

function newSnapshot(rng: Random, disk: AzureDisk, access: AzureSnapshotAccessState, family: string): AzureSnapshot {
  const from = Date.parse(disk.properties.timeCreated);
  const created = atSecond(from + rng.int(HOUR, Math.max(HOUR + 1, FLEET_EPOCH.getTime() - from - HOUR)));
  const rg = disk.id.split('/')[4]!;
  const sub = disk.id.split('/')[2]!;
  const name = `${disk.name.split('_OsDisk_')[0]!}-snap-${created.toISOString().slice(0, 10).replaceAll('-', '')}-${rng.hex(4)}`;
  const incremental = rng.chance(0.8);
  const snapshot: AzureSnapshot = {
    id: `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Compute/snapshots/${name}`,
    name,
    type: 'Microsoft.Compute/snapshots',
    location: disk.location,
    tags: rng.chance(0.5) ? { 'backup-policy': 'daily' } : {},
    sku: { name: rng.chance(0.8) ? 'Standard_LRS' : 'Standard_ZRS', tier: 'Standard' },
    properties: {
      ...(disk.properties.osType ? { osType: disk.properties.osType, hyperVGeneration: disk.properties.hyperVGeneration } : {}),
      creationData: { createOption: 'Copy', sourceResourceId: disk.id, sourceUniqueId: disk.properties.uniqueId },
      diskSizeGB: disk.properties.diskSizeGB,
      diskSizeBytes: disk.properties.diskSizeBytes,
      uniqueId: rng.uuid(),
      provisioningState: 'Succeeded',
      timeCreated: armTime(created),
      incremental,
      ...(incremental ? { incrementalSnapshotFamilyId: family } : {}),
      encryption: { type: disk.properties.encryption.type },
      networkAccessPolicy: 'AllowAll',
      publicNetworkAccess: 'Enabled',
      snapshotAccessState: 'Available',
      diskState: 'Unattached',
    },
  };
  setSnapshotAccess(rng, snapshot, access);
  return snapshot;
}

function setSnapshotAccess(rng: Random, snapshot: AzureSnapshot, access: AzureSnapshotAccessState): void {
  snapshot.properties.snapshotAccessState = access;
  if (access === 'Pending') snapshot.properties.completionPercent = rng.int(5, 95);
  else delete snapshot.properties.completionPercent;
}

/** Azure MACs: the 00-0D-3A prefix, upper-case, hyphenated. */
function macAddress(rng: Random): string {
  const tail = Array.from({ length: 3 }, () => rng.int(0, 255).toString(16).padStart(2, '0').toUpperCase());
  return ['00', '0D', '3A', ...tail].join('-');
}
