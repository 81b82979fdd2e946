// Azure spend through the gateway, against the Cost Management emulator: per-subscription totals
// equal the fleet's ledger, one query per subscription (then none within the TTL), per-VM
// actual cost from the same bill, and a throttled subscription named in the error while the
// other's spend still comes back.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { costLines } from '../../../emulators/kit/billing.js';
import { CostsDocument, CostsWithForecastDocument, VmCostsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const DAY = 86_400_000;
const day = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);
const text = (d: Date) => d.toISOString().slice(0, 10);
const close = (actual: string, expected: Decimal) => expect(new Decimal(actual).minus(expected).abs().lessThan('0.000001'), `${actual} vs ${expected.toFixed()}`).toBe(true);

describe('Azure spend (Cost Management)', () => {
  let app: RunningApp;
  const today = day(Date.now());
  const from = new Date(today.getTime() - 7 * DAY);
  const queries = () => app.sandbox!.azure!.requests.count({ service: 'costmanagement', action: 'costManagement.query' });
  const sumBy = (key: (account: string, resourceId: string) => string, windowFrom: Date, windowTo: Date) => {
    const sums = new Map<string, Decimal>();
    for (const line of costLines(app.sandbox!.azure!.billableItems(), windowFrom, windowTo, app.sandbox!.fleet.now())) {
      const k = key(line.item.account, line.item.resourceId);
      sums.set(k, (sums.get(k) ?? new Decimal(0)).plus(line.amount));
    }
    return sums;
  };

  beforeAll(async () => {
    app = await startTestApp({ clouds: ['azure'], vmsPerScope: 8 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers per subscription what the ledger says, one query per subscription, none when asked again', async () => {
    app.sandbox!.azure!.requests.reset();
    const variables = { from: text(from), to: text(today), granularity: 'DAILY' as const, groupBy: [{ dimension: 'ACCOUNT' as const }] };
    const result = await execute(gatewayUrl(app), CostsDocument, variables);
    expect(result.errors).toBeUndefined();
    const expected = sumBy((account) => account, from, today);
    const groups = result.data!.costs.groups;
    expect(groups.map((g) => g.keys[0]!.value).sort()).toEqual([...expected.keys()].sort());
    for (const group of groups) close(group.amount.amount, expected.get(group.keys[0]!.value)!);
    expect(queries()).toBe(app.sandbox!.fleet.azure.subscriptions.length);

    await execute(gatewayUrl(app), CostsDocument, variables);
    expect(queries()).toBe(app.sandbox!.fleet.azure.subscriptions.length);
  });

  it("gives each VM's ACTUAL cost from the bill, one resource query per subscription for all of them", async () => {
    app.sandbox!.azure!.requests.reset();
    const result = await execute(gatewayUrl(app), VmCostsDocument, { first: 1000, from: text(from), to: text(today) });
    expect(result.errors).toBeUndefined();
    const expected = sumBy((_account, resourceId) => resourceId.toLowerCase(), from, today);
    const vms = result.data!.vms.nodes;
    expect(vms.length).toBeGreaterThan(0);
    let actual = 0;
    for (const vm of vms) {
      const cost = vm.cost!;
      const billed = expected.get(vm.nativeId.toLowerCase());
      if (billed) {
        expect(cost.basis).toBe('ACTUAL');
        close(cost.amount.amount, billed);
        actual++;
      } else {
        expect(cost.basis).toBe('ESTIMATE');
        expect(cost.estimate).not.toBeNull();
      }
    }
    expect(actual).toBeGreaterThan(0);
    expect(queries()).toBe(app.sandbox!.fleet.azure.subscriptions.length);
  });

  it('a throttled subscription is named in the error; the other still answers', async () => {
    const azure = app.sandbox!.azure!;
    const [throttled, healthy] = app.sandbox!.fleet.azure.subscriptions.map((s) => s.subscriptionId);
    azure.faults.add({ kind: 'throttle', service: 'costmanagement', account: throttled, retryAfterSeconds: 0 });
    try {
      const result = await execute(gatewayUrl(app), CostsDocument, { from: text(new Date(today.getTime() - 3 * DAY)), to: text(today), granularity: 'DAILY', groupBy: [{ dimension: 'ACCOUNT' }] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_THROTTLED', provider: 'azure', account: throttled!.toLowerCase() });
      const accounts = new Set(result.data!.costs.rows.map((r) => r.keys[0]!.value));
      expect(accounts).toEqual(new Set([healthy!.toLowerCase()]));
    } finally {
      azure.faults.clear();
    }
  });

  it("forecasts per subscription: a throttled one is named, the other's outlook still comes back", async () => {
    const azure = app.sandbox!.azure!;
    const [throttled] = app.sandbox!.fleet.azure.subscriptions.map((s) => s.subscriptionId);
    azure.faults.add({ kind: 'throttle', service: 'costmanagement', action: 'costManagement.forecast', account: throttled, retryAfterSeconds: 0 });
    let part;
    try {
      const result = await execute(gatewayUrl(app), CostsWithForecastDocument, { from: text(from), to: text(today) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_THROTTLED', provider: 'azure', account: throttled!.toLowerCase() });
      part = result.data!.costs.forecast!.byProvider[0]!;
      expect(part.provider).toBe('AZURE');
      expect(new Decimal(part.remaining.amount).greaterThan(0)).toBe(true);
    } finally {
      azure.faults.clear();
    }
    const all = await execute(gatewayUrl(app), CostsWithForecastDocument, { from: text(from), to: text(today) });
    expect(all.errors).toBeUndefined();
    expect(new Decimal(part.remaining.amount).lessThan(all.data!.costs.forecast!.byProvider[0]!.remaining.amount)).toBe(true);
  });
});
