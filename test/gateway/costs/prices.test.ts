// Prices through the gateway on the three-cloud sandbox: every VM's on-demand price equals the
// emulators' price tables (Windows dearer than Linux), a type a catalog does not list is null
// with a reason, each region's catalog is asked once (then never again within the TTL), the
// cross-cloud comparison is cheapest first and pages, and a failing catalog blanks only its
// own prices, with an error naming it.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { awsInstanceHourly } from '../../../emulators/aws/index.js';
import { azureVmHourlyPrice } from '../../../emulators/azure/index.js';
import { gcpInstanceHourly } from '../../../emulators/gcp/index.js';
import { InstanceOffersDocument, VmPricesDocument, VolumePricesDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

type Os = 'LINUX' | 'WINDOWS';

function tablePrice(provider: string, type: string, region: string, os: Os): string | undefined {
  if (provider === 'AWS') return awsInstanceHourly(type, region, os);
  if (provider === 'AZURE') return azureVmHourlyPrice(type, region, os === 'LINUX' ? 'Linux' : 'Windows');
  return gcpInstanceHourly(type, region, os);
}

const same = (a: string, b: string) => new Decimal(a).equals(b);

describe('prices', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['aws', 'azure', 'gcp'], vmsPerScope: 10 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("prices every VM at its catalog's on-demand rate, one catalog lookup per region and OS, none when asked again", async () => {
    const { aws, azure, gcp } = app.sandbox!;
    for (const emulator of [aws!, azure!, gcp!]) emulator.requests.reset();
    const result = await execute(gatewayUrl(app), VmPricesDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    const vms = result.data!.vms.nodes;
    let priced = 0;
    for (const vm of vms) {
      const os: Os = vm.platform === 'windows' ? 'WINDOWS' : 'LINUX';
      const expected = tablePrice(vm.provider, vm.instanceType!, vm.region, os);
      if (expected === undefined) {
        expect(vm.price!.offer, `${vm.provider} ${vm.instanceType}`).toBeNull();
        expect(vm.price!.reason).toContain(vm.instanceType!);
        continue;
      }
      priced++;
      const offer = vm.price!.offer!;
      expect(same(offer.hourly.amount, expected), `${vm.provider} ${vm.instanceType} ${vm.region} ${os}`).toBe(true);
      expect(offer).toMatchObject({ instanceType: expect.any(String), region: vm.region, os, provider: vm.provider });
      expect(same(offer.monthly.amount, new Decimal(expected).times(730).toFixed())).toBe(true);
      expect(offer.hourly.currency).toBe('USD');
    }
    expect(priced).toBeGreaterThan(vms.length * 0.8);

    const keys = (provider: string) => new Set(vms.filter((vm) => vm.provider === provider).map((vm) => `${vm.region}/${vm.platform === 'windows' ? 'W' : 'L'}`)).size;
    expect(aws!.requests.count({ service: 'pricing', action: 'GetProducts' })).toBe(keys('AWS'));
    expect(azure!.requests.count({ action: 'retailPrices.list' })).toBe(keys('AZURE'));
    // The Compute Engine catalog is global: one listing serves every region asked at once.
    expect(gcp!.requests.count({ service: 'cloudbilling', action: 'skus.list' })).toBe(1);

    for (const emulator of [aws!, azure!, gcp!]) emulator.requests.reset();
    const again = await execute(gatewayUrl(app), VmPricesDocument, { first: 1000 });
    expect(again.data!.vms.nodes.map((vm) => vm.price)).toEqual(vms.map((vm) => vm.price));
    expect(aws!.requests.count({ service: 'pricing' }) + azure!.requests.count({ action: 'retailPrices.list' }) + gcp!.requests.count({ service: 'cloudbilling' })).toBe(0);
  });

  it('prices Windows above Linux for the same type', async () => {
    const windowsVm = (await execute(gatewayUrl(app), VmPricesDocument, { first: 1000 })).data!.vms.nodes.find(
      (vm) => vm.platform === 'windows' && vm.price?.offer,
    )!;
    const linux = tablePrice(windowsVm.provider, windowsVm.instanceType!, windowsVm.region, 'LINUX')!;
    expect(new Decimal(windowsVm.price!.offer!.hourly.amount).greaterThan(linux)).toBe(true);
  });

  it('prices volumes at their size: per GiB on AWS and GCP, by the tier that holds them on Azure', async () => {
    const result = await execute(gatewayUrl(app), VolumePricesDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    const volumes = result.data!.volumes.nodes.filter((v) => v.price?.offer);
    expect(volumes.length).toBeGreaterThan(0);
    for (const volume of volumes) {
      const { offer, monthly } = volume.price!;
      if (offer!.unit === 'GIB_MONTH') expect(same(monthly!.amount, new Decimal(offer!.monthly.amount).times(volume.sizeGiB).toFixed())).toBe(true);
      else {
        expect(offer!.maxSizeGiB!).toBeGreaterThanOrEqual(volume.sizeGiB);
        expect(monthly!.amount).toBe(offer!.monthly.amount);
      }
    }
    expect(new Set(volumes.map((v) => v.price!.offer!.unit))).toEqual(new Set(['GIB_MONTH', 'DISK_MONTH']));
  });

  it('compares instance types across clouds, cheapest first, and pages', async () => {
    const first = await execute(gatewayUrl(app), InstanceOffersDocument, { minVcpus: 4, minMemoryMiB: 16384, first: 4 });
    expect(first.errors).toBeUndefined();
    const page = first.data!.instanceOffers;
    expect(page.nodes).toHaveLength(4);
    const rest = await execute(gatewayUrl(app), InstanceOffersDocument, { minVcpus: 4, minMemoryMiB: 16384, first: 1000, after: page.pageInfo.endCursor });
    const all = [...page.nodes, ...rest.data!.instanceOffers.nodes];
    expect(all).toHaveLength(page.totalCount);
    expect(new Set(all.map((o) => o.provider))).toEqual(new Set(['AWS', 'AZURE', 'GCP']));
    expect(all.every((o) => o.vcpus >= 4 && o.memoryMiB >= 16384)).toBe(true);
    for (let i = 1; i < all.length; i++) expect(new Decimal(all[i - 1]!.hourly.amount).lessThanOrEqualTo(all[i]!.hourly.amount)).toBe(true);
  });

  it('refuses a bad currency, size or region list with BAD_USER_INPUT', async () => {
    const cases = [
      { minVcpus: -1 },
      { minVcpus: 8, maxVcpus: 4 },
      { currency: 'EUR' },
      { regions: Array.from({ length: 31 }, (_, i) => `region-${i}`) },
      { providers: ['AWS' as const], first: 1001 },
    ];
    for (const variables of cases) {
      const result = await execute(gatewayUrl(app), InstanceOffersDocument, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('prices shared by replicas through Redis', () => {
  const redis = { redisUrl: 'redis://127.0.0.1:6379/0', keyPrefix: `fleetgraph-test:prices:${process.pid}:${Date.now()}:` };
  let first: RunningApp;
  let second: RunningApp;
  beforeAll(async () => {
    first = await startTestApp({ vmsPerScope: 4, ...redis });
    second = await startTestApp({ vmsPerScope: 4, ...redis });
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('a catalog one replica read costs the other nothing', async () => {
    const one = await execute(gatewayUrl(first), VmPricesDocument, { first: 1000 });
    expect(first.sandbox!.aws!.requests.count({ service: 'pricing' })).toBeGreaterThan(0);
    const other = await execute(gatewayUrl(second), VmPricesDocument, { first: 1000 });
    expect(other.data!.vms.nodes.map((vm) => vm.price)).toEqual(one.data!.vms.nodes.map((vm) => vm.price));
    expect(second.sandbox!.aws!.requests.count({ service: 'pricing' })).toBe(0);
  });
});

describe('prices from a failing catalog', () => {
  let faulty: RunningApp;
  beforeAll(async () => {
    faulty = await startTestApp({ clouds: ['aws', 'azure'], vmsPerScope: 4 });
  });
  afterAll(async () => {
    await faulty?.stop();
  });

  it('a throttled catalog leaves its VMs unpriced with one error naming it; the other clouds are priced', async () => {
    const aws = faulty.sandbox!.aws!;
    aws.faults.add({ kind: 'throttle', service: 'pricing' });
    try {
      const result = await execute(gatewayUrl(faulty), VmPricesDocument, { first: 1000, filter: { providers: ['AWS', 'AZURE'] } });
      const vms = result.data!.vms.nodes;
      expect(vms.filter((vm) => vm.provider === 'AWS').every((vm) => vm.price === null)).toBe(true);
      expect(vms.filter((vm) => vm.provider === 'AZURE').some((vm) => vm.price?.offer)).toBe(true);
      const throttled = result.errors!.filter((e) => e.extensions?.code === 'PROVIDER_THROTTLED');
      expect(throttled.length).toBeGreaterThan(0);
      expect(throttled.every((e) => e.extensions?.provider === 'aws' && e.extensions?.operation === 'GetProducts')).toBe(true);
    } finally {
      aws.faults.clear();
    }
  });
});
