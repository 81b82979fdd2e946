// The network side of a new VM: the subnet its networkInterfaceConfigurations name (400
// InvalidResourceReference when there is none such), and the NIC ARM creates from them, with the
// next free private address of the subnet.
import { armErrors, ArmError } from '../errors.js';
import type { AzureNetworkInterface, AzureSubnet } from '../fleet/types.js';
import type { WriteContext, WriteTarget } from './context.js';

type Body = Record<string, unknown>;
const obj = (value: unknown): Body => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {});
const list = (value: unknown): Body[] => (Array.isArray(value) ? (value as unknown[]).map(obj) : []);

/** The first NIC configuration and its first IP configuration. */
function configOf(properties: Body): { nic: Body; ip: Body } {
  const nic = list(obj(properties['networkProfile'])['networkInterfaceConfigurations'])[0];
  if (!nic) throw armErrors.invalidParameter('networkProfile', 'The VM must have at least one network interface: networkProfile.networkInterfaceConfigurations is empty.');
  return { nic, ip: list(obj(nic['properties'])['ipConfigurations'])[0] ?? {} };
}

export function subnetOf(ctx: WriteContext, properties: Body): AzureSubnet {
  const { ip } = configOf(properties);
  const id = String(obj(obj(ip['properties'])['subnet'])['id'] ?? '');
  const vnetId = id.split('/').slice(0, -2).join('/');
  const vnet = ctx.fleet.scopeOfResource(vnetId)?.virtualNetworks.find((v) => v.id.toLowerCase() === vnetId.toLowerCase());
  const subnet = vnet?.properties.subnets.find((s) => s.id.toLowerCase() === id.toLowerCase());
  if (!subnet) throw new ArmError(400, 'InvalidResourceReference', `Resource ${id || '(none)'} referenced by resource networkInterfaceConfigurations was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`);
  return subnet;
}

export function nicFor(ctx: WriteContext, t: WriteTarget, location: string, subnet: AzureSubnet, properties: Body, tags: Record<string, string>): AzureNetworkInterface {
  const { nic } = configOf(properties);
  const name = String(nic['name'] ?? `${t.name}-nic`);
  const id = `/subscriptions/${t.subscriptionId}/resourceGroups/${t.resourceGroup}/providers/Microsoft.Network/networkInterfaces/${name}`;
  const nsg = obj(obj(nic['properties'])['networkSecurityGroup'])['id'];
  return {
    id,
    name,
    type: 'Microsoft.Network/networkInterfaces',
    location,
    tags,
    etag: `W/"${ctx.random.uuid()}"`,
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: ctx.random.uuid(),
      ipConfigurations: [
        {
          id: `${id}/ipConfigurations/ipconfig1`,
          name: 'ipconfig1',
          etag: `W/"${ctx.random.uuid()}"`,
          type: 'Microsoft.Network/networkInterfaces/ipConfigurations',
          properties: { provisioningState: 'Succeeded', privateIPAddress: freeAddress(ctx, subnet), privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: 'IPv4', subnet: { id: subnet.id }, primary: true },
        },
      ],
      dnsSettings: { dnsServers: [], appliedDnsServers: [], internalDomainNameSuffix: `${ctx.random.hex(26)}.ax.internal.cloudapp.net` },
      primary: true,
      enableAcceleratedNetworking: false,
      enableIPForwarding: false,
      vnetEncryptionSupported: false,
      disableTcpStateTracking: false,
      ...(typeof nsg === 'string' ? { networkSecurityGroup: { id: nsg } } : {}),
      hostedWorkloads: [],
      nicType: 'Standard',
      auxiliaryMode: 'None',
    },
  };
}

/** The subnet's lowest host address no NIC holds (Azure keeps the first four). */
function freeAddress(ctx: WriteContext, subnet: AzureSubnet): string {
  const prefix = subnet.properties.addressPrefix ?? subnet.properties.addressPrefixes?.[0] ?? '10.0.0.0/24';
  const [base] = prefix.split('/');
  const octets = base!.split('.').map(Number);
  const used = new Set(
    ctx.fleet.scopes().flatMap((s) => s.networkInterfaces.flatMap((n) => n.properties.ipConfigurations.map((c) => c.properties.privateIPAddress))),
  );
  for (let host = 4; host < 255; host++) {
    const address = `${octets[0]}.${octets[1]}.${octets[2]}.${host}`;
    if (!used.has(address)) return address;
  }
  throw new ArmError(400, 'SubnetIsFull', `Subnet ${subnet.name} with address prefix ${prefix} does not have enough capacity for 1 IP address.`);
}
