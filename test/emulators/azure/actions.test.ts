// The Azure emulator's write paths on the wire, for what the adapter tests do not show: the
// accepted answer's async-operation headers and status document, a VM's change events on
// create and delete, the hardware-cluster sizes of listAvailableSizes, a delete of a missing
// snapshot (204), and a write answered while another is in progress (409 Conflict).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAzureEmulator, type AzureEmulator } from '../../../emulators/azure/index.js';
import { AZURE_SUBSCRIPTIONS, createFleet, type Fleet } from '../../../emulators/fleet.js';
import { rawRequest } from './helpers.js';

const SUB = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
let fleet: Fleet;
let emu: AzureEmulator;
beforeAll(async () => {
  fleet = createFleet({ seed: 3, vmsPerScope: 6 });
  emu = await startAzureEmulator({ fleet, actionStepMs: 20 });
});
afterAll(async () => emu?.close());

const token = () => fleet.azure.token(SUB);
const vms = () => fleet.azure.resources(SUB, 'virtualMachines');

async function untilDone(url: string): Promise<{ status: string; error?: { code: string } }> {
  for (let i = 0; i < 200; i++) {
    const reply = await rawRequest(emu, new URL(url).pathname + new URL(url).search, { token: token() });
    const doc = JSON.parse(reply.body) as { status: string };
    if (doc.status !== 'InProgress') return doc;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('operation never ended');
}

describe('Azure write paths', () => {
  it('a deallocate answers 202 with Azure-AsyncOperation and Location, the VM moves through deallocating, a second write meanwhile is 409 Conflict', async () => {
    const vm = vms().find((v) => v.sim.condition === 'running')!;
    const changes: string[] = [];
    const off = fleet.azure.onVmConditionChange((c) => c.vmId === vm.id && changes.push(c.condition));
    const reply = await rawRequest(emu, `${vm.id}/deallocate?api-version=2026-03-01`, { method: 'POST', token: token() });
    expect(reply.status).toBe(202);
    expect(String(reply.headers['azure-asyncoperation'])).toMatch(/\/providers\/Microsoft\.Compute\/locations\/[a-z]+\/operations\/[0-9a-f-]{36}\?api-version=/);
    expect(String(reply.headers['location'])).toContain('monitor=true');
    const busy = await rawRequest(emu, `${vm.id}/start?api-version=2026-03-01`, { method: 'POST', token: token() });
    expect([busy.status, JSON.parse(busy.body).error.code]).toEqual([409, 'Conflict']);
    expect((await untilDone(String(reply.headers['azure-asyncoperation']))).status).toBe('Succeeded');
    off();
    expect(changes).toEqual(['deallocating', 'deallocated']);
  });

  it('listAvailableSizes offers a running VM its own size family, a deallocated one every size', async () => {
    const vm = vms().find((v) => v.sim.condition === 'running')!;
    const family = fleet.azure.vmSizes.find((s) => s.name === vm.properties.hardwareProfile.vmSize)!.family;
    const sizes = async () => (JSON.parse((await rawRequest(emu, `${vm.id}/vmSizes?api-version=2026-03-01`, { token: token() })).body) as { value: { name: string }[] }).value.map((s) => s.name);
    expect(await sizes()).toEqual(fleet.azure.vmSizes.filter((s) => s.family === family).map((s) => s.name));
    fleet.azure.setVmCondition(vm.id, 'deallocated');
    expect((await sizes()).length).toBe(fleet.azure.vmSizes.length);
  });

  it('deleting a snapshot that does not exist answers 204; deleting a VM announces it as deleted and removes its own disks', async () => {
    const missing = await rawRequest(emu, `/subscriptions/${SUB}/resourceGroups/rg-x/providers/Microsoft.Compute/snapshots/nope?api-version=2026-03-01`, { method: 'DELETE', token: token() });
    expect(missing.status).toBe(204);
    const vm = vms().find((v) => v.sim.condition === 'running')!;
    const osDisk = vm.properties.storageProfile.osDisk.managedDisk.id;
    const lifecycle: string[] = [];
    const off = fleet.azure.onVmConditionChange((c) => c.vmId === vm.id && c.lifecycle && lifecycle.push(c.lifecycle));
    const reply = await rawRequest(emu, `${vm.id}?api-version=2026-03-01`, { method: 'DELETE', token: token() });
    expect(reply.status).toBe(202);
    expect((await untilDone(String(reply.headers['azure-asyncoperation']))).status).toBe('Succeeded');
    off();
    expect(lifecycle).toEqual(['deleted']);
    expect(fleet.azure.scopeOfResource(osDisk)).toBeUndefined();
    const gone = await rawRequest(emu, `${vm.id}?api-version=2026-03-01`, { token: token() });
    expect(gone.status).toBe(404);
  });

  it('writes fail with the injected faults like reads: forbidden names the write permission', async () => {
    const vm = vms().find((v) => v.sim.condition === 'running')!;
    emu.faults.add({ action: 'virtualMachines.restart', kind: 'forbidden', times: 1 });
    const reply = await rawRequest(emu, `${vm.id}/restart?api-version=2026-03-01`, { method: 'POST', token: token() });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toContain('Microsoft.Compute/virtualMachines/restart/action');
  });
});
