// The VM listing's joins against the emulator, each auxiliary call refused alone (403
// AuthorizationFailed, as for a role without its read permission): every VM still comes back,
// whole but for the fields that call feeds for it, which carry one gap naming the call.
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAzureEmulator, type AzureEmulator } from '../../../emulators/azure/index.js';
import { AZURE_SUBSCRIPTIONS, createFleet, type Fleet } from '../../../emulators/fleet.js';
import { azureProviderSchema } from '../../../src/config/schema.js';
import { createAzureAdapter } from '../../../src/providers/azure/index.js';
import type { Scope, VirtualMachine } from '../../../src/providers/types.js';
import { AZURE_AUXILIARY, azureFieldsFedBy, azureVmTruth, type AzureAuxiliary, type AzureVmField } from './vm-truth.js';

const SUB = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
const S: Scope = { provider: 'azure', account: SUB, region: '*' };
const VMS_PER_SCOPE = 30;

describe('the Azure VM join, one auxiliary call failing at a time', () => {
  let fleet: Fleet;
  let emulator: AzureEmulator;
  // A new adapter per test: VM sizes, once known, are kept for the adapter's life.
  const adapter = () =>
    createAzureAdapter(
      azureProviderSchema.parse({
        maxRetries: 2,
        subscriptions: AZURE_SUBSCRIPTIONS.map((s) => ({
          id: s.subscriptionId,
          credentials: { type: 'accessToken', token: s.token },
          endpoint: emulator.url,
          caCertificate: emulator.caCertificate,
        })),
      }),
      { logger: pino({ level: 'silent' }), retryDelayInMs: 5, maxRetryDelayInMs: 20 },
    );

  beforeAll(async () => {
    fleet = createFleet({ seed: 3, vmsPerScope: VMS_PER_SCOPE });
    emulator = await startAzureEmulator({ fleet });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => {
    emulator.faults.clear();
    emulator.requests.reset();
  });

  async function listVms(): Promise<VirtualMachine[]> {
    const a = adapter();
    try {
      return await a.list('vm', S);
    } finally {
      await a.close();
    }
  }

  /** The VM is the fleet's in every field but `unknown`, which are empty and carry exactly one gap naming `call`. */
  function expectAllBut(vm: VirtualMachine, unknown: readonly AzureVmField[], call: AzureAuxiliary) {
    const source = fleet.azure.findVm(vm.nativeId)!.vm;
    const truth = azureVmTruth(fleet, source);
    const got = { ...vm, securityGroupIds: [...vm.securityGroupIds].sort(), volumeIds: [...vm.volumeIds].sort(), networkInterfaceIds: [...vm.networkInterfaceIds].sort() };
    for (const field of Object.keys(truth) as AzureVmField[]) {
      const empty = Array.isArray(truth[field]) ? [] : null;
      expect(got[field], `${vm.name} ${field}`).toEqual(unknown.includes(field) ? empty : truth[field]);
    }
    if (unknown.length === 0) {
      expect(vm.gaps).toBeUndefined();
      return;
    }
    expect(vm.gaps).toHaveLength(1);
    expect({ ...vm.gaps![0], fields: [...vm.gaps![0]!.fields].sort() }).toMatchObject({ fields: [...unknown].sort(), scope: S, operation: call, category: 'AUTH', providerCode: 'AuthorizationFailed' });
    expect(vm.gaps![0]!.message).toContain(`azure ${SUB}/* ${call}: AuthorizationFailed`);
  }

  it.each(AZURE_AUXILIARY.map((call) => [call]))('%s refused: only what it feeds is unknown, with one gap naming it', async (call) => {
    emulator.faults.add({ action: call, account: SUB, kind: 'forbidden' });
    const vms = await listVms();
    expect(vms).toHaveLength(2 * VMS_PER_SCOPE);
    for (const vm of vms) {
      expectAllBut(vm, azureFieldsFedBy(fleet.azure.findVm(vm.nativeId)!.vm, fleet, call), call);
    }
    // Some VMs are untouched where a call feeds only some (public IPs), none where it feeds all.
    const gapped = vms.filter((v) => v.gaps).length;
    if (call === 'publicIPAddresses.listAll') expect(gapped).toBeGreaterThan(0);
    if (call === 'publicIPAddresses.listAll') expect(gapped).toBeLessThan(vms.length);
    else expect(gapped).toBe(vms.length);
    // A 403 is not retried: one call per listing (per location for Resource SKUs).
    expect(emulator.requests.count({ action: call, status: 403 })).toBe(call === 'resourceSkus.list' ? 2 : 1);
  });

  it('keeps the sizes of the locations Resource SKUs answered, and asks again for the one it refused', async () => {
    emulator.faults.add({ action: 'resourceSkus.list', region: 'eastus', kind: 'forbidden', times: 1 });
    const a = adapter();
    try {
      const vms = await a.list('vm', S);
      for (const vm of vms) {
        const source = fleet.azure.findVm(vm.nativeId)!.vm;
        expectAllBut(vm, vm.region === 'eastus' ? azureFieldsFedBy(source, fleet, 'resourceSkus.list') : [], 'resourceSkus.list');
      }
      // Refusals are not remembered: the next listing asks eastus again, and westeurope not at all.
      emulator.requests.reset();
      const again = await a.list('vm', S);
      expect(again.every((v) => v.gaps === undefined && v.memoryMiB !== null)).toBe(true);
      expect(emulator.requests.entries().filter((e) => e.action === 'resourceSkus.list').map((e) => [e.region, e.status])).toEqual([['eastus', 200]]);
    } finally {
      await a.close();
    }
  });

  it('with every network listing refused, keeps sizes, disks and NICs of the VM listing, with a gap per call', async () => {
    for (const call of ['networkInterfaces.listAll', 'virtualNetworks.listAll', 'publicIPAddresses.listAll']) emulator.faults.add({ action: call, kind: 'forbidden' });
    const vms = await listVms();
    expect(vms).toHaveLength(2 * VMS_PER_SCOPE);
    for (const vm of vms) {
      const truth = azureVmTruth(fleet, fleet.azure.findVm(vm.nativeId)!.vm);
      expect(vm).toMatchObject({ vcpus: truth.vcpus, memoryMiB: truth.memoryMiB, privateIp: null, subnetId: null, securityGroupIds: [] });
      expect([...vm.volumeIds].sort()).toEqual(truth.volumeIds);
      expect(vm.gaps!.map((g) => g.operation)).toEqual(['networkInterfaces.listAll', 'virtualNetworks.listAll', 'publicIPAddresses.listAll']);
    }
  });
});
