// Costs across the three clouds at once: spend grouped by provider from each cloud's billing API
// (one call per query shape, per subscription on Azure), prices in two currencies never summed or
// ordered together unless converted, and a cloud without billing data named in the error.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { CostsDocument, InstanceOffersDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const DAY = 86_400_000;
const today = new Date(Math.floor(Date.now() / DAY) * DAY);
const text = (d: Date) => d.toISOString().slice(0, 10);
const week = { from: text(new Date(today.getTime() - 7 * DAY)), to: text(today) };

describe('costs across three clouds', () => {
  let app: RunningApp;
  beforeAll(async () => {
    // Azure's retail prices in euros: two currencies in one comparison.
    app = await startTestApp({
      clouds: ['aws', 'azure', 'gcp'],
      vmsPerScope: 6,
      costs: { azure: { currency: 'EUR' }, exchangeRates: { reportingCurrency: 'USD', rates: { EUR: '1.08' } } },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('groups spend by provider, one billing call per cloud (per subscription on Azure)', async () => {
    const { aws, azure, gcp } = app.sandbox!;
    for (const emulator of [aws!, azure!, gcp!]) emulator.requests.reset();
    const result = await execute(gatewayUrl(app), CostsDocument, { ...week, groupBy: [{ dimension: 'PROVIDER' }, { dimension: 'SERVICE' }] });
    expect(result.errors).toBeUndefined();
    const groups = result.data!.costs.groups;
    expect(new Set(groups.map((g) => g.keys[0]!.value))).toEqual(new Set(['AWS', 'AZURE', 'GCP']));
    expect(groups.every((g) => g.keys[0]!.dimension === 'PROVIDER' && g.keys[1]!.dimension === 'SERVICE' && g.keys[1]!.value !== '')).toBe(true);
    const total = groups.reduce((sum, g) => sum.plus(g.amount.amount), new Decimal(0));
    expect(new Decimal(result.data!.costs.totals[0]!.amount).equals(total)).toBe(true);
    expect(aws!.requests.count({ service: 'costexplorer' })).toBe(1);
    expect(azure!.requests.count({ service: 'costmanagement' })).toBe(app.sandbox!.fleet.azure.subscriptions.length);
    expect(gcp!.requests.count({ service: 'bigquery', action: 'jobs.query' })).toBe(1);
  });

  it('never orders or sums two currencies together: each currency in its own run, unless converted', async () => {
    const mixed = (await execute(gatewayUrl(app), InstanceOffersDocument, { minVcpus: 2, first: 1000 })).data!.instanceOffers.nodes;
    const currencies = mixed.map((o) => o.hourly.currency);
    expect(new Set(currencies)).toEqual(new Set(['EUR', 'USD']));
    expect(currencies.lastIndexOf('EUR')).toBeLessThan(currencies.indexOf('USD'));

    const converted = (await execute(gatewayUrl(app), InstanceOffersDocument, { minVcpus: 2, first: 1000, currency: 'USD' })).data!.instanceOffers.nodes;
    expect(converted.every((o) => o.hourly.currency === 'USD')).toBe(true);
    const azure = converted.filter((o) => o.provider === 'AZURE');
    expect(azure.every((o) => o.hourly.conversions[0]?.rate === '1.08' && o.hourly.conversions[0]?.original.currency === 'EUR')).toBe(true);
    for (let i = 1; i < converted.length; i++) expect(new Decimal(converted[i - 1]!.hourly.amount).lessThanOrEqualTo(converted[i]!.hourly.amount)).toBe(true);
  });
});

describe('costs with a cloud that has no billing source', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ clouds: ['aws', 'gcp'], vmsPerScope: 4, costs: { gcp: { enabled: false } } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers for the others and names the missing one PROVIDER_NOT_CONFIGURED', async () => {
    const result = await execute(gatewayUrl(app), CostsDocument, { ...week, groupBy: [{ dimension: 'PROVIDER' }] });
    expect(result.data!.costs.groups.map((g) => g.keys[0]!.value)).toEqual(['AWS']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', provider: 'gcp' });
  });
});
