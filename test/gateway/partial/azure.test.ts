// Partial failure on Azure through the running gateway: with each auxiliary call of the VM listing
// refused alone (403 AuthorizationFailed, a role without that read permission) for one
// subscription, every VM is answered with every field but those the call feeds (null), beside
// exactly one error naming provider, subscription, region and operation. And what the emulator
// sets on VMs and disks (customised vCPUs, every address, IPv6, disk states) comes through.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { PartialAzureVmsDocument, PartialAzureVolumesDocument, type PartialAzureVmsQuery } from '../../generated/operations.js';
import { AZURE_AUXILIARY, azureFieldsFedBy, azureVmTruth, type AzureAuxiliary, type AzureVmField } from '../../providers/azure/vm-truth.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const NO_CACHE = { vm: 0, volume: 0 };
const VMS_PER_SCOPE = 15;
const SORTED: readonly AzureVmField[] = ['securityGroupIds', 'volumeIds', 'networkInterfaceIds'];

type VmNode = PartialAzureVmsQuery['vms']['nodes'][number];

async function startAzureApp(): Promise<RunningApp> {
  return startTestApp({ clouds: ['azure'], vmsPerScope: VMS_PER_SCOPE, ttlSeconds: NO_CACHE });
}

const listVms = (app: RunningApp, accounts?: string[]) =>
  execute(gatewayUrl(app), PartialAzureVmsDocument, { first: 1000, filter: { providers: ['AZURE'], ...(accounts ? { accounts } : {}) } });

/** Each VM of `accounts` as the fleet has it, but for the fields `call` feeds where it was refused. */
function expectVms(app: RunningApp, nodes: readonly VmNode[], refused?: { call: AzureAuxiliary; account: string }, accounts?: string[]): void {
  const fleet = app.sandbox!.fleet;
  const scopes = fleet.azure.scopes().filter((s) => !accounts || accounts.includes(s.subscriptionId));
  expect(nodes).toHaveLength(scopes.reduce((n, s) => n + s.virtualMachines.length, 0));
  for (const node of nodes) {
    const source = fleet.azure.findVm(node.nativeId)!.vm;
    const truth = azureVmTruth(fleet, source);
    const unknown = refused && node.account === refused.account ? azureFieldsFedBy(source, fleet, refused.call) : [];
    for (const field of Object.keys(truth) as AzureVmField[]) {
      const got = node[field];
      const value = SORTED.includes(field) && Array.isArray(got) ? [...got].sort() : got;
      expect(value, `${node.name} ${field}`).toEqual(unknown.includes(field) ? null : truth[field]);
    }
  }
}

describe('Azure partial failure through the gateway', () => {
  let app: RunningApp;
  let account: string;
  beforeAll(async () => {
    app = await startAzureApp();
    account = app.sandbox!.fleet.azure.subscriptions[0]!.subscriptionId;
  });
  afterAll(async () => {
    await app?.stop();
  });

  // Resource SKUs first, and asked for the refused subscription's VMs alone: once any subscription
  // has a location's sizes, every one has them for the process's life.
  it.each(AZURE_AUXILIARY.map((call) => [call]))('%s refused for one subscription: only what it feeds is null, with one error naming it', async (call) => {
    const emulator = app.sandbox!.azure!;
    emulator.faults.clear();
    emulator.faults.add({ action: call, account, kind: 'forbidden' });
    emulator.requests.reset();
    const accounts = call === 'resourceSkus.list' ? [account] : undefined;
    try {
      const result = await listVms(app, accounts);
      expectVms(app, result.data!.vms.nodes, { call, account }, accounts);
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'azure', account, region: '*', operation: call });
      expect(result.errors![0]!.message).toContain(call);
      // Refused, not retried: once per listing (Resource SKUs: once per location).
      const locations = new Set(app.sandbox!.fleet.azure.scopes().map((s) => s.location)).size;
      expect(emulator.requests.count({ action: call, account, status: 403 })).toBe(call === 'resourceSkus.list' ? locations : 1);
    } finally {
      emulator.faults.clear();
    }
  });

  it('answers everything when nothing fails, with what the emulator set: customised vCPUs, every address, IPv6', async () => {
    const result = await listVms(app);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.vms.nodes;
    expectVms(app, nodes);
    const fleet = app.sandbox!.fleet;
    const customised = nodes.filter((n) => fleet.azure.findVm(n.nativeId)!.vm.properties.hardwareProfile.vmSizeProperties);
    expect(customised.length).toBeGreaterThan(0);
    for (const node of customised) {
      const { vCPUsAvailable, vCPUsPerCore } = fleet.azure.findVm(node.nativeId)!.vm.properties.hardwareProfile.vmSizeProperties!;
      expect(node.vcpus).toBe(vCPUsAvailable);
      expect(node.extras).toEqual(expect.arrayContaining([{ key: 'vCPUsPerCore', value: String(vCPUsPerCore) }]));
    }
    expect(nodes.some((n) => n.privateIps!.length > 1)).toBe(true);
    expect(nodes.some((n) => n.publicIps!.length > 0)).toBe(true);
    expect(nodes.some((n) => n.ipv6Addresses!.some((a) => a.startsWith('fd00:')))).toBe(true);
    expect(nodes.some((n) => n.networkInterfaceIds!.length > 1)).toBe(true);
  });

  it('answers each disk attachment with its state, and the disk state Azure reported', async () => {
    const result = await execute(gatewayUrl(app), PartialAzureVolumesDocument, { first: 1000, filter: { providers: ['AZURE'] } });
    expect(result.errors).toBeUndefined();
    const fleet = app.sandbox!.fleet;
    const disks = new Map(fleet.azure.scopes().flatMap((s) => s.disks.map((d) => [d.id.toLowerCase(), d])));
    const nodes = result.data!.volumes.nodes;
    expect(nodes).toHaveLength(disks.size);
    const states = new Map<string, string>();
    for (const node of nodes) {
      const disk = disks.get(node.nativeId)!;
      expect(node.providerState).toBe(disk.properties.diskState);
      expect(node.attachments.map((a) => a.vm.id.split(':').slice(-1)[0])).toEqual(disk.managedBy ? [encodeURIComponent(disk.managedBy.toLowerCase())] : []);
      for (const a of node.attachments) {
        expect(a.providerState).toBe(disk.properties.diskState);
        states.set(a.providerState!, a.state);
      }
    }
    expect(Object.fromEntries([...states].sort())).toEqual({ ActiveSAS: 'BUSY', ActiveSASFrozen: 'BUSY', Attached: 'ATTACHED', Frozen: 'ATTACHED', Reserved: 'ATTACHED' });
  });
});
