// The Cloud Billing Catalog's services.skus.list as the emulator serves it, to the real
// CloudCatalogClient over REST and to raw GETs: the SKU shape, paging, currencies, errors in
// Google's shape, faults and the request log — and the price table behind it covering the fleet.
import { CloudCatalogClient } from '@google-cloud/billing';
import { OAuth2Client } from 'google-auth-library';
import { Decimal } from 'decimal.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  CATALOG_CONVERSION_RATES,
  COMPUTE_ENGINE_SERVICE_ID,
  DEFAULT_RETRY_AFTER_SECONDS,
  GCP_PRICE_TABLE,
  computeEngineSkus,
  gcpInstanceHourly,
  gcpStorageMonthly,
  moneyIn,
} from '../../../emulators/gcp/index.js';
import { PROD, collect, lastSegment, rejectionOf, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 8 });
const SKUS = `/v1/services/${COMPUTE_ENGINE_SERVICE_ID}/skus`;
const paging = { autoPaginate: false } as const;

const made: CloudCatalogClient[] = [];
function catalogClient(): CloudCatalogClient {
  const url = new URL(h.emu.url);
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: h.fleet.gcp.projects[0]!.accessToken });
  const client = new CloudCatalogClient({ apiEndpoint: url.hostname, port: Number(url.port), protocol: 'http', fallback: true, authClient: auth } as never);
  made.push(client);
  return client;
}

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
  h.emu.setMaxPageSize(null);
  h.emu.setRetryAfter(DEFAULT_RETRY_AFTER_SECONDS);
});

afterAll(async () => {
  await Promise.all(made.map((c) => c.close()));
});

interface WireSku {
  skuId: string;
  description: string;
  category: { usageType: string; resourceFamily: string };
  serviceRegions: string[];
  pricingInfo: { pricingExpression: { usageUnit: string; tieredRates: { startUsageAmount: number; unitPrice: { currencyCode: string; units: string; nanos: number } }[] }; currencyConversionRate: number }[];
  geoTaxonomy: { type: unknown };
}

