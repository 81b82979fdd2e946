// AWS spend through the gateway, against the Cost Explorer emulator: amounts equal the fleet's
// own ledger (catalog price × running hours), exact Cost Explorer request counts (each one is
// billed), nothing when a query repeats within the TTL, grouping, paging, forecasts, currency
// conversion, and clear errors for what cannot be answered.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { costLines } from '../../../emulators/kit/billing.js';
import { CostsDocument, CostsWithForecastDocument, VmCostsDocument, VolumeCostsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const DAY = 86_400_000;
const day = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);
const text = (d: Date) => d.toISOString().slice(0, 10);

/** What the fleet's ledger says accrued in [from, to), per account. */
function ledger(app: RunningApp, from: Date, to: Date, keep: (account: string) => boolean = () => true): Map<string, Decimal> {
  const lines = costLines(app.sandbox!.aws!.billableItems(), from, to, app.sandbox!.fleet.now());
  const sums = new Map<string, Decimal>();
  for (const line of lines) {
    if (!keep(line.item.account)) continue;
    sums.set(line.item.account, (sums.get(line.item.account) ?? new Decimal(0)).plus(line.amount));
  }
  return sums;
}

const close = (actual: string, expected: Decimal) => expect(new Decimal(actual).minus(expected).abs().lessThan('0.000001'), `${actual} vs ${expected.toFixed()}`).toBe(true);

