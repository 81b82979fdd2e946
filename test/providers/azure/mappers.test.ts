// The pure Azure mappers: NSG rules, NICs, ids and the counting policy's operation names.
import { describe, expect, it } from 'vitest';
import { canonicalArmId, parentArmId, parseArmId } from '../../../src/providers/azure/arm-ids.js';
import { operationOf } from '../../../src/providers/azure/counting.js';
import { mapNetworkInterface, mapPublicIpAddress, rulesOf } from '../../../src/providers/azure/network.js';

const SUB = '11111111-1111-4111-8111-111111111111';
const RG = `/subscriptions/${SUB}/resourceGroups/RG-Prod`;

describe('NSG rules', () => {
  it('makes one model rule per port range, with the sources of an inbound rule', () => {
    const rules = rulesOf({
      name: 'AllowMonitoring',
      description: 'scrapers',
      direction: 'Inbound',
      access: 'Allow',
      priority: 130,
      protocol: 'Tcp',
      sourceAddressPrefixes: ['10.0.0.0/8', '192.168.0.0/16'],
      destinationAddressPrefix: '*',
      destinationPortRanges: ['9100', '9200-9299'],
    });
    expect(rules).toEqual([
      { direction: 'INGRESS', protocol: 'tcp', fromPort: 9100, toPort: 9100, icmpType: null, icmpCode: null, sources: ['10.0.0.0/8', '192.168.0.0/16'], action: 'ALLOW', priority: 130, description: 'AllowMonitoring: scrapers' },
      { direction: 'INGRESS', protocol: 'tcp', fromPort: 9200, toPort: 9299, icmpType: null, icmpCode: null, sources: ['10.0.0.0/8', '192.168.0.0/16'], action: 'ALLOW', priority: 130, description: 'AllowMonitoring: scrapers' },
    ]);
  });

  it('reads `*` as any address, keeps service tags and ASGs, and names a narrowed far side', () => {
    const [deny] = rulesOf({ name: 'DenyAll', direction: 'Inbound', access: 'Deny', priority: 4096, protocol: '*', sourceAddressPrefix: '*', destinationAddressPrefix: '10.1.2.0/24', destinationPortRange: '*' });
    expect(deny).toMatchObject({ protocol: 'all', fromPort: null, toPort: null, sources: ['0.0.0.0/0', '::/0'], action: 'DENY', description: 'DenyAll (to 10.1.2.0/24)' });
    const [fromAsg] = rulesOf({
      name: 'FromWeb',
      direction: 'Inbound',
      access: 'Allow',
      priority: 100,
      protocol: 'Tcp',
      sourceApplicationSecurityGroups: [{ id: `${RG}/providers/Microsoft.Network/applicationSecurityGroups/ASG-Web` }],
      destinationAddressPrefix: '*',
      destinationPortRange: '8080',
    });
    expect(fromAsg!.sources).toEqual([`/subscriptions/${SUB}/resourcegroups/rg-prod/providers/microsoft.network/applicationsecuritygroups/asg-web`]);
    const [out] = rulesOf({ name: 'NoMail', direction: 'Outbound', access: 'Deny', priority: 200, protocol: 'Tcp', sourceAddressPrefix: '*', destinationAddressPrefix: 'Internet', destinationPortRange: '25' });
    expect(out).toMatchObject({ direction: 'EGRESS', sources: ['Internet'], fromPort: 25, toPort: 25, description: 'NoMail' });
    expect(rulesOf({ name: 'Esp', direction: 'Inbound', access: 'Allow', priority: 1, protocol: 'Esp', sourceAddressPrefix: 'VirtualNetwork' })[0]!.protocol).toBe('esp');
  });
});

