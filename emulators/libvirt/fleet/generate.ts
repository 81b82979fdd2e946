// One KVM host, generated from the seed: `vmsPerScope` domains (mostly running; the first host's
// first domains take each of libvirt's eight states once), one or two qcow2 disks each in the
// `default` pool, a NIC on the NAT network `default` (every fifth also on the routed `backend`),
// and a disk left behind by a deleted domain.
import { Random } from '../../kit/prng.js';
import { TAG_VOCABULARY } from '../../kit/vocabulary.js';
import type { DomainStateNumber, LvDisk, LvDomain, LvHost } from './types.js';

export const POOL_PATH = '/var/lib/libvirt/images';
const SIZES = [
  { vcpus: 1, memoryGiB: 1 },
  { vcpus: 2, memoryGiB: 4 },
  { vcpus: 4, memoryGiB: 8 },
  { vcpus: 8, memoryGiB: 16 },
] as const;
/** Every state but running once, on the first host (nostate, blocked, paused, shutdown, shutoff, crashed, pmsuspended). */
const FORCED: readonly DomainStateNumber[] = [0, 2, 3, 4, 5, 6, 7];

export function generateHost(seed: number, name: string, hostIndex: number, vmsPerScope: number): LvHost {
  const random = Random.of(seed, 'libvirt', name);
  const domains: LvDomain[] = [];
  for (let i = 0; i < vmsPerScope; i++) {
    const forced = hostIndex === 0 ? FORCED[i] : undefined;
    domains.push(domainOf(random, name, i, forced ?? (random.chance(0.8) ? 1 : 5)));
  }
  return {
    name,
    domains,
    networks: [
      { name: 'default', bridge: 'virbr0', forward: 'nat', address: '192.168.122.1', netmask: '255.255.255.0' },
      { name: 'backend', bridge: 'virbr1', forward: 'route', address: `10.${50 + hostIndex}.0.1`, netmask: '255.255.0.0' },
    ],
    looseVolumes: [diskOf(random, `${name}-orphan`, 0)],
  };
}

function domainOf(random: Random, host: string, index: number, state: DomainStateNumber): LvDomain {
  const app = random.pick(TAG_VOCABULARY.app);
  const env = random.pick(TAG_VOCABULARY.env);
  const size = random.pick(SIZES);
  const name = `${app}-${env}-${host}-${String(index + 1).padStart(2, '0')}`;
  const disks = [diskOf(random, name, 0)];
  if (random.chance(0.3)) disks.push(diskOf(random, name, 1));
  const nics = [{ mac: macOf(random), network: 'default' }];
  if (index % 5 === 4) nics.push({ mac: macOf(random), network: 'backend' });
  return { name, uuid: random.uuid(), title: `${app} (${env})`, vcpus: size.vcpus, memoryKiB: size.memoryGiB * 1024 * 1024, state, disks, nics };
}

function diskOf(random: Random, owner: string, index: number): LvDisk {
  const capacityGiB = random.pick([10, 20, 40, 80]);
  return { file: `${POOL_PATH}/${owner}-disk${index}.qcow2`, target: `vd${String.fromCharCode(97 + index)}`, format: 'qcow2', capacityGiB, allocationGiB: Math.round(capacityGiB * random.float() * 100) / 100 };
}

function macOf(random: Random): string {
  // 52:54:00 is the prefix QEMU/libvirt give generated NICs.
  return ['52', '54', '00', random.hex(2), random.hex(2), random.hex(2)].join(':');
}
