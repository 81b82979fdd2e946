// A tiny HTTPS server around the Cost Management handler (what the Azure emulator's server routes
// to it), over a fleet on a fixed clock, with a small fixed price list: the tests' ledger and the
// emulator's bill come from the same items, and nothing moves while a test runs.
import https from 'node:https';
import { Decimal } from 'decimal.js';
import { armErrors } from '../../../emulators/azure/errors.js';
import {
  answerCostManagement,
  azureBillableItems,
  costManagementTarget,
  defaultCostManagementSettings,
  type AzurePriceList,
  type CostManagementSettings,
} from '../../../emulators/azure/cost-management/index.js';
import { AZURE_SUBSCRIPTIONS, createFleet, type Fleet } from '../../../emulators/fleet.js';
import { PageCap } from '../../../emulators/kit/emulator.js';
import { FaultInjector, failureWithRetryAfter, type FailureWithRetryAfter } from '../../../emulators/kit/faults.js';
import { RequestLog } from '../../../emulators/kit/request-log.js';
import { header, readBody, startEmulatorServer } from '../../../emulators/kit/server.js';
import { generateTlsIdentity } from '../../../emulators/kit/tls.js';
import type { BillableItem } from '../../../emulators/kit/billing.js';

export const SUB_A = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
export const SUB_B = AZURE_SUBSCRIPTIONS[1]!.subscriptionId;
export const SERVICE = 'costmanagement';

/** Mid-month, mid-day: the fleet's clock for every test. */
export const NOW = new Date(Date.UTC(2026, 2, 15, 12, 0, 0));
export const DAY = 86_400_000;
export const TODAY = Date.UTC(2026, 2, 15);

const SIZE_HOURLY: Readonly<Record<string, string>> = { Standard_B1s: '0.0104', Standard_B2s: '0.0416', Standard_D2s_v5: '0.096', Standard_D4s_v5: '0.192' };

/** A price list of the tests' own: every size and disk the fleet uses has a price. */
export const TEST_PRICES: AzurePriceList = {
  currency: 'USD',
  vmHourly: (size, location, os, priority) => {
    const base = new Decimal(SIZE_HOURLY[size] ?? '0.05').times(location === 'westeurope' ? '1.1' : '1');
    return base.times(os === 'Windows' ? 2 : 1).times(priority === 'spot' ? '0.2' : 1).toFixed();
  },
  diskMonthly: (sku, sizeGiB) => ({ tier: `T${sizeGiB}`, monthly: new Decimal(sizeGiB).times(sku.startsWith('Premium') ? '0.15' : '0.05').toFixed() }),
};

export interface CostManagementHarness {
  url: string;
  caCertificate: string;
  fleet: Fleet;
  items(): BillableItem[];
  settings: CostManagementSettings;
  faults: FaultInjector<string, FailureWithRetryAfter>;
  requests: RequestLog<string>;
  setMaxPageSize(n: number | null): void;
  close(): Promise<void>;
}

export async function startCostManagement(vmsPerScope = 8): Promise<CostManagementHarness> {
  const fleet = createFleet({ vmsPerScope, clock: () => NOW });
  const tls = await generateTlsIdentity('127.0.0.1', 'fleetgraph-azure-emulator');
  const settings = defaultCostManagementSettings();
  const faults = new FaultInjector<string, FailureWithRetryAfter>(failureWithRetryAfter);
  const requests = new RequestLog<string>();
  const pageCap = new PageCap();
  const items = () => azureBillableItems(fleet.azure, TEST_PRICES);
  const server = await startEmulatorServer({
    tls,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    answer: async (req) => {
      const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
      const body = await readBody(req);
      const target = costManagementTarget(url.pathname);
      if (!target) return { status: 404, body: armErrors.notFound(url.pathname).body() };
      const service = { service: SERVICE, fleet: fleet.azure, items, settings, faults, requests, pageCap: () => pageCap.value, now: () => fleet.now() };
      return answerCostManagement(target, { method: req.method ?? 'GET', url, body, authorization: header(req, 'authorization') }, service);
    },
    failed: () => ({ status: 500, body: armErrors.internal('emulator failure').body() }),
  });
  return { url: server.url, caCertificate: tls.cert, fleet, items, settings, faults, requests, setMaxPageSize: pageCap.set, close: () => server.close() };
}

export interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTPS request to the harness (absolute URLs, such as nextLinks, are taken as they are). */
export function rawRequest(h: CostManagementHarness, path: string, init: { method?: string; token?: string | null; body?: unknown } = {}): Promise<RawReply> {
  const url = new URL(path, h.url);
  const text = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: init.method ?? 'POST',
        ca: h.caCertificate,
        headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(text ? { 'content-type': 'application/json' } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (text) req.write(text);
    req.end();
  });
}

export const queryPath = (subscriptionId: string, kind: 'query' | 'forecast' = 'query') =>
  `/subscriptions/${subscriptionId}/providers/Microsoft.CostManagement/${kind}?api-version=2025-03-01`;

/** YYYY-MM-DD of a UTC instant. */
export const dateText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
