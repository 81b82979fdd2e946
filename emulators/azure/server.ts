// One HTTPS server for ARM (compute, network, Cost Management), the Azure Monitor metrics data
// plane and the public Retail Prices API: match the path to an operation, identify the caller by bearer token, apply
// injected faults, authorise (Retail Prices takes no token), answer in each API's JSON (ARM's
// errors as `{"error":{"code","message"}}`), log every request.
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Fleet } from '../fleet.js';
import { Random } from '../kit/prng.js';
import { resolveArm, type Operation } from './arm.js';
import { ActionSteps } from '../kit/action-steps.js';
import { ArmReply, AsyncOperations } from './writes/async-operations.js';
import { Capacity } from './writes/capacity.js';
import type { WriteContext } from './writes/context.js';
import { resolveWrite } from './writes/routes.js';
import { ArmError, armErrors } from './errors.js';
import { FaultInjector, RequestLog, type AzureService } from './log.js';
import { resolveMetricsBatch } from './monitor.js';
import { isRetailPricesPath, resolveRetailPrices } from './pricing/retail.js';
import { AZURE_PRICE_LIST } from './pricing/prices.js';
import { azureBillableItems } from './cost-management/billable.js';
import { costManagementTarget, defaultCostManagementSettings, type CostManagementSettings } from './cost-management/handler.js';
import { answerCostManagement } from './cost-management/serve.js';
import type { BillableItem } from '../kit/billing.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import type { FailureWithRetryAfter } from '../kit/faults.js';
import { applyFaults, errorMessage, header, readBody, startEmulatorServer, type EmulatorReply } from '../kit/server.js';
import { generateTlsIdentity } from '../kit/tls.js';

export type AzureEmulatorOptions = EmulatorOptions<Fleet>;

/** `url` (https) is both the ARM `endpoint` and the metrics endpoint of the SDK clients; setMaxPageSize caps ARM pages. */
export interface AzureEmulator extends EmulatorControls<RequestLog, FaultInjector> {
  /** PEM of the emulator's self-signed certificate: what clients must trust. */
  caCertificate: string;
  /** Cost Management's settings (rows per page, 204 when empty); change them to test. */
  costManagement: CostManagementSettings;
  /** What the fleet's bill is made of: every VM and disk with its price and running time. */
  billableItems(): BillableItem[];
  /** Takes a location out of capacity (starts, creates and resizes there fail mid-way with AllocationFailed) or gives it back. */
  setLocationExhausted(location: string, exhausted: boolean): void;
}

const JSON_TYPE = 'application/json; charset=utf-8';

