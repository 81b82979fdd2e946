// One HTTP server for Compute Engine v1 (`/compute/v1/…`, reads, writes and their operations), Cloud Monitoring v3 (`/v3/…`), the
// Cloud Billing Catalog v1 (`/v1/services/{id}/skus`) and BigQuery v2 over the billing export
// (`/bigquery/v2/…`), over REST, as the Node clients speak them
// with `fallback: true`: identify the caller by its bearer token, apply injected faults, dispatch,
// answer errors in Google's JSON shape, log every request.
import type http from 'node:http';
import type { Fleet } from '../fleet.js';
import { GoogleApiError, googleErrors, type GcpService } from './errors.js';
import { handleCompute, routeCompute, type ComputeRoute } from './compute/handler.js';
import { OperationStore } from './compute/operations.js';
import { Quotas } from './compute/quota.js';
import { routeWrite, type OperationRoute, type WriteRoute } from './compute/write-routes.js';
import { handleOperationGet, handleWrite } from './compute/writes.js';
import { ActionSteps } from '../kit/action-steps.js';
import { createFaults, createRequestLog, type GcpFaults, type GcpRequestLog } from './log.js';
import { listTimeSeries } from './monitoring/time-series.js';
import { listSkus } from './billing/handler.js';
import { gcpInstanceHourly, gcpStorageMonthly } from './billing/prices.js';
import { gcpBillableItems, type GcpBillableItem } from './bigquery/billable.js';
import { DEFAULT_MAX_ROWS_PER_PAGE, bigQueryTarget, handleBigQuery, type BigQuerySettings } from './bigquery/handler.js';
import { QueryJobs } from './bigquery/jobs.js';
import { sandboxExportTables } from './bigquery/tables.js';
import { DEFAULT_RETRY_AFTER_SECONDS } from '../kit/faults.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import { applyFaults, errorMessage, readBody, startEmulatorServer, type EmulatorReply } from '../kit/server.js';

export type GcpEmulatorOptions = EmulatorOptions<Fleet>;

/** `url` goes to the clients as apiEndpoint/port with protocol http; setMaxPageSize caps Compute Engine and SKU pages below the size asked for. */
export interface GcpEmulator extends EmulatorControls<GcpRequestLog, GcpFaults> {
  /** Caps the points (series, for view HEADERS) of every timeSeries.list page; null removes the cap. */
  setMaxPointsPerPage(n: number | null): void;
  /** The Retry-After (seconds) sent with injected throttling; null sends none. Default 1. */
  setRetryAfter(seconds: number | null): void;
  /** The billing export tables BigQuery holds and its rows per page; change them to test. */
  bigQuery: BigQuerySettings;
  /** What the fleet's bill is made of: every instance and disk with its price and running time. */
  billableItems(): GcpBillableItem[];
  /** Takes a zone out of capacity (starts, resumes and inserts there fail mid-way with ZONE_RESOURCE_POOL_EXHAUSTED) or gives it back. */
  setZoneExhausted(zone: string, exhausted: boolean): void;
}

export { DEFAULT_RETRY_AFTER_SECONDS };

interface Target {
  service: GcpService;
  action: string;
  project: string | null;
  region: string | null;
  compute: ComputeRoute | null;
  /** A Compute Engine write, or a read of an operation one started. */
  write?: WriteRoute | OperationRoute;
  /** The catalog service whose SKUs are listed (Cloud Billing). */
  billingService?: string;
}

const MONITORING_PATH = /^\/v3\/projects\/([^/]+)\/timeSeries\/?$/;
const SKUS_PATH = /^\/v1\/services\/([^/]+)\/skus\/?$/;

