// KVM hosts for libvirt's own test driver (no hand-written protocol: virsh reads the node XML
// the simulated fleet is written to).
export { startLibvirtTestDriver, virshAvailable, type LibvirtTestDriver } from './test-driver.js';
export { nodeXml } from './node-xml.js';
