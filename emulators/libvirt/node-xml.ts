// A host as libvirt's test driver reads it (`test:///path/node.xml`): the node's CPU and memory,
// each domain with its initial run state (`<test:runstate>`), the networks and the `default`
// directory pool with its volumes. The test driver reads the file afresh on every connection, so
// rewriting it is how the simulated host changes.
import { POOL_PATH } from './fleet/generate.js';
import type { LvDisk, LvDomain, LvHost, LvNetwork } from './fleet/types.js';

const TEST_NS = 'http://libvirt.org/schemas/domain/test/1.0';

export function nodeXml(host: LvHost): string {
  const disks = [...host.domains.flatMap((d) => d.disks), ...host.looseVolumes];
  return [
    '<node>',
    '  <cpu><mhz>2400</mhz><model>x86_64</model><nodes>1</nodes><sockets>2</sockets><cores>16</cores><threads>2</threads><active>64</active></cpu>',
    `  <memory>${256 * 1024 * 1024}</memory>`,
    ...host.domains.map(domainXml),
    ...host.networks.map(networkXml),
    poolXml(disks),
    '</node>',
    '',
  ].join('\n');
}

function domainXml(domain: LvDomain): string {
  return `  <domain type='test' xmlns:test='${TEST_NS}'>
    <name>${escape(domain.name)}</name>
    <uuid>${domain.uuid}</uuid>
    <title>${escape(domain.title)}</title>
    <memory unit='KiB'>${domain.memoryKiB}</memory>
    <vcpu>${domain.vcpus}</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <devices>
${domain.disks.map((d) => `      <disk type='file' device='disk'><driver name='qemu' type='${d.format}'/><source file='${escape(d.file)}'/><target dev='${d.target}' bus='virtio'/></disk>`).join('\n')}
${domain.nics.map((n) => `      <interface type='network'><mac address='${n.mac}'/><source network='${escape(n.network)}'/><model type='virtio'/></interface>`).join('\n')}
    </devices>
    <test:runstate>${domain.state}</test:runstate>
  </domain>`;
}

function networkXml(network: LvNetwork): string {
  const forward = network.forward ? `<forward mode='${network.forward}'/>` : '';
  return `  <network><name>${escape(network.name)}</name><bridge name='${network.bridge}'/>${forward}<ip address='${network.address}' netmask='${network.netmask}'/></network>`;
}

function poolXml(disks: readonly LvDisk[]): string {
  const capacity = disks.reduce((sum, d) => sum + d.capacityGiB, 0);
  return `  <pool type='dir'><name>default</name><capacity unit='GiB'>${capacity * 2}</capacity><available unit='GiB'>${capacity}</available><target><path>${POOL_PATH}</path></target>
${disks.map((d) => `    <volume type='file'><name>${escape(d.file.slice(POOL_PATH.length + 1))}</name><capacity unit='GiB'>${d.capacityGiB}</capacity><allocation unit='bytes'>${Math.round(d.allocationGiB * 1024 ** 3)}</allocation><target><path>${escape(d.file)}</path><format type='${d.format}'/></target></volume>`).join('\n')}
  </pool>`;
}

function escape(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