export async function startGcpEmulator(options: GcpEmulatorOptions): Promise<GcpEmulator> {
  const { fleet } = options;
  const host = options.host ?? '127.0.0.1';
  const requests = createRequestLog();
  const faults = createFaults();
  const pageCap = new PageCap();
  const pointsCap = new PageCap();
  let retryAfter: number | null = DEFAULT_RETRY_AFTER_SECONDS;
  const steps = new ActionSteps(options.actionStepMs);
  const operations = new OperationStore(steps, () => fleet.now());
  const quotas = new Quotas(fleet.gcp);
  const stockouts = new Set<string>();

  const bigQuery: BigQuerySettings = { tables: sandboxExportTables(fleet.gcp.projects[0]!.projectId), maxRowsPerPage: DEFAULT_MAX_ROWS_PER_PAGE };
  const jobs = new QueryJobs();
  const billableItems = () => gcpBillableItems(fleet.gcp, { instanceHourly: gcpInstanceHourly, storageMonthlyPerGiB: gcpStorageMonthly });

  /** BigQuery (the billing export) answers its own faults, in its own error shapes. */
  async function answerBigQuery(req: http.IncomingMessage, url: URL): Promise<EmulatorReply> {
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const target = bigQueryTarget(method, url.pathname);
    const fault = await applyFaults(faults, { service: 'bigquery', action: target.action, account: target.project, region: null });
    const caller = fault ? null : fleet.gcp.projectForToken(bearerToken(req.headers.authorization) ?? '');
    const reply =
      fault || caller
        ? handleBigQuery({ method, pathname: url.pathname, params: url.searchParams, body, caller: caller?.projectId ?? '', fault: fault ?? null }, { items: billableItems(), settings: bigQuery, jobs, now: fleet.now() })
        : unauthenticated(req.headers.authorization);
    requests.record({ service: 'bigquery', action: target.action, account: target.project, region: null, status: reply.status });
    return reply;
  }

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    if (url.pathname.startsWith('/bigquery/v2/')) return answerBigQuery(req, url);
    const method = (req.method ?? 'GET').toUpperCase();
    const target = targetOf(url.pathname, method);
    const rawBody = method === 'GET' ? (req.resume(), '') : await readBody(req);
    const reply = await (async (): Promise<EmulatorReply> => {
      try {
        const fault = await applyFaults(faults, { service: target.service, action: target.action, account: target.project, region: target.region });
        if (fault === 'throttle') throw googleErrors.throttled(target.service, target.project, retryAfter);
        if (fault === 'unavailable') throw googleErrors.unavailable();
        if (fault === 'forbidden') throw forbidden(target);

        const token = bearerToken(req.headers.authorization);
        if (token === null) throw googleErrors.missingCredentials();
        const caller = fleet.gcp.projectForToken(token);
        if (!caller) throw googleErrors.invalidCredentials();
        // The catalog is public: any caller may read it, and it names no project.
        if (!target.action || (!target.project && target.service !== 'cloudbilling')) throw googleErrors.urlNotFound(url.pathname);
        if (target.write) {
          if (target.write.project !== caller.projectId) throw googleErrors.computeForbidden(target.write.permission, `projects/${target.write.project}`);
          if (target.write.kind === 'operation') return { status: 200, body: JSON.stringify(handleOperationGet(operations, target.write)) };
          const user = `${caller.projectNumber}-compute@developer.gserviceaccount.com`;
          const body = handleWrite({ fleet: fleet.gcp, operations, quotas, stockouts, now: () => fleet.now(), route: target.write, params: url.searchParams, body: jsonBody(rawBody), user });
          return { status: 200, body: JSON.stringify(body) };
        }
        if (method !== 'GET') throw googleErrors.methodNotAllowed(method);

        if (target.service === 'cloudbilling') {
          const body = listSkus({ serviceId: target.billingService!, params: url.searchParams, maxPageSize: pageCap.value });
          return { status: 200, body: JSON.stringify(body) };
        }
        if (target.service === 'monitoring') {
          if (target.project !== caller.projectId && target.project !== caller.projectNumber) {
            throw googleErrors.monitoringForbidden('monitoring.timeSeries.list', `projects/${target.project}`);
          }
          const body = listTimeSeries({ fleet: fleet.gcp, project: caller.projectId, params: url.searchParams, now: fleet.now(), maxPointsPerPage: pointsCap.value });
          return { status: 200, body: JSON.stringify(body) };
        }
        const route = target.compute!;
        if (route.project !== caller.projectId) throw googleErrors.computeForbidden(route.permission, `projects/${route.project}`);
        const body = handleCompute({ fleet: fleet.gcp, route, params: url.searchParams, maxPageSize: pageCap.value });
        return { status: 200, body: JSON.stringify(body) };
      } catch (error) {
        const e = error instanceof GoogleApiError ? error : googleErrors.internal(`Internal emulator error: ${errorMessage(error)}`);
        return { status: e.httpStatus, body: e.body(), headers: e.extra.headers };
      }
    })();
    requests.record({ service: target.service, action: target.action, account: target.project, region: target.region, status: reply.status });
    return reply;
  }

  const server = await startEmulatorServer({
    host,
    port: options.port ?? 0,
    headers: { 'content-type': 'application/json; charset=UTF-8', vary: 'Origin, X-Origin, Referer' },
    answer,
    failed: (error) => {
      requests.record({ service: 'compute', action: '', account: null, region: null, status: 500 });
      return { status: 500, body: `emulator failure: ${errorMessage(error)}`, headers: { 'content-type': 'text/plain' } };
    },
  });

  return {
    ...controlsOf(server, requests, faults, pageCap),
    async close() {
      steps.close();
      await server.close();
    },
    setZoneExhausted(zone, exhausted) {
      if (exhausted) stockouts.add(zone);
      else stockouts.delete(zone);
    },
    bigQuery,
    billableItems,
    setMaxPointsPerPage: pointsCap.set,
    setRetryAfter(seconds) {
      if (seconds !== null && (!Number.isInteger(seconds) || seconds < 0)) throw new Error(`Retry-After must be a non-negative integer or null, got ${seconds}`);
      retryAfter = seconds;
    },
  };
}

