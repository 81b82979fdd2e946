// GCP spend through the gateway, from the billing export in BigQuery (the sandbox's detailed
// table): per-project totals equal the fleet's ledger, one query job per query shape (then none
// within the TTL), per-VM actual cost, and a clear error when the export table does not exist.
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { costLines } from '../../../emulators/kit/billing.js';
import { CostsDocument, VmCostsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const DAY = 86_400_000;
const day = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);
const text = (d: Date) => d.toISOString().slice(0, 10);
// The emulated export writes each day's cost rounded to 6 decimals, as the real one rounds.
const close = (actual: string, expected: Decimal, lines: number) =>
  expect(new Decimal(actual).minus(expected).abs().lessThanOrEqualTo(new Decimal('0.0000005').times(lines + 1)), `${actual} vs ${expected.toFixed()}`).toBe(true);

describe('GCP spend (BigQuery billing export)', () => {
  let app: RunningApp;
  const today = day(Date.now());
  const from = new Date(today.getTime() - 7 * DAY);
  const jobs = () => app.sandbox!.gcp!.requests.count({ service: 'bigquery', action: 'jobs.query' });
  const ledger = (key: (project: string, resourceId: string) => string) => {
    const sums = new Map<string, { amount: Decimal; lines: number }>();
    for (const line of costLines(app.sandbox!.gcp!.billableItems(), from, today, app.sandbox!.fleet.now())) {
      const k = key(line.item.account, line.item.resourceId);
      const sum = sums.get(k) ?? { amount: new Decimal(0), lines: 0 };
      sums.set(k, { amount: sum.amount.plus(line.amount), lines: sum.lines + 1 });
    }
    return sums;
  };

  beforeAll(async () => {
    app = await startTestApp({ clouds: ['gcp'], vmsPerScope: 8 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers per project what the ledger says in one query job, none when asked again', async () => {
    app.sandbox!.gcp!.requests.reset();
    const variables = { from: text(from), to: text(today), granularity: 'DAILY' as const, groupBy: [{ dimension: 'ACCOUNT' as const }] };
    const result = await execute(gatewayUrl(app), CostsDocument, variables);
    expect(result.errors).toBeUndefined();
    const expected = ledger((project) => project);
    const groups = result.data!.costs.groups;
    expect(groups.map((g) => g.keys[0]!.value).sort()).toEqual([...expected.keys()].sort());
    for (const group of groups) {
      const sum = expected.get(group.keys[0]!.value)!;
      close(group.amount.amount, sum.amount, sum.lines);
    }
    expect(jobs()).toBe(1);
    await execute(gatewayUrl(app), CostsDocument, variables);
    expect(jobs()).toBe(1);
  });

  it("gives each VM's ACTUAL cost from the detailed export", async () => {
    const result = await execute(gatewayUrl(app), VmCostsDocument, { first: 1000, from: text(from), to: text(today) });
    expect(result.errors).toBeUndefined();
    const actual = result.data!.vms.nodes.filter((vm) => vm.cost!.basis === 'ACTUAL');
    expect(actual.length).toBeGreaterThan(0);
    expect(result.data!.vms.nodes.every((vm) => vm.cost!.basis === 'ACTUAL' || vm.cost!.note)).toBe(true);
  });

  it('a missing export table is NOT_FOUND naming the table, and the rest of the answer comes back', async () => {
    const tables = app.sandbox!.gcp!.bigQuery.tables;
    const saved = [...tables];
    tables.splice(0, tables.length);
    try {
      const result = await execute(gatewayUrl(app), CostsDocument, { from: text(new Date(today.getTime() - 2 * DAY)), to: text(today), granularity: 'DAILY' });
      expect(result.data!.costs).toMatchObject({ rows: [], totals: [] });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PROVIDER_ERROR', provider: 'gcp', operation: 'bigquery.query' });
      expect(result.errors?.[0]?.message).toContain('billingExportTable');
    } finally {
      tables.push(...saved);
    }
  });
});