describe('AWS spend (Cost Explorer)', () => {
  let app: RunningApp;
  const today = day(Date.now());
  const from = new Date(today.getTime() - 10 * DAY);
  const count = (action: string) => app.sandbox!.aws!.requests.count({ service: 'costexplorer', action });


  // The counters are the process's: another test file in this worker may have asked a Cost Explorer before.
  let countedBefore = 0;
  const costExplorerRequestsCounted = async () =>
    (await (await fetch(new URL('/metrics', gatewayUrl(app)))).text())
      .split('\n')
      .filter((line) => line.startsWith('fleetgraph_upstream_requests_total{') && line.includes('service="costexplorer"'))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);

  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 12, costs: { exchangeRates: { reportingCurrency: 'EUR', rates: { USD: '0.92' } } } });
    countedBefore = await costExplorerRequestsCounted();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers per account what the ledger says, in one Cost Explorer call, and nothing when asked again', async () => {
    app.sandbox!.aws!.requests.reset();
    const variables = { from: text(from), to: text(today), granularity: 'DAILY' as const, groupBy: [{ dimension: 'ACCOUNT' as const }] };
    const result = await execute(gatewayUrl(app), CostsDocument, variables);
    expect(result.errors).toBeUndefined();
    const report = result.data!.costs;
    expect(report.rows.length).toBeGreaterThan(0);
    const expected = ledger(app, from, today);
    const byAccount = new Map(report.groups.map((g) => [g.keys[0]!.value, g.amount.amount]));
    expect([...byAccount.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [account, amount] of expected) close(byAccount.get(account)!, amount);
    close(report.totals[0]!.amount, [...expected.values()].reduce((a, b) => a.plus(b)));
    expect(report.totals).toHaveLength(1);
    expect(report.rows.every((r) => r.provider === 'AWS' && r.amount.currency === 'USD')).toBe(true);
    expect(count('GetCostAndUsage')).toBe(1);

    const again = await execute(gatewayUrl(app), CostsDocument, variables);
    expect(again.data!.costs.totals).toEqual(report.totals);
    expect(count('GetCostAndUsage')).toBe(1);
  });

  it('shows every billed Cost Explorer request in /metrics, as the emulator counted them', async () => {
    const counted = (await costExplorerRequestsCounted()) - countedBefore;
    const received = app.sandbox!.aws!.requests.entries().filter((e) => e.service === 'costexplorer').length;
    expect(counted).toBeGreaterThan(0);
    // Nothing asked this app's Cost Explorer before the first test reset the emulator's log.
    expect(counted).toBe(received);
  });

  it('pages through Cost Explorer with NextPageToken: each page one call', async () => {
    const ce = app.sandbox!.aws!.costExplorer;
    ce.maxGroupsPerPage = 5;
    try {
      app.sandbox!.aws!.requests.reset();
      const pagedFrom = new Date(today.getTime() - 4 * DAY);
      const result = await execute(gatewayUrl(app), CostsDocument, {
        from: text(pagedFrom),
        to: text(today),
        granularity: 'DAILY',
        groupBy: [{ dimension: 'ACCOUNT' }, { dimension: 'REGION' }],
      });
      expect(result.errors).toBeUndefined();
      const rows = result.data!.costs.rows;
      // 4 days × 2 accounts × 2 regions = 16 groups, 5 a page.
      expect(rows).toHaveLength(16);
      expect(count('GetCostAndUsage')).toBe(Math.ceil(16 / 5));
    } finally {
      ce.maxGroupsPerPage = 1000;
    }
  });

  it('groups by service and by tag, with tag values (not key$value) and "" for untagged', async () => {
    const result = await execute(gatewayUrl(app), CostsDocument, {
      from: text(from),
      to: text(today),
      groupBy: [{ dimension: 'SERVICE' }, { dimension: 'TAG', tagKey: 'env' }],
    });
    expect(result.errors).toBeUndefined();
    const groups = result.data!.costs.groups;
    const services = new Set(groups.map((g) => g.keys[0]!.value));
    expect(services).toEqual(new Set(['Amazon Elastic Compute Cloud - Compute', 'EC2 - Other']));
    const envs = new Set(groups.map((g) => g.keys[1]!.value));
    expect([...envs].every((v) => !v.includes('$'))).toBe(true);
    expect(groups[0]!.keys[1]).toMatchObject({ dimension: 'TAG', tagKey: 'env' });
  });

  it('answers a tag key nothing carries as untagged spend, with an error saying so', async () => {
    const result = await execute(gatewayUrl(app), CostsDocument, { from: text(from), to: text(today), groupBy: [{ dimension: 'TAG', tagKey: 'Env-Typo' }] });
    expect(result.data!.costs.groups.map((g) => g.keys[0]!.value)).toEqual(['']);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'groupBy' });
    expect(result.errors?.[0]?.message).toContain('Env-Typo');
  });

  it('converts to the reporting currency with the configured rate, and says so', async () => {
    const result = await execute(gatewayUrl(app), CostsDocument, { from: text(from), to: text(today), currency: 'EUR' });
    expect(result.errors).toBeUndefined();
    const [total] = result.data!.costs.totals;
    expect(total!.currency).toBe('EUR');
    expect(total!.conversions).toHaveLength(1);
    const { original, rate } = total!.conversions[0]!;
    expect(rate).toBe('0.92');
    expect(original.currency).toBe('USD');
    expect(new Decimal(original.amount).times('0.92').toFixed()).toBe(new Decimal(total!.amount).toFixed());
  });

  it('forecasts the month end as month-to-date plus the Cost Explorer forecast', async () => {
    app.sandbox!.aws!.requests.reset();
    const result = await execute(gatewayUrl(app), CostsWithForecastDocument, { from: text(from), to: text(today) });
    expect(result.errors).toBeUndefined();
    const forecast = result.data!.costs.forecast!;
    const [aws] = forecast.byProvider;
    expect(aws!.provider).toBe('AWS');
    expect(new Decimal(aws!.monthToDate.amount).plus(aws!.remaining.amount).toFixed()).toBe(new Decimal(aws!.monthEnd.amount).toFixed());
    expect(new Decimal(aws!.remaining.amount).greaterThan(0)).toBe(true);
    expect(new Decimal(aws!.remainingLower!.amount).lessThan(aws!.remaining.amount)).toBe(true);
    expect(count('GetCostForecast')).toBe(1);
    const monthStart = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
    if (today > monthStart) close(aws!.monthToDate.amount, [...ledger(app, monthStart, today).values()].reduce((a, b) => a.plus(b)));
  });

  it('refuses bad windows, groupings and currencies with BAD_USER_INPUT before any call', async () => {
    app.sandbox!.aws!.requests.reset();
    const cases = [
      { from: text(today), to: text(from) },
      { from: '2024-01-01', to: text(today) },
      { from: text(new Date(today.getTime() - 100 * DAY)), to: text(today), granularity: 'DAILY' as const },
      { from: text(from), to: text(today), groupBy: [{ dimension: 'ACCOUNT' as const }, { dimension: 'REGION' as const }, { dimension: 'SERVICE' as const }] },
      { from: text(from), to: text(today), groupBy: [{ dimension: 'TAG' as const }] },
      { from: text(from), to: text(today), currency: 'usd' },
      { from: text(from), to: text(today), currency: 'GBP' },
      { from: '2026-13-01', to: text(today) },
    ];
    for (const variables of cases) {
      const result = await execute(gatewayUrl(app), CostsDocument, variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect(count('GetCostAndUsage')).toBe(0);
  });

  it('a throttled Cost Explorer is an error naming AWS and the operation, after its retries', async () => {
    const aws = app.sandbox!.aws!;
    aws.requests.reset();
    aws.faults.add({ kind: 'throttle', service: 'costexplorer' });
    try {
      // A window no other test asked for: an answer in the cache would hide the fault.
      const result = await execute(gatewayUrl(app), CostsDocument, { from: text(new Date(today.getTime() - 2 * DAY)), to: text(today), granularity: 'DAILY' });
      expect(result.data!.costs.rows).toEqual([]);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_THROTTLED', provider: 'aws', operation: 'GetCostAndUsage' });
      expect(count('GetCostAndUsage')).toBe(3);
    } finally {
      aws.faults.clear();
    }
  });

  it("gives each VM's ACTUAL cost from resource-level data, one call per account for all of them", async () => {
    app.sandbox!.aws!.requests.reset();
    const week = new Date(today.getTime() - 7 * DAY);
    const result = await execute(gatewayUrl(app), VmCostsDocument, { first: 1000, from: text(week), to: text(today) });
    expect(result.errors).toBeUndefined();
    const lines = costLines(app.sandbox!.aws!.billableItems(), week, today, app.sandbox!.fleet.now());
    const billed = new Map<string, Decimal>();
    for (const line of lines) billed.set(line.item.resourceId, (billed.get(line.item.resourceId) ?? new Decimal(0)).plus(line.amount));
    const vms = result.data!.vms.nodes;
    for (const vm of vms.filter((v) => billed.has(v.nativeId))) {
      expect(vm.cost!.basis).toBe('ACTUAL');
      close(vm.cost!.amount.amount, billed.get(vm.nativeId)!);
    }
    expect(vms.filter((v) => v.cost!.basis === 'ACTUAL').length).toBeGreaterThan(0);
    expect(count('GetCostAndUsageWithResources')).toBe(app.sandbox!.fleet.aws.accounts.length);
  });

  it('estimates beyond the 14 days resource-level data reaches, and says how', async () => {
    app.sandbox!.aws!.requests.reset();
    const older = new Date(today.getTime() - 40 * DAY);
    const result = await execute(gatewayUrl(app), VmCostsDocument, { first: 1000, from: text(older), to: text(new Date(older.getTime() + 10 * DAY)) });
    expect(result.errors).toBeUndefined();
    for (const vm of result.data!.vms.nodes) {
      expect(vm.cost!.basis).toBe('ESTIMATE');
      expect(vm.cost!.note).toContain('14 days');
      const { unitPrice, hours } = vm.cost!.estimate!;
      expect(new Decimal(unitPrice.amount).times(hours).minus(vm.cost!.amount.amount).abs().lessThan('0.0000001')).toBe(true);
      if (vm.state !== 'RUNNING') expect(hours).toBe('0');
    }
    expect(count('GetCostAndUsageWithResources')).toBe(0);
  });

  it('estimates, with an error naming the cause, for an account that has not enabled resource-level data', async () => {
    const ce = app.sandbox!.aws!.costExplorer;
    const saved = new Set(ce.resourceLevelOptIn);
    ce.resourceLevelOptIn.clear();
    try {
      const recent = new Date(today.getTime() - 3 * DAY);
      const result = await execute(gatewayUrl(app), VmCostsDocument, { first: 1000, from: text(recent), to: text(today) });
      expect(result.data!.vms.nodes.every((vm) => vm.cost!.basis === 'ESTIMATE')).toBe(true);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_NOT_CONFIGURED', provider: 'aws', operation: 'GetCostAndUsageWithResources' });
    } finally {
      for (const account of saved) ce.resourceLevelOptIn.add(account);
    }
  });

  it('estimates volumes (Cost Explorer has no per-volume data) from their price and age', async () => {
    const result = await execute(gatewayUrl(app), VolumeCostsDocument, { first: 1000, from: text(from), to: text(today) });
    expect(result.errors).toBeUndefined();
    for (const volume of result.data!.volumes.nodes) {
      expect(volume.cost!.basis).toBe('ESTIMATE');
      expect(volume.cost!.note).toContain('no per-resource cost for volumes');
    }
  });

  it('an account without Cost Explorer access is PROVIDER_AUTH_FAILED naming the account and operation', async () => {
    const ce = app.sandbox!.aws!.costExplorer;
    ce.deniedAccounts.add(ce.payerAccount);
    try {
      const result = await execute(gatewayUrl(app), CostsDocument, { from: text(new Date(today.getTime() - 5 * DAY)), to: text(today), granularity: 'DAILY' });
      expect(result.data!.costs.rows).toEqual([]);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', provider: 'aws', account: ce.payerAccount, operation: 'GetCostAndUsage' });
      expect(result.errors?.[0]?.message).toContain('not authorized');
    } finally {
      ce.deniedAccounts.clear();
    }
  });
});