describe('skus.list', () => {
  it('answers the whole Compute Engine catalog to the SDK, every SKU once, in one page by default', async () => {
    const skus = await collect(catalogClient().listSkusAsync({ parent: `services/${COMPUTE_ENGINE_SERVICE_ID}` }, paging));
    expect(skus.map((s) => s.skuId)).toEqual(computeEngineSkus().map((s) => s.skuId));
    expect(h.emu.requests.entries()).toEqual([{ service: 'cloudbilling', action: 'skus.list', account: null, region: null, status: 200 }]);
    const core = skus.find((s) => s.description === 'N2 Instance Core running in Americas')!;
    expect(core).toMatchObject({
      name: `services/${COMPUTE_ENGINE_SERVICE_ID}/skus/${core.skuId}`,
      category: { serviceDisplayName: 'Compute Engine', resourceFamily: 'Compute', usageType: 'OnDemand' },
      serviceRegions: ['us-central1'],
      serviceProviderName: 'Google',
      geoTaxonomy: { type: 'REGIONAL', regions: ['us-central1'] },
    });
    expect(core.skuId).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(core.pricingInfo![0]!.pricingExpression).toMatchObject({
      usageUnit: 'h',
      baseUnit: 's',
      baseUnitConversionFactor: 3600,
      tieredRates: [{ startUsageAmount: 0, unitPrice: { currencyCode: 'USD', units: '0', nanos: 31_611_000 } }],
    });
    const licence = skus.find((s) => s.description === 'Licensing Fee for Windows Server 2022 Datacenter Edition (CPU cost)')!;
    expect(licence).toMatchObject({ category: { resourceFamily: 'License' }, serviceRegions: ['global'], geoTaxonomy: { type: 'GLOBAL' } });
  });

  it('lists what a price must not be built from beside what it must', () => {
    const usage = new Set(computeEngineSkus().map((s) => s.usageType));
    expect(usage).toEqual(new Set(['OnDemand', 'Preemptible', 'Commit1Yr']));
    const descriptions = computeEngineSkus().map((s) => s.description);
    expect(descriptions).toContain('Spot Preemptible N2 Instance Core running in Americas');
    expect(descriptions).toContain('Commitment v1: N2 Cpu in Americas for 1 Year');
    expect(descriptions).toContain('N2 Instance Core running in Virginia');
    expect(descriptions).toContain('N2 Sole Tenancy Instance Core running in Americas');
    expect(descriptions).toContain('Regional Balanced PD Capacity in Iowa');
  });

  it('pages by pageSize with an opaque nextPageToken, absent on the last page', async () => {
    const total = computeEngineSkus().length;
    const first = await h.get(`${SKUS}?pageSize=50`);
    expect(first.status).toBe(200);
    const page1 = first.body as { skus: WireSku[]; nextPageToken?: string };
    expect(page1.skus).toHaveLength(50);
    const ids = page1.skus.map((s) => s.skuId);
    let token = page1.nextPageToken;
    while (token) {
      const next = (await h.get(`${SKUS}?pageSize=50&pageToken=${encodeURIComponent(token)}`)).body as { skus: WireSku[]; nextPageToken?: string };
      ids.push(...next.skus.map((s) => s.skuId));
      token = next.nextPageToken;
    }
    expect(ids).toEqual(computeEngineSkus().map((s) => s.skuId));
    expect(h.emu.requests.count({ service: 'cloudbilling', action: 'skus.list', status: 200 })).toBe(Math.ceil(total / 50));
  });

  it('serves a larger pageSize as 5,000 and caps pages when told to; the SDK follows every page', async () => {
    expect(((await h.get(`${SKUS}?pageSize=100000`)).body as { skus: unknown[] }).skus).toHaveLength(computeEngineSkus().length);
    h.emu.requests.reset();
    h.emu.setMaxPageSize(7);
    const skus = await collect(catalogClient().listSkusAsync({ parent: `services/${COMPUTE_ENGINE_SERVICE_ID}`, pageSize: 5000 }, paging));
    expect(skus).toHaveLength(computeEngineSkus().length);
    expect(h.emu.requests.count({ action: 'skus.list' })).toBe(Math.ceil(skus.length / 7));
  });

  it('converts to the currency asked for, rounded to the nano, with the rate', async () => {
    const eur = ((await h.get(`${SKUS}?currencyCode=EUR`)).body as { skus: WireSku[] }).skus;
    const core = eur.find((s) => s.description === 'N2 Instance Core running in Americas')!;
    const info = core.pricingInfo[0]!;
    expect(info.currencyConversionRate).toBe(Number(CATALOG_CONVERSION_RATES.EUR));
    // 0.031611 × 0.8625 = 0.0272644875 → 0.027264488
    expect(info.pricingExpression.tieredRates[0]!.unitPrice).toEqual({ currencyCode: 'EUR', units: '0', nanos: 27_264_488 });
    expect(moneyIn('12.5', 'JPY')).toEqual({ currencyCode: 'JPY', units: '1927', nanos: 500_000_000 });
  });

  it('sends enums as numbers when asked for enum-encoding=int', async () => {
    const skus = ((await h.get(`${SKUS}?%24alt=json%3Benum-encoding%3Dint`)).body as { skus: WireSku[] }).skus;
    expect(new Set(skus.map((s) => s.geoTaxonomy.type))).toEqual(new Set([1, 2]));
  });

  it('refuses in Google\'s error shape: unknown service, currency, page token or size; no credentials; writes', async () => {
    const cases: [string, number, string][] = [
      ['/v1/services/0000-0000-0000/skus', 404, 'NOT_FOUND'],
      [`${SKUS}?currencyCode=XYZ`, 400, 'INVALID_ARGUMENT'],
      [`${SKUS}?pageToken=not-a-token`, 400, 'INVALID_ARGUMENT'],
      [`${SKUS}?pageSize=-1`, 400, 'INVALID_ARGUMENT'],
      ['/v1/services', 404, 'NOT_FOUND'],
    ];
    for (const [path, status, name] of cases) {
      const res = await h.get(path);
      expect(res.status, path).toBe(status);
      expect(res.body, path).toMatchObject({ error: { code: status, status: name } });
    }
    // A token from one currency's listing is not one of another's.
    const token = ((await h.get(`${SKUS}?pageSize=5`)).body as { nextPageToken: string }).nextPageToken;
    expect((await h.get(`${SKUS}?pageSize=5&currencyCode=EUR&pageToken=${token}`)).status).toBe(400);
    expect((await h.get(SKUS, null)).status).toBe(401);
    const post = await fetch(`${h.emu.url}${SKUS}`, { method: 'POST', headers: { authorization: `Bearer ${h.fleet.gcp.projects[0]!.accessToken}` } });
    expect(post.status).toBe(405);
    const viaSdk = await rejectionOf(catalogClient().listSkus({ parent: 'services/0000-0000-0000' }));
    expect(viaSdk.status).toBe(404);
  });

  it('throttles with 429 RESOURCE_EXHAUSTED naming cloudbilling, and goes unavailable with 503, as logged', async () => {
    h.emu.faults.add({ service: 'cloudbilling', kind: 'throttle', times: 1 });
    h.emu.faults.add({ service: 'cloudbilling', kind: 'unavailable', times: 1 });
    const throttled = await h.get(SKUS);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.body).toMatchObject({ error: { status: 'RESOURCE_EXHAUSTED', message: expect.stringContaining("'cloudbilling.googleapis.com'") } });
    expect((await h.get(SKUS)).body).toMatchObject({ error: { code: 503, status: 'UNAVAILABLE' } });
    expect((await h.get(SKUS)).status).toBe(200);
    // Compute Engine is not affected by a rule for the catalog.
    h.emu.faults.add({ service: 'cloudbilling', kind: 'throttle' });
    expect((await h.get(`/compute/v1/projects/${PROD}/global/networks`)).status).toBe(200);
    expect(h.emu.requests.entries().map((e) => [e.service, e.action, e.status])).toEqual([
      ['cloudbilling', 'skus.list', 429],
      ['cloudbilling', 'skus.list', 503],
      ['cloudbilling', 'skus.list', 200],
      ['compute', 'networks.list', 200],
    ]);
  });
});

