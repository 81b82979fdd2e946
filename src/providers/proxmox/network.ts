// Node bridges → Network. Guests attach to a node's Linux or OVS bridge, so each bridge is a
// network, named `<node>/<iface>` (vmbr0 on two nodes are two bridges); its address, when it has
// one, is its range. Proxmox has no subnets, public IP or NIC resources.
import { networkCidr } from '../cidr.js';
import { extrasOf, resourceBase } from '../common.js';
import type { Network, Scope } from '../types.js';
import type { PveNetworkInterface } from './wire.js';

export const BRIDGE_TYPES = new Set(['bridge', 'OVSBridge']);

export function mapBridge(owner: Scope, node: string, bridge: PveNetworkInterface): Network {
  return {
    ...resourceBase(owner, 'network', `${node}/${bridge.iface}`, bridge.iface, []),
    extras: extrasOf({ node, type: bridge.type, ports: bridge.bridge_ports, vlanAware: bridge.bridge_vlan_aware === 1, gateway: bridge.gateway, comments: bridge.comments?.trim(), autostart: bridge.autostart === 1 }),
    cidrBlocks: [bridge.cidr, bridge.cidr6].filter((c): c is string => Boolean(c)).map((cidr) => (cidr.includes('/') ? networkCidr(cidr.split('/')[0]!, Number(cidr.split('/')[1])) : cidr)),
    isDefault: bridge.iface === 'vmbr0',
    providerState: bridge.active === 1 ? 'active' : 'inactive',
  };
}
