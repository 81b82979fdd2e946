// A tiny BigQuery server around the emulator's handler (as the GCP server will route it): reads
// the body, applies injected faults, identifies the caller by its sandbox token, answers with
// handleBigQuery and logs every request under service 'bigquery'. Also the ledger the tests
// compare answers with, computed independently of the emulator's export rows.
import { Decimal } from 'decimal.js';
import { costLines } from '../../../emulators/kit/billing.js';
import { FaultInjector, failureKind } from '../../../emulators/kit/faults.js';
import { RequestLog } from '../../../emulators/kit/request-log.js';
import { applyFaults, readBody, startEmulatorServer } from '../../../emulators/kit/server.js';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { googleErrors } from '../../../emulators/gcp/errors.js';
import { gcpBillableItems, type GcpBillableItem, type GcpBillingPrices } from '../../../emulators/gcp/bigquery/billable.js';
import { DEFAULT_MAX_ROWS_PER_PAGE, bigQueryTarget, handleBigQuery, type BigQuerySettings } from '../../../emulators/gcp/bigquery/handler.js';
import { QueryJobs } from '../../../emulators/gcp/bigquery/jobs.js';
import { sandboxExportTables, tableId } from '../../../emulators/gcp/bigquery/tables.js';

export const PROD = 'fleet-demo-prod';
export const DEV = 'fleet-demo-dev';
/** A fixed "now" (after the fleet's epoch) so the emulator and the tests see the same partial day. */
export const NOW = new Date('2026-03-18T15:27:41.250Z');
export const DAY = 86_400_000;
export const TODAY = new Date(Math.floor(NOW.getTime() / DAY) * DAY);

export const STANDARD_TABLE = tableId(sandboxExportTables(PROD)[0]!);
export const DETAILED_TABLE = tableId(sandboxExportTables(PROD)[1]!);

/** The tests' own small price list (USD): not the catalog's, so the tests do not depend on it. */
export const TEST_PRICES: GcpBillingPrices = {
  instanceHourly(machineType, region, os) {
    if (machineType.startsWith('t2a-')) return undefined; // not sold, so not billed
    const base = machineType.startsWith('e2-') ? '0.0335' : region === 'europe-west1' ? '0.0521' : '0.0475';
    return os === 'WINDOWS' ? new Decimal(base).plus('0.092').toFixed() : base;
  },
  storageMonthlyPerGiB(diskType, _region, regional) {
    const perGiB = diskType === 'pd-ssd' ? '0.17' : diskType === 'pd-standard' ? '0.04' : '0.1';
    return regional ? new Decimal(perGiB).times(2).toFixed() : perGiB;
  },
};

export interface BigQueryHarness {
  url: string;
  fleet: Fleet;
  items(): GcpBillableItem[];
  settings: BigQuerySettings;
  requests: RequestLog<'bigquery'>;
  faults: FaultInjector<'bigquery'>;
  count(action?: string): number;
  close(): Promise<void>;
}

export async function startBigQueryHarness(): Promise<BigQueryHarness> {
  const fleet = createFleet({ seed: 42, vmsPerScope: 12, clock: () => NOW });
  const settings: BigQuerySettings = { tables: sandboxExportTables(PROD), maxRowsPerPage: DEFAULT_MAX_ROWS_PER_PAGE };
  const requests = new RequestLog<'bigquery'>();
  const faults = new FaultInjector<'bigquery'>(failureKind);
  const jobs = new QueryJobs();
  const items = () => gcpBillableItems(fleet.gcp, TEST_PRICES);
  const server = await startEmulatorServer({
    headers: { 'content-type': 'application/json; charset=UTF-8' },
    async answer(req) {
      const url = new URL(req.url ?? '/', 'http://emulator');
      const body = await readBody(req);
      const target = bigQueryTarget(req.method ?? 'GET', url.pathname);
      const fault = await applyFaults(faults, { service: 'bigquery', action: target.action, account: target.project, region: null });
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const caller = token ? fleet.gcp.projectForToken(token) : undefined;
      const reply =
        !fault && !caller
          ? { status: 401, body: googleErrors.invalidCredentials().body() }
          : handleBigQuery(
              { method: req.method ?? 'GET', pathname: url.pathname, params: url.searchParams, body, caller: caller?.projectId ?? '', fault },
              { items: items(), settings, jobs, now: fleet.now() },
            );
      requests.record({ service: 'bigquery', action: target.action, account: target.project, region: null, status: reply.status });
      return reply;
    },
    failed: (error) => ({ status: 500, body: String(error) }),
  });
  return {
    url: server.url,
    fleet,
    items,
    settings,
    requests,
    faults,
    count: (action) => requests.count(action ? { action } : {}),
    close: () => server.close(),
  };
}

export interface LedgerLine {
  item: GcpBillableItem;
  /** UTC midnight of the day it accrued. */
  day: Date;
  /** The ledger's amount, as the export rounds each (item, day) line: six decimals. */
  cost: Decimal;
}

/** The ledger's lines over [from, to). */
export function ledgerLines(items: readonly GcpBillableItem[], from: Date, to: Date): LedgerLine[] {
  return costLines(items, from, to, NOW).map((line) => ({
    item: line.item as GcpBillableItem,
    day: line.day,
    cost: line.amount.toDecimalPlaces(6, Decimal.ROUND_HALF_UP),
  }));
}

/** Sums of the ledger's lines by a key (null leaves a line out). */
export function ledgerBy(items: readonly GcpBillableItem[], from: Date, to: Date, keyOf: (line: LedgerLine) => string | null): Map<string, Decimal> {
  const sums = new Map<string, Decimal>();
  for (const line of ledgerLines(items, from, to)) {
    const key = keyOf(line);
    if (key === null) continue;
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(line.cost));
  }
  return sums;
}

export const days = (n: number) => n * DAY;
export const dateText = (d: Date | number) => new Date(d).toISOString().slice(0, 10);
