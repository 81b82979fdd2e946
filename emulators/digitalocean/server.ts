// One HTTP server for the DigitalOcean API v2 (JSON over plain HTTP): identify the team by its
// bearer token, count the request against the token's rate-limit windows, apply injected faults,
// answer the list, droplet, metrics or bill asked for, in DigitalOcean's shapes (errors
// `{ id, message, request_id }`), and log every request.
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Fleet } from '../fleet.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import { applyFaults, errorMessage, header, startEmulatorServer, type EmulatorReply } from '../kit/server.js';
import { balanceOf, dataPoints, teamBill, type DoInvoice } from './billing.js';
import { DO_SIZES } from './fleet/catalogue.js';
import type { DoTeam } from './fleet/types.js';
import { createFaults, createRequestLog, type DoFaults, type DoRequestLog } from './log.js';
import { DROPLET_METRICS, dropletMetrics } from './monitoring.js';
import { TokenWindows, type RateLimits } from './rate-limits.js';
import { routeOf, type Route } from './routes.js';

export interface DigitalOceanEmulator extends EmulatorControls<DoRequestLog, DoFaults> {
  /** Per-token limits; defaults 250 per minute and 5,000 per hour (DigitalOcean's). */
  setRateLimits(limits: RateLimits): void;
}

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 200;

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function startDigitalOceanEmulator(options: EmulatorOptions<Fleet>): Promise<DigitalOceanEmulator> {
  const { fleet } = options;
  const requests = createRequestLog();
  const faults = createFaults();
  const pageCap = new PageCap();
  const windows = new TokenWindows();
  let base = '';

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const route = routeOf(url.pathname);
    const team = fleet.digitalocean.teamOfToken((header(req, 'authorization') ?? '').replace(/^Bearer\s+/i, ''));
    const logged = (status: number) => requests.record({ service: route?.service ?? 'account', action: route?.action ?? '', account: team?.uuid ?? null, region: null, status });
    let limitHeaders: Record<string, string> = {};
    try {
      if (!team) throw new ApiError(401, 'Unauthorized', 'Unable to authenticate you');
      const admission = windows.admit(team.token);
      limitHeaders = admission.headers;
      if (!admission.admitted) throw new ApiError(429, 'too_many_requests', 'API Rate limit exceeded.');
      if (!route || (req.method ?? 'GET').toUpperCase() !== 'GET') throw new ApiError(404, 'not_found', 'The resource you were accessing could not be found.');
      const failure = await applyFaults(faults, { service: route.service, action: route.action, account: team.uuid, region: null });
      if (failure?.kind === 'throttle') throw new ApiError(429, 'too_many_requests', 'API Rate limit exceeded.', { 'retry-after': String(failure.retryAfterSeconds) });
      if (failure?.kind === 'unavailable') throw new ApiError(503, 'service_unavailable', 'Service temporarily unavailable.');
      if (failure?.kind === 'forbidden') throw new ApiError(403, 'forbidden', 'You are not authorized to perform this operation.');
      const body = dispatch(route, team, url);
      logged(200);
      return { status: 200, body: JSON.stringify(body), headers: limitHeaders };
    } catch (error) {
      const refusal = error instanceof ApiError ? error : new ApiError(500, 'server_error', errorMessage(error));
      logged(refusal.status);
      return { status: refusal.status, body: JSON.stringify({ id: refusal.id, message: refusal.message, request_id: randomUUID() }), headers: { ...limitHeaders, ...refusal.headers } };
    }
  }

  function dispatch(route: Route, team: DoTeam, url: URL): unknown {
    const resources = fleet.digitalocean.of(team.uuid);
    if (route.action === 'account.get') {
      return { account: { droplet_limit: 25, floating_ip_limit: 5, volume_limit: 100, email: team.email, uuid: team.uuid, email_verified: true, status: 'active', status_message: '', team: { uuid: team.uuid, name: team.name } } };
    }
    if (route.action === 'droplets.get') {
      const droplet = resources.droplets.find((d) => d.id === route.dropletId);
      if (!droplet) throw new ApiError(404, 'not_found', 'The resource you were accessing could not be found.');
      return { droplet };
    }
    if (route.metric) return metricsOf(route.metric, team, url);
    if (route.service === 'billing') return billingOf(route, team, url);
    const items = listItems(route.collection!, resources, url.searchParams);
    return page(route.collection!, items, url);
  }

  function billingOf(route: Route, team: DoTeam, url: URL): unknown {
    if (route.insights) return insightsOf(route.insights, team, url);
    const bill = teamBill(fleet.digitalocean, fleet.seed, team);
    if (route.action === 'balance.get') return balanceOf(bill);
    const summary = ({ items: _items, ...invoice }: DoInvoice) => invoice;
    if (route.action === 'invoices.list') return { ...(page('invoices', bill.invoices.map(summary), url) as object), invoice_preview: summary(bill.preview) };
    const invoice = [bill.preview, ...bill.invoices].find((i) => i.invoice_uuid === route.invoiceUuid);
    if (!invoice) throw new ApiError(404, 'not_found', 'The resource you were accessing could not be found.');
    return page('invoice_items', invoice.items, url);
  }

  function listItems(collection: string, resources: ReturnType<typeof fleet.digitalocean.of>, query: URLSearchParams): unknown[] {
    switch (collection) {
      case 'droplets': {
        const tag = query.get('tag_name');
        const name = query.get('name');
        return resources.droplets.filter((d) => (!tag || d.tags.includes(tag)) && (!name || d.name === name));
      }
      case 'volumes': {
        const region = query.get('region');
        return resources.volumes.filter((v) => !region || v.region.slug === region);
      }
      case 'snapshots': {
        const type = query.get('resource_type');
        return resources.snapshots.filter((s) => !type || s.resource_type === type);
      }
      case 'vpcs':
        return resources.vpcs;
      case 'firewalls':
        return resources.firewalls;
      case 'reserved_ips':
        return resources.reservedIps;
      default:
        return DO_SIZES.map((size) => ({ ...size, regions: [...fleet.digitalocean.regions], available: true }));
    }
  }

  function page(collection: string, items: unknown[], url: URL): unknown {
    const perPageAsked = Number(url.searchParams.get('per_page') ?? DEFAULT_PER_PAGE);
    const pageNumber = Number(url.searchParams.get('page') ?? 1);
    if (!Number.isInteger(perPageAsked) || perPageAsked < 1 || !Number.isInteger(pageNumber) || pageNumber < 1) {
      throw new ApiError(400, 'bad_request', 'page and per_page must be positive integers');
    }
    const perPage = Math.min(perPageAsked, MAX_PER_PAGE, pageCap.value ?? MAX_PER_PAGE);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number) => {
      const next = new URL(url.pathname + url.search, base);
      next.searchParams.set('page', String(n));
      next.searchParams.set('per_page', String(perPage));
      return next.href;
    };
    const pages: Record<string, string> = {};
    if (pageNumber > 1) Object.assign(pages, { first: link(1), prev: link(pageNumber - 1) });
    if (pageNumber < last) Object.assign(pages, { next: link(pageNumber + 1), last: link(last) });
    return { [collection]: items.slice((pageNumber - 1) * perPage, pageNumber * perPage), links: Object.keys(pages).length > 0 ? { pages } : {}, meta: { total: items.length } };
  }

  /** Billing insights: at most 31 days, the token's own team, pages by `page` and `per_page` (no links). */
  function insightsOf(asked: NonNullable<Route['insights']>, team: DoTeam, url: URL): unknown {
    if (asked.urn !== `do:team:${team.uuid}`) throw new ApiError(403, 'forbidden', 'You are not authorized to perform this operation.');
    const [start, end] = [asked.start, asked.end].map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T00:00:00Z`) : new Date(NaN)));
    const days = (end!.getTime() - start!.getTime()) / 86_400_000;
    if (!(days >= 0 && days <= 30)) throw new ApiError(400, 'bad_request', 'start_date and end_date must be dates (YYYY-MM-DD), end_date within 31 days of start_date');
    const points = dataPoints(fleet.digitalocean, team, start!, end!);
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? DEFAULT_PER_PAGE), MAX_PER_PAGE, pageCap.value ?? MAX_PER_PAGE);
    const current = Number(url.searchParams.get('page') ?? 1);
    if (!Number.isInteger(perPage) || perPage < 1 || !Number.isInteger(current) || current < 1) throw new ApiError(400, 'bad_request', 'page and per_page must be positive integers');
    return { data_points: points.slice((current - 1) * perPage, current * perPage), total_items: points.length, total_pages: Math.max(1, Math.ceil(points.length / perPage)), current_page: current };
  }

  function metricsOf(metric: string, team: DoTeam, url: URL): unknown {
    if (!DROPLET_METRICS.includes(metric)) throw new ApiError(404, 'not_found', `no such metric: ${metric}`);
    const hostId = url.searchParams.get('host_id');
    const start = Number(url.searchParams.get('start'));
    const end = Number(url.searchParams.get('end'));
    if (!hostId || !/^\d+$/.test(hostId)) throw new ApiError(400, 'bad_request', 'host_id is required');
    if (!Number.isFinite(start) || !Number.isFinite(end) || start <= 0 || end < start) throw new ApiError(400, 'bad_request', 'start and end must be Unix times, start before end');
    const droplet = fleet.digitalocean.droplets(team.uuid).find((d) => d.id === Number(hostId));
    const query = { metric, start, end, interface: url.searchParams.get('interface') ?? undefined, direction: url.searchParams.get('direction') ?? undefined };
    const result = droplet ? dropletMetrics(fleet.seed, droplet, query, Math.floor(fleet.now().getTime() / 1000)) : [];
    return { status: 'success', data: { resultType: 'matrix', result } };
  }

  const server = await startEmulatorServer({
    host: options.host,
    port: options.port,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    answer,
    failed: (error) => ({ status: 500, body: JSON.stringify({ id: 'server_error', message: errorMessage(error) }) }),
  });
  base = server.url;
  return { ...controlsOf(server, requests, faults, pageCap), setRateLimits: (limits) => windows.set(limits) };
}