describe('network interfaces and public IPs', () => {
  const nicId = `${RG}/providers/Microsoft.Network/networkInterfaces/web-01-nic01`;
  const subnetId = `${RG}/providers/Microsoft.Network/virtualNetworks/vnet-1/subnets/snet-web`;

  it('canonicalises every reference and derives the VNet from the subnet', () => {
    const nic = mapNetworkInterface(SUB, {
      id: nicId,
      name: 'web-01-nic01',
      location: 'westeurope',
      macAddress: '00-0D-3A-AB-CD-EF',
      virtualMachine: { id: `/subscriptions/${SUB}/resourceGroups/RG-PROD/providers/Microsoft.Compute/virtualMachines/web-01` },
      networkSecurityGroup: { id: `${RG}/providers/Microsoft.Network/networkSecurityGroups/web-01-nsg` },
      ipConfigurations: [{ id: `${nicId}/ipConfigurations/ipconfig1`, primary: true, privateIPAddress: '10.0.0.4', subnet: { id: subnetId } }],
      provisioningState: 'Succeeded',
    });
    expect(nic.macAddress).toBe('00:0d:3a:ab:cd:ef');
    expect(nic.vmId).toBe(`azure:${SUB}:westeurope:vm:${encodeURIComponent(`/subscriptions/${SUB}/resourcegroups/rg-prod/providers/microsoft.compute/virtualmachines/web-01`)}`);
    expect(nic.networkId).toBe(`azure:${SUB}:westeurope:network:${encodeURIComponent(canonicalArmId(parentArmId(subnetId)))}`);
    expect(nic.privateIps).toEqual(['10.0.0.4']);
    expect(nic.securityGroupIds).toHaveLength(1);
  });

  it('lists a dual-stack NIC\'s IPv4 addresses, primary first, and keeps its IPv6 ones in extras', () => {
    const nic = mapNetworkInterface(SUB, {
      id: nicId,
      location: 'westeurope',
      ipConfigurations: [
        { id: `${nicId}/ipConfigurations/ipconfig2`, primary: false, privateIPAddress: '10.0.0.9', privateIPAddressVersion: 'IPv4', subnet: { id: subnetId } },
        { id: `${nicId}/ipConfigurations/ipconfig-v6`, primary: false, privateIPAddress: 'fd00:db8:a:1::4', privateIPAddressVersion: 'IPv6', subnet: { id: subnetId } },
        { id: `${nicId}/ipConfigurations/ipconfig1`, primary: true, privateIPAddress: '10.0.0.4', privateIPAddressVersion: 'IPv4', subnet: { id: subnetId } },
      ],
    });
    expect(nic.privateIps).toEqual(['10.0.0.4', '10.0.0.9']);
    expect(nic.extras).toContainEqual({ key: 'ipv6Addresses', value: 'fd00:db8:a:1::4' });
  });

  it('finds the NIC a public IP is on, and only a NIC', () => {
    const pip = mapPublicIpAddress(SUB, { id: `${RG}/providers/Microsoft.Network/publicIPAddresses/p`, location: 'eastus', ipAddress: '20.1.2.3', publicIPAllocationMethod: 'Static', ipConfiguration: { id: `${nicId}/ipConfigurations/ipconfig1` } });
    expect(pip.networkInterfaceId).toContain(encodeURIComponent(canonicalArmId(nicId)));
    expect(pip).toMatchObject({ address: '20.1.2.3', allocation: 'static', vmId: null, region: 'eastus' });
    const lb = mapPublicIpAddress(SUB, {
      id: `${RG}/providers/Microsoft.Network/publicIPAddresses/lb`,
      location: 'eastus',
      ipConfiguration: { id: `${RG}/providers/Microsoft.Network/loadBalancers/lb/frontendIPConfigurations/fe` },
    });
    expect(lb.networkInterfaceId).toBeNull();
    expect(lb.address).toBe('');
  });
});

describe('ARM ids', () => {
  it('parses resources and child resources, case-insensitively', () => {
    expect(parseArmId(`${RG}/providers/Microsoft.Compute/virtualMachines/web-01`)).toEqual({ subscriptionId: SUB, resourceGroup: 'RG-Prod', type: 'Microsoft.Compute/virtualMachines', name: 'web-01' });
    expect(parseArmId(subnetLike())!.type).toBe('Microsoft.Network/virtualNetworks/subnets');
    expect(parseArmId('/not/an/id')).toBeNull();
  });
});

function subnetLike(): string {
  return `${RG.toUpperCase()}/providers/Microsoft.Network/virtualNetworks/v/subnets/s`;
}

describe('operation names for the upstream counter', () => {
  it.each([
    ['GET', `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01&statusOnly=true`, 'virtualMachines.listAll'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01&statusOnly=true&$skiptoken=abc`, 'virtualMachines.listAll'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Compute/disks?api-version=2025-01-02`, 'disks.list'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/disks`, 'disks.listByResourceGroup'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Compute/skus?$filter=location%20eq%20'eastus'`, 'resourceSkus.list'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Compute/locations/eastus/vmSizes`, 'virtualMachineSizes.list'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/providers/Microsoft.Network/publicIPAddresses`, 'publicIPAddresses.listAll'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s`, 'subnets.get'],
    ['GET', `https://management.azure.com/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1`, 'virtualMachines.get'],
    ['POST', `https://westeurope.metrics.monitor.azure.com/subscriptions/${SUB}/metrics:getBatch?metricnamespace=x`, 'metrics.getBatch'],
    ['GET', 'not a url', 'unknown'],
  ])('%s %s → %s', (method, url, operation) => {
    expect(operationOf(method, url)).toBe(operation);
  });
});
