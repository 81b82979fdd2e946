// libvirt networks → Network. One run lists them with their state (`net-list --all`), one more
// reads their definitions (`net-dumpxml` for each): the bridge, the forward mode (nat, route,
// bridge, isolated when none) and the address ranges. libvirt has no subnets, security groups
// (nwfilters are per-NIC filters, not groups) or public IPs.
import { XMLParser } from 'fast-xml-parser';
import { networkCidr, prefixOfNetmask } from '../cidr.js';
import { extrasOf, resourceBase } from '../common.js';
import type { Network, Scope } from '../types.js';
import { quoted, type Virsh } from './virsh.js';

export interface VirtualNetwork {
  name: string;
  active: boolean;
  autostart: boolean;
  bridge: string | null;
  forward: string;
  cidrs: string[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'ip' });

export async function readNetworks(virsh: Virsh): Promise<VirtualNetwork[]> {
  const rows = (await virsh.run('net-list', ['net-list --all'])).stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells.length >= 3 && cells[0]);
  if (rows.length === 0) return [];
  const output = await virsh.run('net-dumpxml', rows.map(([name]) => `net-dumpxml --network ${quoted(name!)}`));
  const definitions = new Map(
    (output.stdout.match(/<network[\s>][\s\S]*?<\/network>/g) ?? []).map((xml) => {
      const network = (parser.parse(xml) as { network: NetworkXml }).network;
      return [String(network.name), network] as const;
    }),
  );
  return rows.flatMap(([name, state, autostart]) => {
    const definition = definitions.get(name!);
    if (!definition) return [];
    return [{ name: name!, active: state === 'active', autostart: autostart === 'yes', bridge: definition.bridge?.name ?? null, forward: definition.forward?.mode ?? (definition.forward ? 'nat' : 'isolated'), cidrs: (definition.ip ?? []).flatMap(cidrOf) }];
  });
}

interface NetworkXml {
  name: string;
  bridge?: { name?: string };
  forward?: { mode?: string };
  ip?: { address?: string; netmask?: string; prefix?: string; family?: string }[];
}

function cidrOf(ip: NonNullable<NetworkXml['ip']>[number]): string[] {
  if (!ip.address) return [];
  if (ip.prefix !== undefined) return [networkCidr(ip.address, Number(ip.prefix))];
  return ip.netmask ? [networkCidr(ip.address, prefixOfNetmask(ip.netmask))] : [];
}

export function mapNetwork(owner: Scope, network: VirtualNetwork): Network {
  return {
    ...resourceBase(owner, 'network', network.name, network.name, []),
    extras: extrasOf({ bridge: network.bridge, forward: network.forward, autostart: network.autostart }),
    cidrBlocks: network.cidrs,
    isDefault: network.name === 'default',
    providerState: network.active ? 'active' : 'inactive',
  };
}
