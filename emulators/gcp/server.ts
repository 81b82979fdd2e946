// One HTTP server for Compute Engine v1 (`/compute/v1/…`) and Cloud Monitoring v3 (`/v3/…`) over
// REST, as the Node clients speak them with `fallback: true`: identify the caller by its bearer
// token, apply injected faults, dispatch, answer errors in Google's JSON shape, log every request.
import type http from 'node:http';
import type { Fleet } from '../fleet.js';
import { GoogleApiError, googleErrors, type GcpService } from './errors.js';
import { handleCompute, routeCompute, type ComputeRoute } from './compute/handler.js';
import { createFaults, createRequestLog, type GcpFaults, type GcpRequestLog } from './log.js';
import { listTimeSeries } from './monitoring/time-series.js';
import { DEFAULT_RETRY_AFTER_SECONDS } from '../kit/faults.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import { applyFaults, errorMessage, startEmulatorServer, type EmulatorReply } from '../kit/server.js';

export type GcpEmulatorOptions = EmulatorOptions<Fleet>;

/** `url` goes to the clients as apiEndpoint/port with protocol http; setMaxPageSize caps Compute Engine pages below maxResults. */
export interface GcpEmulator extends EmulatorControls<GcpRequestLog, GcpFaults> {
  /** Caps the points (series, for view HEADERS) of every timeSeries.list page; null removes the cap. */
  setMaxPointsPerPage(n: number | null): void;
  /** The Retry-After (seconds) sent with injected throttling; null sends none. Default 1. */
  setRetryAfter(seconds: number | null): void;
}

export { DEFAULT_RETRY_AFTER_SECONDS };

interface Target {
  service: GcpService;
  action: string;
  project: string | null;
  region: string | null;
  compute: ComputeRoute | null;
}

const MONITORING_PATH = /^\/v3\/projects\/([^/]+)\/timeSeries\/?$/;

export async function startGcpEmulator(options: GcpEmulatorOptions): Promise<GcpEmulator> {
  const { fleet } = options;
  const host = options.host ?? '127.0.0.1';
  const requests = createRequestLog();
  const faults = createFaults();
  const pageCap = new PageCap();
  const pointsCap = new PageCap();
  let retryAfter: number | null = DEFAULT_RETRY_AFTER_SECONDS;

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    req.resume(); // every method it answers is a GET: nothing to read
    const url = new URL(req.url ?? '/', 'http://emulator');
    const target = targetOf(url.pathname);
    const reply = await (async (): Promise<EmulatorReply> => {
      try {
        const fault = await applyFaults(faults, { service: target.service, action: target.action, account: target.project, region: target.region });
        if (fault === 'throttle') throw googleErrors.throttled(target.service, target.project, retryAfter);
        if (fault === 'unavailable') throw googleErrors.unavailable();

        const token = bearerToken(req.headers.authorization);
        if (token === null) throw googleErrors.missingCredentials();
        const caller = fleet.gcp.projectForToken(token);
        if (!caller) throw googleErrors.invalidCredentials();
        if (!target.action || !target.project) throw googleErrors.urlNotFound(url.pathname);
        if (req.method !== 'GET') throw googleErrors.methodNotAllowed(req.method ?? '');

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
    setMaxPointsPerPage: pointsCap.set,
    setRetryAfter(seconds) {
      if (seconds !== null && (!Number.isInteger(seconds) || seconds < 0)) throw new Error(`Retry-After must be a non-negative integer or null, got ${seconds}`);
      retryAfter = seconds;
    },
  };
}

/** Which service and method a path names, and the project and region it is confined to. */
function targetOf(pathname: string): Target {
  const monitoring = MONITORING_PATH.exec(pathname);
  if (monitoring) {
    return { service: 'monitoring', action: 'timeSeries.list', project: decodeURIComponent(monitoring[1]!), region: '*', compute: null };
  }
  if (pathname.startsWith('/v3/')) {
    const project = /^\/v3\/projects\/([^/]+)/.exec(pathname)?.[1];
    return { service: 'monitoring', action: '', project: project ? decodeURIComponent(project) : null, region: null, compute: null };
  }
  const route = routeCompute(pathname);
  if (route) return { service: 'compute', action: route.action, project: route.project, region: route.region, compute: route };
  const project = /^\/compute\/v1\/projects\/([^/]+)/.exec(pathname)?.[1];
  return { service: 'compute', action: '', project: project ? decodeURIComponent(project) : null, region: null, compute: null };
}

function bearerToken(authorization: string | undefined): string | null {
  const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return m ? m[1]! : null;
}
