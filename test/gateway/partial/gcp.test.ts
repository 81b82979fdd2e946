// Partial failure on GCP through the running gateway: with each auxiliary call refused alone (403
// PERMISSION_DENIED, a role without that permission) for one project, everything is answered but
// the fields that call feeds (null) — or, for the public IP listing, the addresses that call lists
// — beside exactly one error naming provider, project, region and operation. Custom machine types
// keep their size without the machine type lookup. And what the emulator sets (PENDING_STOP,
// shared-core custom types, IPv6, several interfaces) comes through as it set it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import type { GceInstance } from '../../../emulators/fleet.js';
import { PartialGcpPublicIpsDocument, PartialGcpVmsDocument, type PartialGcpVmsQuery } from '../../generated/operations.js';
import { GCP_AUXILIARY, gcpFieldsFedBy, gcpVmTruth, isCustomType, type GcpAuxiliary, type GcpVmField } from '../../providers/gcp/vm-truth.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const NO_CACHE = { vm: 0, publicIp: 0 };
/** Enough VMs for the seeded fleet to hold every status and every custom type it launches. */
const VMS_PER_SCOPE = 60;
const PROD = 'fleet-demo-prod';
const DEV = 'fleet-demo-dev';

type VmNode = PartialGcpVmsQuery['vms']['nodes'][number];

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);