/** The 403 a caller whose role lacks the method's permission gets, in each service's own words. */
function forbidden(target: Target): GoogleApiError {
  const resource = `projects/${target.project ?? 'unknown'}`;
  if (target.compute) return googleErrors.computeForbidden(target.compute.permission, resource);
  if (target.write) return googleErrors.computeForbidden(target.write.permission, resource);
  if (target.service === 'monitoring') return googleErrors.monitoringForbidden(`monitoring.${target.action || 'timeSeries.list'}`, resource);
  return googleErrors.callerForbidden();
}

function unauthenticated(authorization: string | undefined): EmulatorReply {
  const e = bearerToken(authorization) === null ? googleErrors.missingCredentials() : googleErrors.invalidCredentials();
  return { status: e.httpStatus, body: e.body(), headers: e.extra.headers };
}

/** Which service and method a path names, and the project and region it is confined to. */
function targetOf(pathname: string, method: string): Target {
  const skus = SKUS_PATH.exec(pathname);
  if (skus) return { service: 'cloudbilling', action: 'skus.list', project: null, region: null, compute: null, billingService: decodeURIComponent(skus[1]!) };
  if (pathname.startsWith('/v1/')) return { service: 'cloudbilling', action: '', project: null, region: null, compute: null };
  const monitoring = MONITORING_PATH.exec(pathname);
  if (monitoring) {
    return { service: 'monitoring', action: 'timeSeries.list', project: decodeURIComponent(monitoring[1]!), region: '*', compute: null };
  }
  if (pathname.startsWith('/v3/')) {
    const project = /^\/v3\/projects\/([^/]+)/.exec(pathname)?.[1];
    return { service: 'monitoring', action: '', project: project ? decodeURIComponent(project) : null, region: null, compute: null };
  }
  const write = routeWrite(method, pathname);
  if (write) return { service: 'compute', action: write.method, project: write.project, region: write.region, compute: null, write };
  const route = routeCompute(pathname);
  if (route) return { service: 'compute', action: route.action, project: route.project, region: route.region, compute: route };
  const project = /^\/compute\/v1\/projects\/([^/]+)/.exec(pathname)?.[1];
  return { service: 'compute', action: '', project: project ? decodeURIComponent(project) : null, region: null, compute: null };
}

/** A write's JSON body; an empty or non-object body counts as none. */
function jsonBody(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw googleErrors.invalidArgument('Invalid JSON payload received.');
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function bearerToken(authorization: string | undefined): string | null {
  const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return m ? m[1]! : null;
}