describe('the price table', () => {
  it('prices every machine type the fleet runs, in its region, for Linux and Windows, Windows dearer', () => {
    for (const project of h.fleet.gcp.projects) {
      for (const region of h.fleet.gcp.project(project.projectId)!.regions) {
        for (const instance of region.instances) {
          const type = lastSegment(instance.machineType);
          const linux = gcpInstanceHourly(type, region.region, 'LINUX');
          const windows = gcpInstanceHourly(type, region.region, 'WINDOWS');
          expect(linux, `${type} in ${region.region}`).toMatch(/^\d+\.\d+$/);
          expect(new Decimal(windows!).greaterThan(linux!), type).toBe(true);
        }
      }
    }
  });

  it('prices every disk type the fleet uses, zonal and regional, and snapshots, per GiB-month', () => {
    for (const project of h.fleet.gcp.projects) {
      for (const region of h.fleet.gcp.project(project.projectId)!.regions) {
        for (const disk of region.disks) {
          expect(gcpStorageMonthly(lastSegment(disk.type), region.region, !disk.zone), disk.name).toMatch(/^\d+(\.\d+)?$/);
        }
        expect(gcpStorageMonthly('snapshot', region.region)).toBe(GCP_PRICE_TABLE[region.region]!.snapshot);
      }
    }
  });

  it('adds up machine types from their parts, as Compute Engine bills them', () => {
    expect(gcpInstanceHourly('n2-standard-2', 'us-central1', 'LINUX')).toBe('0.097118');
    expect(gcpInstanceHourly('e2-micro', 'us-central1', 'LINUX')).toBe('0.00837575');
    expect(gcpInstanceHourly('n2-standard-2', 'us-central1', 'WINDOWS')).toBe('0.189118');
    // Custom: N2 custom rates; `custom-…` is N1.
    expect(gcpInstanceHourly('n2-custom-6-24576', 'us-central1', 'LINUX')).toBe(new Decimal(6).times('0.033191').plus(new Decimal(24).times('0.004449')).toFixed());
    expect(gcpInstanceHourly('custom-4-16384', 'europe-west1', 'LINUX')).toBe(new Decimal(4).times('0.036491').plus(new Decimal(16).times('0.004891')).toFixed());
    expect(gcpInstanceHourly('t2a-standard-2', 'europe-west1', 'LINUX')).toBeUndefined();
    expect(gcpInstanceHourly('n2-standard-2', 'mars-north1', 'LINUX')).toBeUndefined();
    expect(gcpStorageMonthly('pd-balanced', 'us-central1')).toBe('0.1');
    expect(gcpStorageMonthly('constructor', 'us-central1')).toBeUndefined();
  });
});
