// `virsh dumpxml` of several domains in one run: their <domain> documents one after another,
// read into what FleetGraph uses — identity, size, disks (where each is stored and as what device)
// and NICs (MAC, the network or bridge it is on). A domain that vanished between the listing and
// this read has no document (virsh printed an error for it instead).
import { XMLParser } from 'fast-xml-parser';

export interface DomainDisk {
  /** disk, cdrom, floppy, lun */
  device: string;
  /** The file, block device or pool/volume the disk is backed by; null for an empty CD-ROM. */
  source: string | null;
  /** vda, sdb, … */
  target: string | null;
  format: string | null;
}

export interface DomainNic {
  mac: string | null;
  /** network, bridge, direct, user, … */
  type: string;
  /** The libvirt network or the host bridge it is attached to. */
  network: string | null;
  bridge: string | null;
  model: string | null;
  /** The host-side device while running (vnet0). */
  target: string | null;
}

export interface DomainSpec {
  name: string;
  uuid: string;
  title: string | null;
  description: string | null;
  /** kvm, qemu, test, … */
  hypervisor: string | null;
  vcpus: number | null;
  memoryKiB: number | null;
  osType: string | null;
  arch: string | null;
  disks: DomainDisk[];
  nics: DomainNic[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', isArray: (name) => name === 'disk' || name === 'interface' });

type Node = Record<string, unknown>;

export function parseDomainXmls(output: string): DomainSpec[] {
  const documents = output.match(/<domain[\s>][\s\S]*?<\/domain>/g) ?? [];
  return documents.map((xml) => domainOf((parser.parse(xml) as { domain: Node }).domain));
}

function domainOf(domain: Node): DomainSpec {
  const devices = (domain.devices ?? {}) as { disk?: Node[]; interface?: Node[] };
  const os = (domain.os ?? {}) as { type?: Node | string };
  const osType = typeof os.type === 'object' ? os.type : { '#text': os.type };
  return {
    name: text(domain.name) ?? '',
    uuid: text(domain.uuid) ?? '',
    title: text(domain.title),
    description: text(domain.description),
    hypervisor: attr(domain, 'type'),
    vcpus: numberOf(text(domain.vcpu)),
    memoryKiB: memoryKiB(domain.memory),
    osType: text(osType?.['#text']),
    arch: attr(osType, 'arch'),
    disks: (devices.disk ?? []).map(diskOf),
    nics: (devices.interface ?? []).map(nicOf),
  };
}

function diskOf(disk: Node): DomainDisk {
  const source = (disk.source ?? {}) as Node;
  const volume = attr(source, 'pool') && attr(source, 'volume') ? `${attr(source, 'pool')}/${attr(source, 'volume')}` : null;
  return {
    device: attr(disk, 'device') ?? 'disk',
    source: attr(source, 'file') ?? attr(source, 'dev') ?? volume ?? attr(source, 'name'),
    target: attr(disk.target as Node, 'dev'),
    format: attr(disk.driver as Node, 'type'),
  };
}

function nicOf(nic: Node): DomainNic {
  const source = (nic.source ?? {}) as Node;
  return {
    mac: attr(nic.mac as Node, 'address')?.toLowerCase() ?? null,
    type: attr(nic, 'type') ?? 'unknown',
    network: attr(source, 'network'),
    bridge: attr(source, 'bridge') ?? attr(source, 'dev'),
    model: attr(nic.model as Node, 'type'),
    target: attr(nic.target as Node, 'dev'),
  };
}

const UNITS: Record<string, number> = { b: 1 / 1024, bytes: 1 / 1024, k: 1, kib: 1, kb: 1000 / 1024, m: 1024, mib: 1024, mb: 1e6 / 1024, g: 1024 ** 2, gib: 1024 ** 2, gb: 1e9 / 1024 };

function memoryKiB(memory: unknown): number | null {
  if (memory === undefined || memory === null) return null;
  const node = typeof memory === 'object' ? (memory as Node) : { '#text': memory };
  const value = numberOf(text(node['#text']));
  const unit = (attr(node, 'unit') ?? 'KiB').toLowerCase();
  return value === null ? null : Math.round(value * (UNITS[unit] ?? 1));
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return text((value as Node)['#text']);
  const said = String(value).trim();
  return said === '' ? null : said;
}

function attr(node: Node | undefined | null, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const value = node[name];
  return value === undefined || value === null || typeof value === 'object' ? null : String(value);
}

function numberOf(value: string | null): number | null {
  if (value === null) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}
