// Billing-export answers as the normalised spend model. Amounts stay the decimal strings the
// queries cast their NUMERIC sums to.
import type { Forecast, ResourceSpend, SpendQuery, SpendRow } from '../billing.js';
import type { ResultRow } from './bigquery-client.js';

const DAY = 86_400_000;

/** Per-resource spend with what tells a VM from its boot disk: both carry the name the user gave (Compute Engine names the boot disk after the instance). */
export interface GcpResourceSpend extends ResourceSpend {
  kind: 'vm' | 'volume';
  /** The zone (or, for a regional disk, the region) the global name places it in. */
  location: string;
  /** `resource.global_name`: //compute.googleapis.com/projects/P/zones/Z/instances/<numeric id>. */
  globalName: string;
}

const GLOBAL_NAME = /^\/\/compute[.]googleapis[.]com\/projects\/[^/]+\/(?:zones|regions)\/([^/]+)\/(instances|disks)\/[^/]+$/;

export function spendRowsOf(rows: readonly ResultRow[], query: SpendQuery, now: Date): SpendRow[] {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  return rows.flatMap((row) => {
    if (!row.period_start || !row.amount || !row.currency) return [];
    const start = Date.parse(`${row.period_start}T00:00:00Z`);
    const periodStart = new Date(Math.max(start, query.from.getTime()));
    const periodEnd = new Date(Math.min(periodEndOf(start, query.granularity), query.to.getTime()));
    const groups = query.groupBy.map((_, i) => row[`group_${i + 1}`] ?? '');
    // The export has no "final" flag: a period that has not ended yet is still accruing.
    return [{ periodStart, periodEnd, groups, amount: { amount: row.amount, currency: row.currency }, estimated: periodEnd.getTime() > today }];
  });
}

function periodEndOf(start: number, granularity: SpendQuery['granularity']): number {
  if (granularity === 'DAILY') return start + DAY;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Instances and disks by the name the model knows them by; anything else the export names is left out. */
export function resourceSpendOf(rows: readonly ResultRow[]): GcpResourceSpend[] {
  return rows.flatMap((row) => {
    const m = GLOBAL_NAME.exec(row.resource_global_name ?? '');
    if (!m || !row.resource_name || !row.amount || !row.currency) return [];
    return [
      {
        resourceId: row.resource_name,
        amount: { amount: row.amount, currency: row.currency },
        kind: m[2] === 'instances' ? ('vm' as const) : ('volume' as const),
        location: m[1]!,
        globalName: row.resource_global_name!,
      },
    ];
  });
}

/** The run-rate total; BigQuery gives no prediction interval. Nothing billed in the basis: 0 in `currency`. */
export function forecastOf(rows: readonly ResultRow[], currency: string): Forecast | { currencies: string[] } {
  const priced = rows.filter((r) => r.currency && r.amount !== null);
  if (priced.length > 1) return { currencies: priced.map((r) => r.currency!) };
  const [row] = priced;
  return { total: { amount: row?.amount ?? '0', currency: row?.currency ?? currency }, lower: null, upper: null };
}
