// The Retail Prices API on the Azure emulator, over raw HTTPS as any client sends it: no token,
// $filter in the API's subset, currencyCode, NextPageLink paging, the API's error shape, faults
// and the request log.
import { afterEach, describe, expect, it } from 'vitest';
import { RETAIL_PAGE_SIZE, RETAIL_PRICES_PATH, azureVmHourlyPrice } from '../../../emulators/azure/index.js';
import { retailMeters } from '../../../emulators/azure/pricing/meters.js';
import { rawRequest, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 2 });

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
  h.emu.setMaxPageSize(null);
});

interface Item {
  currencyCode: string;
  retailPrice: number;
  unitPrice: number;
  armRegionName: string;
  location: string;
  meterId: string;
  meterName: string;
  skuName: string;
  productName: string;
  serviceName: string;
  unitOfMeasure: string;
  type: string;
  armSkuName: string;
}

interface Page {
  BillingCurrency: string;
  CustomerEntityId: string;
  CustomerEntityType: string;
  Items: Item[];
  NextPageLink: string | null;
  Count: number;
}

async function prices(params: Record<string, string>, token?: string): Promise<{ status: number; headers: Record<string, unknown>; body: unknown }> {
  const query = new URLSearchParams(params).toString();
  const res = await rawRequest(h.emu, `${RETAIL_PRICES_PATH}${query ? `?${query}` : ''}`, { token: token ?? null });
  return { status: res.status, headers: res.headers, body: JSON.parse(res.body) };
}

const pageOf = async (filter: string, extra: Record<string, string> = {}) => {
  const res = await prices({ $filter: filter, ...extra });
  expect(res.status).toBe(200);
  return res.body as Page;
};

const D2S_EASTUS = "serviceName eq 'Virtual Machines' and armRegionName eq 'eastus' and armSkuName eq 'Standard_D2s_v5'";