export async function startAzureEmulator(options: AzureEmulatorOptions): Promise<AzureEmulator> {
  const { fleet } = options;
  const host = options.host ?? '127.0.0.1';
  const requests = new RequestLog();
  const faults = new FaultInjector();
  const tls = await generateTlsIdentity(host, 'fleetgraph-azure-emulator');
  const pageCap = new PageCap();
  const costManagement = defaultCostManagementSettings();
  const billableItems = () => azureBillableItems(fleet.azure, AZURE_PRICE_LIST);
  const steps = new ActionSteps(options.actionStepMs);
  const writes: WriteContext = {
    fleet: fleet.azure,
    operations: new AsyncOperations(steps, () => fleet.now()),
    capacity: new Capacity(fleet.azure),
    random: Random.of('azure-writes', 0),
    now: () => fleet.now(),
  };
  const principals = new Map(fleet.azure.subscriptions.map((s) => [s.subscriptionId, Random.of('azure-principal', s.subscriptionId).uuid()]));

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    const requestId = randomUUID();
    const origin = `https://${req.headers.host ?? new URL(server.url).host}`;
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const subscription = subscriptionOfToken(header(req, 'authorization'));
    const account = subscription?.subscriptionId ?? null;
    const baseHeaders: Record<string, string> = {
      'x-ms-request-id': requestId,
      'x-ms-correlation-request-id': requestId,
      ...(header(req, 'x-ms-client-request-id') ? { 'x-ms-client-request-id': header(req, 'x-ms-client-request-id')! } : {}),
    };

    // Cost Management answers, authorises and logs in its own way (its own throttling headers).
    const costTarget = costManagementTarget(url.pathname);
    if (costTarget) {
      const reply = await answerCostManagement(
        costTarget,
        { method, url, body, authorization: header(req, 'authorization') },
        { service: 'costmanagement', fleet: fleet.azure, items: billableItems, settings: costManagement, faults, requests, pageCap: () => pageCap.value, now: () => fleet.now() },
      );
      return { ...reply, headers: { ...baseHeaders, ...reply.headers } };
    }

    let operation: Operation | null = null;
    let service: AzureService = serviceOfPath(url.pathname);
    const reply = await (async (): Promise<EmulatorReply> => {
      try {
        operation = resolve(method, url, origin, body);
        service = operation.service;
        const fault = await applyFaults(faults, { service, action: operation.action, account, region: operation.region });
        if (fault) throw faultAnswer(fault, operation, account ? principals.get(account)! : randomUUID());
        if (!operation.anonymous) authorise(req, operation);
        const result = operation.run();
        if (result instanceof ArmReply) {
          return { status: result.status, body: result.body === null ? '' : JSON.stringify(result.body), headers: { ...baseHeaders, ...result.headers } };
        }
        const armRead = service === 'compute' || service === 'network';
        return {
          status: 200,
          body: JSON.stringify(result),
          headers: { ...baseHeaders, ...(armRead ? { 'x-ms-ratelimit-remaining-subscription-reads': '249' } : {}) },
        };
      } catch (error) {
        const e = error instanceof ArmError ? error : armErrors.internal(`Internal emulator error: ${errorMessage(error)}`);
        return { status: e.status, body: e.body(), headers: { ...baseHeaders, ...e.headers } };
      }
    })();
    const op = operation as Operation | null;
    requests.record({ service, action: op?.action ?? '', account, region: op?.region ?? null, status: reply.status });
    return reply;
  }

  function resolve(method: string, url: URL, origin: string, body: string): Operation {
    if (isRetailPricesPath(url.pathname)) return resolveRetailPrices(method, url, origin, pageCap.value);
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length === 3 && segments[0]!.toLowerCase() === 'subscriptions' && segments[2]!.toLowerCase() === 'metrics:getbatch') {
      return resolveMetricsBatch(method, url, body, fleet.azure, segments[1]!.toLowerCase(), () => fleet.now());
    }
    return resolveWrite({ method, url, origin, body }, writes) ?? resolveArm({ method, url, origin, body }, { fleet: fleet.azure, maxPageSize: pageCap.value });
  }

  function subscriptionOfToken(authorization: string | undefined) {
    const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    return m ? fleet.azure.subscriptionForToken(m[1]!) : undefined;
  }

  /** Who may do what: a sandbox token is a principal with Reader rights on its own subscription only. */
  function authorise(req: http.IncomingMessage, operation: Operation): void {
    const tenant = fleet.azure.subscriptions[0]?.tenantId ?? 'common';
    const authorization = header(req, 'authorization');
    if (!authorization) throw armErrors.missingAuthorization(tenant);
    if (!/^Bearer\s+\S+\s*$/i.test(authorization)) throw armErrors.malformedAuthorization(tenant);
    const caller = subscriptionOfToken(authorization);
    if (!caller) throw armErrors.invalidToken(tenant);
    if (!fleet.azure.subscription(operation.subscriptionId)) throw armErrors.subscriptionNotFound(operation.subscriptionId);
    if (caller.subscriptionId !== operation.subscriptionId) {
      throw armErrors.authorizationFailed(principals.get(caller.subscriptionId)!, operation.permission, `/subscriptions/${operation.subscriptionId}`);
    }
  }

  const server = await startEmulatorServer({
    host,
    port: options.port ?? 0,
    tls,
    headers: { 'content-type': JSON_TYPE },
    answer,
    failed: (error) => {
      requests.record({ service: 'compute', action: '', account: null, region: null, status: 500 });
      return { status: 500, body: armErrors.internal(`emulator failure: ${errorMessage(error)}`).body() };
    },
  });

  return {
    ...controlsOf(server, requests, faults, pageCap),
    async close() {
      steps.close();
      await server.close();
    },
    caCertificate: tls.cert,
    costManagement,
    billableItems,
    setLocationExhausted: (location, exhausted) => writes.capacity.setExhausted(location, exhausted),
  };
}

/**
 * What an injected failure answers, as the API the operation belongs to answers it; `objectId` is
 * the caller's principal. 'forbidden' is a role without the operation's permission: ARM (and the
 * metrics data plane) answer 403 AuthorizationFailed naming the action and the subscription scope.
 */
function faultAnswer(fault: FailureWithRetryAfter, operation: Operation, objectId: string): ArmError {
  const own = operation.errors;
  switch (fault.kind) {
    case 'throttle':
      if (own) return own.throttled(fault.retryAfterSeconds);
      return operation.service === 'monitor'
        ? armErrors.metricsThrottled(fault.retryAfterSeconds)
        : armErrors.throttled(operation.subscriptionId, objectId, fault.retryAfterSeconds);
    case 'unavailable':
      return own ? own.unavailable() : armErrors.unavailable();
    case 'forbidden':
      return own ? own.forbidden() : armErrors.authorizationFailed(objectId, operation.permission, `/subscriptions/${operation.subscriptionId}`);
  }
}

/** For requests that match no operation: which API the path was aimed at. */
function serviceOfPath(path: string): AzureService {
  const p = path.toLowerCase();
  if (p.endsWith('/metrics:getbatch')) return 'monitor';
  if (isRetailPricesPath(p)) return 'retail-prices';
  return p.includes('/providers/microsoft.network/') ? 'network' : 'compute';
}
