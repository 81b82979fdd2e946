// ARM reads through the real SDK clients: subscription-wide listings, single resources, the
// instance view behind statusOnly=true, the back-references ARM derives, Resource SKUs.
import { afterEach, describe, expect, it } from 'vitest';
import { armReference } from '../../../emulators/azure/index.js';
import { AZURE_VM_SIZES } from '../../../emulators/fleet.js';
import { SUB_A, SUB_B, all, rawRequest, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 12 });
const resources = <C extends Parameters<typeof h.fleet.azure.resources>[1]>(collection: C, subscriptionId = SUB_A) =>
  h.fleet.azure.resources(subscriptionId, collection);
const ids = (items: readonly { id?: string }[]) => items.map((i) => i.id!).sort();

afterEach(() => h.emu.requests.reset());

describe('subscription-wide listings', () => {
  it('lists every collection of the subscription over every location, one request each', async () => {
    const compute = h.compute();
    const network = h.network();
    expect(ids(await all(compute.virtualMachines.listAll()))).toEqual(ids(resources('virtualMachines')));
    expect(ids(await all(compute.disks.list()))).toEqual(ids(resources('disks')));
    expect(ids(await all(compute.snapshots.list()))).toEqual(ids(resources('snapshots')));
    expect(ids(await all(network.virtualNetworks.listAll()))).toEqual(ids(resources('virtualNetworks')));
    expect(ids(await all(network.networkSecurityGroups.listAll()))).toEqual(ids(resources('networkSecurityGroups')));
    expect(ids(await all(network.publicIPAddresses.listAll()))).toEqual(ids(resources('publicIPAddresses')));
    expect(ids(await all(network.networkInterfaces.listAll()))).toEqual(ids(resources('networkInterfaces')));
    expect(ids(await all(network.applicationSecurityGroups.listAll()))).toEqual(ids(resources('applicationSecurityGroups')));
    const locations = new Set(resources('virtualMachines').map((v) => v.location));
    expect([...locations].sort()).toEqual(['eastus', 'westeurope']);
    expect(h.emu.requests.entries().map((e) => e.action)).toEqual([
      'virtualMachines.listAll',
      'disks.list',
      'snapshots.list',
      'virtualNetworks.listAll',
      'networkSecurityGroups.listAll',
      'publicIPAddresses.listAll',
      'networkInterfaces.listAll',
      'applicationSecurityGroups.listAll',
    ]);
    expect(h.emu.requests.count({ account: SUB_A, region: null, status: 200 })).toBe(8);
  });

  it('keeps subscriptions apart', async () => {
    const mine = ids(await all(h.compute(SUB_B).virtualMachines.listAll()));
    expect(mine).toEqual(ids(resources('virtualMachines', SUB_B)));
    expect(mine.every((id) => id.startsWith(`/subscriptions/${SUB_B}/`))).toBe(true);
  });

  it('answers the instance view only with statusOnly=true, and never the simulation state', async () => {
    const plain = await all(h.compute().virtualMachines.listAll());
    expect(plain.every((vm) => vm.instanceView === undefined)).toBe(true);
    const withStatus = await all(h.compute().virtualMachines.listAll({ statusOnly: 'true' }));
    for (const vm of withStatus) {
      const source = resources('virtualMachines').find((v) => v.id === vm.id)!;
      expect(vm.instanceView?.statuses?.map((s) => s.code)).toEqual(source.instanceView.statuses.map((s) => s.code));
      expect(vm.hardwareProfile?.vmSize).toBe(source.properties.hardwareProfile.vmSize);
      expect(vm.provisioningState).toBe(source.properties.provisioningState);
      expect(vm.timeCreated).toBeInstanceOf(Date);
      expect((vm as unknown as Record<string, unknown>).sim).toBeUndefined();
    }
    const raw = await rawRequest(h.emu, `/subscriptions/${SUB_A}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01&statusOnly=true`, {
      token: h.fleet.azure.token(SUB_A),
    });
    const body = JSON.parse(raw.body) as { value: Record<string, unknown>[] };
    expect(body.value[0]).not.toHaveProperty('sim');
    expect(body.value[0]).not.toHaveProperty('instanceView');
    expect(body.value[0]!.properties).toHaveProperty('instanceView');
    expect(raw.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(raw.headers['x-ms-request-id']).toBeTruthy();
  });

  it('derives the back-references ARM computes, upper-casing resource groups in them', async () => {
    const network = h.network();
    const nics = resources('networkInterfaces');
    for (const vnet of await all(network.virtualNetworks.listAll())) {
      for (const subnet of vnet.subnets ?? []) {
        const expected = nics.flatMap((n) => n.properties.ipConfigurations.filter((c) => c.properties.subnet.id === subnet.id).map((c) => armReference(c.id)));
        expect((subnet.ipConfigurations ?? []).map((c) => c.id).sort()).toEqual(expected.sort());
      }
    }
    for (const nsg of await all(network.networkSecurityGroups.listAll())) {
      const attached = nics.filter((n) => n.properties.networkSecurityGroup?.id === nsg.id).map((n) => armReference(n.id));
      expect((nsg.networkInterfaces ?? []).map((n) => n.id).sort()).toEqual(attached.sort());
      expect(nsg.defaultSecurityRules).toHaveLength(6);
    }
    const pips = await all(network.publicIPAddresses.listAll());
    const associated = pips.filter((p) => p.ipConfiguration);
    expect(associated.length).toBeGreaterThan(0);
    for (const pip of associated) {
      expect(pip.ipConfiguration!.id).toMatch(/\/resourceGroups\/RG-[A-Z]+-[A-Z]+\/providers\/Microsoft\.Network\/networkInterfaces\/.+\/ipConfigurations\/ipconfig(\d+|-v6)$/);
      // A public IP sits on an IP configuration of its own version.
      const config = nics.flatMap((n) => n.properties.ipConfigurations).find((c) => armReference(c.id) === pip.ipConfiguration!.id)!;
      expect(pip.publicIPAddressVersion).toBe(config.properties.privateIPAddressVersion);
    }
    const attachedNic = (await all(network.networkInterfaces.listAll())).find((n) => n.virtualMachine)!;
    const vm = resources('virtualMachines').find((v) => v.id.toLowerCase() === attachedNic.virtualMachine!.id!.toLowerCase())!;
    expect(attachedNic.virtualMachine!.id).not.toBe(vm.id);
    expect(attachedNic.virtualMachine!.id).toBe(armReference(vm.id));
  });

  it('lists a resource group, and 404s one that does not exist', async () => {
    const vm = resources('virtualMachines')[0]!;
    const rg = vm.id.split('/')[4]!;
    const inGroup = await all(h.compute().virtualMachines.list(rg));
    expect(ids(inGroup)).toEqual(ids(resources('virtualMachines').filter((v) => v.id.split('/')[4] === rg)));
    const disks = await all(h.compute().disks.listByResourceGroup(rg));
    expect(disks.length).toBeGreaterThan(0);
    const missing = await rejectionOf(all(h.compute().virtualMachines.list('rg-nope')));
    expect(missing).toMatchObject({ code: 'ResourceGroupNotFound', statusCode: 404 });
    expect(h.emu.requests.entries().map((e) => e.action)).toEqual(['virtualMachines.list', 'disks.listByResourceGroup', 'virtualMachines.list']);
  });
});

describe('single resources', () => {
  it('gets each kind by name, case-insensitively, and 404s what is not there', async () => {
    const vm = resources('virtualMachines')[0]!;
    const rg = vm.id.split('/')[4]!;
    const got = await h.compute().virtualMachines.get(rg.toUpperCase(), vm.name.toUpperCase(), { expand: 'instanceView' });
    expect(got.id).toBe(vm.id);
    expect(got.instanceView?.statuses?.length).toBeGreaterThan(0);
    const missing = await rejectionOf(h.compute().virtualMachines.get(rg, 'no-such-vm'));
    expect(missing.code).toBe('ResourceNotFound');
    expect(missing.statusCode).toBe(404);
    expect(missing.message).toContain("The Resource 'Microsoft.Compute/virtualMachines/no-such-vm' under resource group");

    const disk = resources('disks')[0]!;
    expect((await h.compute().disks.get(disk.id.split('/')[4]!, disk.name)).id).toBe(disk.id);
    const vnet = resources('virtualNetworks')[0]!;
    const subnet = vnet.properties.subnets[0]!;
    const network = h.network();
    expect((await network.subnets.get(vnet.id.split('/')[4]!, vnet.name, subnet.name)).addressPrefix).toBe(subnet.properties.addressPrefix);
    expect(ids(await all(network.subnets.list(vnet.id.split('/')[4]!, vnet.name)))).toEqual(ids(vnet.properties.subnets));
    expect((await rejectionOf(network.subnets.get(vnet.id.split('/')[4]!, vnet.name, 'nope'))).code).toBe('ResourceNotFound');
    const nic = resources('networkInterfaces')[0]!;
    expect((await network.networkInterfaces.get(nic.id.split('/')[4]!, nic.name)).macAddress).toBe(nic.properties.macAddress);

    expect(h.emu.requests.entries().map((e) => [e.action, e.status])).toEqual([
      ['virtualMachines.get', 200],
      ['virtualMachines.get', 404],
      ['disks.get', 200],
      ['subnets.get', 200],
      ['subnets.list', 200],
      ['subnets.get', 404],
      ['networkInterfaces.get', 200],
    ]);
    expect(h.emu.requests.entries()[0]!.region).toBe(vm.location);
  });

  it('refuses unknown types and writes it does not serve', async () => {
    const token = h.fleet.azure.token(SUB_A);
    const unknown = await rawRequest(h.emu, `/subscriptions/${SUB_A}/providers/Microsoft.Compute/galleries?api-version=2024-03-03`, { token });
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body)).toEqual({ error: { code: 'InvalidResourceType', message: expect.stringContaining("'galleries'") } });
    // Disks are resized (PATCH) but never deleted by FleetGraph's writes.
    const disk = resources('disks')[0]!;
    const del = await rawRequest(h.emu, `${disk.id}?api-version=2026-03-01`, { token, method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(JSON.parse(del.body).error.code).toBe('MethodNotAllowed');
    expect(h.fleet.azure.scopeOfResource(disk.id)).toBeDefined();
  });
});

describe('VM sizes', () => {
  it('answers Resource SKUs per location with vCPUs and MemoryGB capabilities', async () => {
    const skus = await all(h.compute().resourceSkus.list({ filter: "location eq 'westeurope'" }));
    const vmSkus = skus.filter((s) => s.resourceType === 'virtualMachines');
    expect(vmSkus.map((s) => s.name).sort()).toEqual(AZURE_VM_SIZES.map((s) => s.name).sort());
    expect(skus.every((s) => s.locations?.[0] === 'westeurope')).toBe(true);
    const d4 = vmSkus.find((s) => s.name === 'Standard_D4s_v5')!;
    expect(d4.capabilities).toEqual(expect.arrayContaining([{ name: 'vCPUs', value: '4' }, { name: 'MemoryGB', value: '16' }]));
    expect(skus.some((s) => s.resourceType === 'disks')).toBe(true);
    const everywhere = await all(h.compute().resourceSkus.list());
    expect(everywhere.length).toBe(skus.length * 2);
    expect((await rejectionOf(all(h.compute().resourceSkus.list({ filter: "name eq 'x'" })))).statusCode).toBe(400);
    expect(h.emu.requests.entries().map((e) => [e.action, e.region])).toEqual([
      ['resourceSkus.list', 'westeurope'],
      ['resourceSkus.list', null],
      ['resourceSkus.list', null],
    ]);
  });

  it('answers the older vmSizes list too', async () => {
    const sizes = await all(h.compute().virtualMachineSizes.list('eastus'));
    expect(sizes.find((s) => s.name === 'Standard_E4s_v5')).toMatchObject({ numberOfCores: 4, memoryInMB: 32 * 1024 });
    expect(h.emu.requests.entries()).toEqual([
      { service: 'compute', action: 'virtualMachineSizes.list', account: SUB_A, region: 'eastus', status: 200 },
    ]);
  });
});