describe('Retail Prices API', () => {
  it('answers without a token, in the API envelope, every meter of one size: Linux and Windows, Spot, Low Priority, Dev/Test, reservations', async () => {
    const page = await pageOf(D2S_EASTUS);
    expect(page).toMatchObject({ BillingCurrency: 'USD', CustomerEntityId: 'Default', CustomerEntityType: 'Retail', NextPageLink: null, Count: page.Items.length });
    const byName = (type: string, product: string, meter: string) => page.Items.filter((i) => i.type === type && i.productName === product && i.meterName === meter);
    const [linux] = byName('Consumption', 'Virtual Machines Dsv5 Series', 'D2s v5');
    const [windows] = byName('Consumption', 'Virtual Machines Dsv5 Series Windows', 'D2s v5');
    expect(linux).toMatchObject({ retailPrice: 0.096, unitPrice: 0.096, currencyCode: 'USD', location: 'US East', unitOfMeasure: '1 Hour', armSkuName: 'Standard_D2s_v5' });
    expect(windows).toMatchObject({ retailPrice: 0.188, skuName: 'D2s v5' });
    expect(linux!.meterId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(byName('Consumption', 'Virtual Machines Dsv5 Series', 'D2s v5 Spot')[0]!.retailPrice).toBe(0.0144);
    expect(byName('Consumption', 'Virtual Machines Dsv5 Series Windows', 'D2s v5 Low Priority')[0]!.retailPrice).toBe(0.0376);
    expect(byName('DevTestConsumption', 'Virtual Machines Dsv5 Series Windows', 'D2s v5')[0]!.retailPrice).toBe(0.096);
    expect(page.Items.filter((i) => i.type === 'Reservation')).toHaveLength(2);
    expect(page.Items).toHaveLength(9);
    expect(h.emu.requests.entries()).toEqual([{ service: 'retail-prices', action: 'retailPrices.list', account: null, region: 'eastus', status: 200 }]);
  });

  it('serves the price table: every on-demand meter is the table price of its size, location and OS', async () => {
    const page = await pageOf("serviceName eq 'Virtual Machines' and priceType eq 'Consumption'");
    const onDemand = page.Items.filter((i) => !/Spot|Low Priority/.test(i.meterName));
    expect(onDemand.length).toBeGreaterThan(20);
    for (const item of onDemand) {
      const os = item.productName.endsWith('Windows') ? 'Windows' : 'Linux';
      expect(String(item.retailPrice), `${item.armSkuName} ${item.armRegionName} ${os}`).toBe(azureVmHourlyPrice(item.armSkuName, item.armRegionName, os));
    }
  });

  it('runs eq, and, or, parentheses and contains(), case-insensitively, priceType naming the type', async () => {
    const windows = await pageOf("armRegionName eq 'EASTUS' and priceType eq 'consumption' and contains(productName, 'windows') and (armSkuName eq 'Standard_B1s' or armSkuName eq 'standard_d2s_v5')");
    expect(new Set(windows.Items.map((i) => i.armSkuName))).toEqual(new Set(['Standard_B1s', 'Standard_D2s_v5']));
    expect(windows.Items.every((i) => i.productName.endsWith('Windows') && i.type === 'Consumption' && i.armRegionName === 'eastus')).toBe(true);
    const disks = await pageOf("serviceName eq 'Storage' and armRegionName eq 'westeurope' and meterName eq 'P10 LRS Disk'");
    expect(disks.Items).toMatchObject([{ productName: 'Premium SSD Managed Disks', skuName: 'P10 LRS', unitOfMeasure: '1/Month', retailPrice: 21.68 }]);
    expect((await pageOf("armRegionName eq 'mars'")).Items).toEqual([]);
    expect(h.emu.requests.entries().map((e) => e.region)).toEqual(['eastus', 'westeurope', 'mars']);
  });

  it('refuses what the API refuses (not, ne, unknown fields and functions) with 400 {"Error":{"Code","Message"}}', async () => {
    for (const filter of [
      "not(contains(productName, 'Windows'))",
      "armRegionName ne 'eastus'",
      "colour eq 'blue'",
      "startswith(meterName, 'D2')",
      "armRegionName eq 'eastus' and",
      "armRegionName eq 'eastus",
    ]) {
      const res = await prices({ $filter: filter });
      expect(res, filter).toMatchObject({ status: 400, body: { Error: { Code: 'BadRequest', Message: 'Invalid OData parameters supplied' } } });
    }
    expect(h.emu.requests.count({ service: 'retail-prices', status: 400 })).toBe(6);
  });

  it('pages by NextPageLink ($skip) until it is null', async () => {
    h.emu.setMaxPageSize(7);
    const filter = "serviceName eq 'Storage' and armRegionName eq 'eastus'";
    const expected = retailMeters().filter((m) => m.serviceName === 'Storage' && m.armRegionName === 'eastus').length;
    const seen: Item[] = [];
    let page = await pageOf(filter);
    for (;;) {
      seen.push(...page.Items);
      expect(page.Count).toBe(page.Items.length);
      if (!page.NextPageLink) break;
      const next = new URL(page.NextPageLink);
      expect(next.searchParams.get('$filter')).toBe(filter);
      const res = await rawRequest(h.emu, next.pathname + next.search);
      page = JSON.parse(res.body) as Page;
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((i) => i.meterId)).size).toBe(expected);
    expect(h.emu.requests.count({ action: 'retailPrices.list', status: 200 })).toBe(Math.ceil(expected / 7));
    expect(RETAIL_PAGE_SIZE).toBe(1000);
  });

  it('answers in a supported currency converted at a fixed rate, refuses an unsupported one', async () => {
    const eur = await pageOf(D2S_EASTUS + " and meterName eq 'D2s v5' and priceType eq 'Consumption'", { currencyCode: "'EUR'" });
    expect(eur.BillingCurrency).toBe('EUR');
    expect(eur.Items.map((i) => [i.currencyCode, i.retailPrice])).toEqual([
      ['EUR', 0.08304],
      ['EUR', 0.16262],
    ]);
    const bad = await prices({ $filter: D2S_EASTUS, currencyCode: "'XYZ'" });
    expect(bad).toMatchObject({ status: 400, body: { Error: { Code: 'BadRequest' } } });
  });

  it('throttles with 429 and Retry-After, fails with 503 (and an injected 403), in the API error shape, logged', async () => {
    h.emu.faults.add({ kind: 'throttle', service: 'retail-prices', retryAfterSeconds: 4, times: 1 });
    h.emu.faults.add({ kind: 'unavailable', service: 'retail-prices', times: 1 });
    const throttled = await prices({ $filter: D2S_EASTUS });
    expect(throttled).toMatchObject({ status: 429, headers: { 'retry-after': '4' }, body: { Error: { Code: 'TooManyRequests' } } });
    expect(await prices({ $filter: D2S_EASTUS })).toMatchObject({ status: 503, body: { Error: { Code: 'ServiceUnavailable' } } });
    h.emu.faults.add({ kind: 'forbidden', service: 'retail-prices', times: 1 });
    expect(await prices({ $filter: D2S_EASTUS })).toMatchObject({ status: 403, body: { Error: { Code: 'Forbidden' } } });
    expect((await prices({ $filter: D2S_EASTUS })).status).toBe(200);
    expect(h.emu.requests.entries().map((e) => [e.service, e.status])).toEqual([
      ['retail-prices', 429],
      ['retail-prices', 503],
      ['retail-prices', 403],
      ['retail-prices', 200],
    ]);
  });

  it('logs the caller when a token is sent anyway, and refuses other methods', async () => {
    await prices({ $filter: D2S_EASTUS }, h.fleet.azure.token(h.fleet.azure.subscriptions[0]!.subscriptionId));
    expect(h.emu.requests.entries()[0]!.account).toBe(h.fleet.azure.subscriptions[0]!.subscriptionId);
    const post = await rawRequest(h.emu, RETAIL_PRICES_PATH, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
  });
});
