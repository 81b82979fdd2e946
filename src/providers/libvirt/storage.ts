// Storage pool volumes → Volume. One run lists the pools (`pool-list --all --name`), one more the
// volumes of all of them (`vol-list --pool P --details` for each, in order). A volume is named by
// its path (what a domain's disk names as its source), IN_USE while a domain's disk is stored in
// it. vol-list gives sizes in binary units with two decimals: the model's whole GiB are rounded
// up from them. Disks stored outside any pool are no pool's volumes and are not listed.
import { extrasOf, resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { Scope, Volume } from '../types.js';
import type { DomainSpec } from './domain-xml.js';
import { quoted, type Virsh } from './virsh.js';

export interface PoolVolume {
  pool: string;
  name: string;
  path: string;
  type: string;
  capacityGiB: number;
  allocationGiB: number;
}

const MARKER = '@@fleetgraph-pool@@';

const BINARY_UNITS: Record<string, number> = { B: 1 / 1024 ** 3, bytes: 1 / 1024 ** 3, KiB: 1 / 1024 ** 2, MiB: 1 / 1024, GiB: 1, TiB: 1024, PiB: 1024 ** 2 };

export async function readPoolVolumes(virsh: Virsh): Promise<PoolVolume[]> {
  const pools = (await virsh.run('pool-list', ['pool-list --all --name'])).stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  if (pools.length === 0) return [];
  // Each pool's table follows a marker echoed before it (virsh's echo ends no line: the marker is
  // cut out, not read as a line), so a pool whose listing failed leaves its part empty.
  const output = await virsh.run('vol-list', pools.map((pool, i) => `echo --str ${quoted(`${MARKER}${i}${MARKER}`)}; vol-list --pool ${quoted(pool)} --details`));
  const parts = output.stdout.split(new RegExp(`${MARKER}(\\d+)${MARKER}`));
  const volumes: PoolVolume[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const pool = pools[Number(parts[i])]!;
    for (const line of parts[i + 1]!.split('\n')) {
      const row = /^\s*(\S+)\s+(\S+)\s+(\S+)\s+([\d.]+)\s+(\S+)\s+([\d.]+)\s+(\S+)\s*$/.exec(line);
      if (row) volumes.push({ pool, name: row[1]!, path: row[2]!, type: row[3]!, capacityGiB: gib(row[4]!, row[5]!), allocationGiB: gib(row[6]!, row[7]!) });
    }
  }
  return volumes;
}

function gib(value: string, unit: string): number {
  return Number(value) * (BINARY_UNITS[unit] ?? 1);
}

export function mapVolume(owner: Scope, volume: PoolVolume, domains: readonly DomainSpec[]): Volume {
  const users = domains.flatMap((d) => d.disks.filter((disk) => disk.source === volume.path).map((disk) => ({ domain: d, disk })));
  return {
    ...resourceBase(owner, 'volume', volume.path, volume.name, []),
    extras: extrasOf({ pool: volume.pool, type: volume.type, allocationGiB: Math.round(volume.allocationGiB * 100) / 100 }),
    zone: null,
    state: users.length > 0 ? 'IN_USE' : 'AVAILABLE',
    providerState: '',
    sizeGiB: Math.ceil(Math.round(volume.capacityGiB * 100) / 100),
    volumeType: volume.type,
    iops: null,
    encrypted: false,
    createdAt: null,
    snapshotId: null,
    attachments: users.map(({ domain, disk }) => ({ vmId: globalId(owner, 'vm', domain.uuid), state: 'ATTACHED' as const, providerState: null, device: disk.target, deleteOnTermination: null })),
  };
}