describe('GCP partial failure through the gateway', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['gcp'], vmsPerScope: VMS_PER_SCOPE, ttlSeconds: NO_CACHE });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    app.sandbox!.gcp!.faults.clear();
  });

  const instancesOf = (project: string): GceInstance[] => app.sandbox!.fleet.gcp.project(project)!.regions.flatMap((r) => r.instances);
  const listVms = (accounts: string[] = [PROD, DEV]) => execute(gatewayUrl(app), PartialGcpVmsDocument, { first: 1000, filter: { providers: ['GCP'], accounts } });
  const listPublicIps = () => execute(gatewayUrl(app), PartialGcpPublicIpsDocument, { first: 1000, filter: { providers: ['GCP'] } });

  /** Each VM of `accounts` as the fleet has it, but for the fields `call` feeds where it was refused. */
  function expectVms(nodes: readonly VmNode[], accounts: string[], refused?: { call: GcpAuxiliary; account: string }): void {
    const fleet = app.sandbox!.fleet;
    const sources = new Map(accounts.flatMap((a) => instancesOf(a).map((i) => [`${a}/${i.name}`, i] as const)));
    expect(nodes).toHaveLength(sources.size);
    for (const node of nodes) {
      const source = sources.get(`${node.account}/${node.nativeId}`)!;
      const truth = gcpVmTruth(fleet, source);
      const unknown = refused && node.account === refused.account ? gcpFieldsFedBy(source, refused.call) : [];
      expect(node.providerState).toBe(source.status);
      expect(node.instanceType).toBe(lastSegment(source.machineType));
      for (const field of Object.keys(truth) as GcpVmField[]) {
        const got = node[field];
        const value = (field === 'securityGroupIds' || field === 'volumeIds') && Array.isArray(got) ? [...got].sort() : got;
        expect(value, `${node.nativeId} ${field}`).toEqual(unknown.includes(field) ? null : truth[field]);
      }
    }
  }

  function expectOneRefusal(errors: readonly { message: string; extensions?: Record<string, unknown> }[] | undefined, operation: string): void {
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'gcp', account: PROD, region: '*', operation, providerCode: 'forbidden' });
    expect(errors![0]!.message).toContain(operation);
  }

  // machineTypes.list first: once a type's size is known, the process keeps it. Asked for the
  // refused project's VMs alone, as another project's lookup that succeeded would size them too.
  it.each(GCP_AUXILIARY.map((call) => [call]))('%s refused for one project: only what it feeds is null, with one error naming it', async (call) => {
    const emulator = app.sandbox!.gcp!;
    emulator.faults.add({ action: call, account: PROD, kind: 'forbidden' });
    emulator.requests.reset();
    const accounts = call === 'machineTypes.list' ? [PROD] : [PROD, DEV];
    const result = await listVms(accounts);
    expectVms(result.data!.vms.nodes, accounts, { call, account: PROD });
    if (call === 'machineTypes.list') {
      // Custom types kept their size without the lookup: plain, extended and shared-core ones.
      const custom = instancesOf(PROD).filter(isCustomType).map((i) => lastSegment(i.machineType));
      expect(custom.some((t) => /^e2-custom-(micro|small|medium)-/.test(t))).toBe(true);
      expect(custom.some((t) => /-custom-\d+-\d+$|^custom-/.test(t))).toBe(true);
    }
    expectOneRefusal(result.errors, call);
    // Refused, not retried: one call for the listing.
    expect(emulator.requests.count({ action: call, account: PROD, status: 403 })).toBe(1);
  });

  it.each([
    ['globalAddresses.list', 'regional'],
    ['addresses.aggregatedList', 'global'],
  ] as const)('public IPs with %s refused for one project: its %s addresses and every other project’s, with one error', async (call, kept) => {
    const emulator = app.sandbox!.gcp!;
    emulator.faults.add({ action: call, account: PROD, kind: 'forbidden' });
    emulator.requests.reset();
    const result = await listPublicIps();
    const external = (project: string, which: 'regional' | 'global' | 'all') => {
      const data = app.sandbox!.fleet.gcp.project(project)!;
      const regional = data.regions.flatMap((r) => r.addresses);
      const addresses = which === 'regional' ? regional : which === 'global' ? data.globalAddresses : [...regional, ...data.globalAddresses];
      return addresses.filter((a) => a.addressType === 'EXTERNAL').map((a) => `${project} ${a.name} ${a.address}`);
    };
    const expected = [...external(PROD, kept), ...external(DEV, 'all')].sort();
    expect(external(PROD, kept).length).toBeGreaterThan(0);
    expect(result.data!.publicIps.nodes.map((ip) => `${ip.account} ${ip.nativeId} ${ip.address}`).sort()).toEqual(expected);
    expect(result.data!.publicIps.totalCount).toBe(expected.length);
    expectOneRefusal(result.errors, call);
    expect(emulator.requests.count({ action: call, account: PROD, status: 403 })).toBe(1);

    // Nothing else depends on that call: every VM answers whole.
    const vms = await listVms();
    expect(vms.errors).toBeUndefined();
    expectVms(vms.data!.vms.nodes, [PROD, DEV]);
  });

  it('answers everything when nothing fails, as the emulator set it: PENDING_STOP, shared-core custom sizes, IPv6, every interface', async () => {
    const result = await listVms();
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.vms.nodes;
    expectVms(nodes, [PROD, DEV]);
    const all = [...instancesOf(PROD), ...instancesOf(DEV)];
    const node = (instance: GceInstance) => nodes.find((n) => n.nativeId === instance.name && instance.selfLink.includes(`/projects/${n.account}/`))!;

    const pendingStop = all.filter((i) => i.status === 'PENDING_STOP');
    expect(pendingStop.length).toBeGreaterThan(0);
    for (const i of pendingStop) expect(node(i)).toMatchObject({ state: 'STOPPING', providerState: 'PENDING_STOP' });

    const shared = all.filter((i) => /\/e2-custom-(micro|small|medium)-\d+$/.test(i.machineType));
    expect(new Set(shared.map((i) => lastSegment(i.machineType).split('-')[2]))).toEqual(new Set(['micro', 'small', 'medium']));
    for (const i of shared) expect(node(i)).toMatchObject({ vcpus: 2, memoryMiB: Number(i.machineType.split('-').at(-1)) });

    const externalV6 = all.filter((i) => i.networkInterfaces.some((n) => n.ipv6AccessConfigs));
    const internalV6 = all.filter((i) => i.networkInterfaces.some((n) => n.ipv6Address));
    expect(externalV6.length).toBeGreaterThan(0);
    expect(internalV6.length).toBeGreaterThan(0);
    for (const i of externalV6) expect(node(i).ipv6Addresses).toEqual(expect.arrayContaining(i.networkInterfaces.flatMap((n) => (n.ipv6AccessConfigs ?? []).map((c) => c.externalIpv6))));
    for (const i of internalV6) expect(node(i).ipv6Addresses).toEqual(expect.arrayContaining(i.networkInterfaces.flatMap((n) => (n.ipv6Address ? [n.ipv6Address] : []))));

    const twoNics = all.filter((i) => i.networkInterfaces.length === 2);
    expect(twoNics.length).toBeGreaterThan(0);
    for (const i of twoNics) expect(node(i).privateIps).toEqual([i.networkInterfaces[0]!.networkIP, i.networkInterfaces[1]!.networkIP]);
    const nic1Public = all.filter((i) => i.networkInterfaces[1]?.accessConfigs?.[0]?.natIP);
    expect(nic1Public.length).toBeGreaterThan(0);
    for (const i of nic1Public) expect(node(i).publicIps).toContain(i.networkInterfaces[1]!.accessConfigs![0]!.natIP);
  });
});
