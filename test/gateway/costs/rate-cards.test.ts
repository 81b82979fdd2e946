// Machines on the operator's own hardware send no bill and have no catalog: with a rate card
// (costs.rateCards) a Proxmox guest's, a KVM domain's or a limited container's price is its vCPUs and memory at the configured rates, its
// cost an ESTIMATE naming the rate card, its disk's price GiB × the storage rate — exact decimals;
// without one, the price says what to configure.
import { Decimal } from 'decimal.js';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const QUERY = parse(`query($from: Date!, $to: Date!) {
  vms(first: 5, filter: { providers: [PROXMOX], states: [RUNNING] }) { nodes { id vcpus memoryMiB
    price { offer { sku hourly { amount currency } monthly { amount currency } description } reason }
    cost(from: $from, to: $to, costType: ACTUAL) { basis amount { amount currency } estimate { sku unitPrice { amount } method } }
    volumes { sizeGiB price { monthly { amount currency } offer { sku } reason } } } }
}`);
const PRICE_ONLY = parse('query { vms(first: 1, filter: { providers: [PROXMOX] }) { nodes { price { offer { sku } reason } } } }');

type Node = {
  vcpus: number;
  memoryMiB: number;
  price: { offer: { sku: string; hourly: { amount: string; currency: string }; monthly: { amount: string }; description: string } | null; reason: string | null };
  cost: { basis: string; amount: { amount: string; currency: string }; estimate: { sku: string; unitPrice: { amount: string }; method: string } };
  volumes: { sizeGiB: number; price: { monthly: { amount: string; currency: string }; offer: { sku: string } } }[];
};

const window = () => {
  const to = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
  return { from: new Date(to.getTime() - 2 * 86_400_000).toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
};

describe('a rate card for Proxmox VE', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['proxmox'], vmsPerScope: 6, costs: { rateCards: { proxmox: { currency: 'EUR', vcpuHour: '0.0125', memoryGiBHour: '0.0031', storageGiBMonth: '0.04' } } } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("prices each guest by its vCPUs and memory, and its disks by size, in exact decimals; its cost is an estimate naming the rate card", async () => {
    const result = await execute(gatewayUrl(app), QUERY, window());
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { vms: { nodes: Node[] } }).vms.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const vm of nodes) {
      const hourly = new Decimal('0.0125').times(vm.vcpus).plus(new Decimal('0.0031').times(new Decimal(vm.memoryMiB).dividedBy(1024)));
      expect(vm.price.offer).toMatchObject({ sku: 'rate-card:proxmox', hourly: { amount: hourly.toFixed(), currency: 'EUR' }, monthly: { amount: hourly.times(730).toFixed() } });
      expect(vm.price.offer!.description).toContain('costs.rateCards.proxmox');
      expect(vm.cost).toMatchObject({ basis: 'ESTIMATE', amount: { currency: 'EUR' }, estimate: { sku: 'rate-card:proxmox', unitPrice: { amount: hourly.toFixed() } } });
      for (const volume of vm.volumes) expect(volume.price).toMatchObject({ monthly: { amount: new Decimal('0.04').times(volume.sizeGiB).toFixed(), currency: 'EUR' }, offer: { sku: 'rate-card:proxmox' } });
    }
  });
});

describe('Proxmox VE without a rate card', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['proxmox'], vmsPerScope: 2 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('has no price, and says which setting would give one', async () => {
    const result = await execute(gatewayUrl(app), PRICE_ONLY, {});
    const [vm] = (result.data as { vms: { nodes: { price: { offer: null; reason: string } }[] } }).vms.nodes;
    expect(vm!.price).toEqual({ offer: null, reason: 'proxmox sends no bill and has no price catalog: configure costs.rateCards.proxmox.' });
  });
});

describe('rate cards for libvirt and containerd', () => {
  let app: RunningApp;
  const LIBVIRT_AND_CONTAINERD = parse(`query {
    vms(first: 200, filter: { providers: [LIBVIRT, CONTAINERD] }) { nodes { provider kind vcpus memoryMiB price { offer { sku hourly { amount currency } } reason } } }
  }`);
  beforeAll(async () => {
    app = await startTestApp({
      clouds: ['libvirt', 'containerd'],
      vmsPerScope: 3,
      costs: { rateCards: { libvirt: { currency: 'EUR', vcpuHour: '0.011', memoryGiBHour: '0.0028' }, containerd: { currency: 'EUR', vcpuHour: '0.0125', memoryGiBHour: '0.0031' } } },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("prices a KVM domain and a container with limits by their vCPUs and memory; a container without limits has no price, and says why", async () => {
    const result = await execute(gatewayUrl(app), LIBVIRT_AND_CONTAINERD, {});
    expect(result.errors).toBeUndefined();
    type Priced = { provider: string; vcpus: number | null; memoryMiB: number | null; price: { offer: { sku: string; hourly: { amount: string; currency: string } } | null; reason: string | null } };
    const nodes = (result.data as { vms: { nodes: Priced[] } }).vms.nodes;
    const domains = nodes.filter((n) => n.provider === 'LIBVIRT');
    const containers = nodes.filter((n) => n.provider === 'CONTAINERD');
    // Both run where their binaries are (CI installs them); each that runs is checked.
    if (app.sandbox!.libvirt) expect(domains.length).toBeGreaterThan(0);
    if (app.sandbox!.containerd) expect(containers.length).toBeGreaterThan(0);
    for (const vm of domains) {
      const hourly = new Decimal('0.011').times(vm.vcpus!).plus(new Decimal('0.0028').times(new Decimal(vm.memoryMiB!).dividedBy(1024)));
      expect(vm.price).toEqual({ offer: { sku: 'rate-card:libvirt', hourly: { amount: hourly.toFixed(), currency: 'EUR' } }, reason: null });
    }
    const limited = containers.filter((c) => c.vcpus !== null);
    if (app.sandbox!.containerd) {
      expect(limited.length).toBe(app.sandbox!.containerd.workloads.filter((w) => w.limits).length);
      expect(limited.length).toBeGreaterThan(0);
    }
    for (const container of limited) {
      const hourly = new Decimal('0.0125').times(container.vcpus!).plus(new Decimal('0.0031').times(new Decimal(container.memoryMiB!).dividedBy(1024)));
      expect(container.price).toEqual({ offer: { sku: 'rate-card:containerd', hourly: { amount: hourly.toFixed(), currency: 'EUR' } }, reason: null });
    }
    for (const container of containers.filter((c) => c.vcpus === null)) {
      expect(container.memoryMiB).toBeNull();
      expect(container.price).toEqual({ offer: null, reason: 'The containerd machine reports no CPU or memory size (a container without limits) for the rate card to price.' });
    }
  });
});
