// One HTTP server for EC2 (query protocol), CloudWatch (JSON 1.0), the Price List Query API and
// Cost Explorer (JSON 1.1; the JSON services are told apart by X-Amz-Target): identify the caller,
// apply injected faults, dispatch, answer in the service's own error format, log every request.
// SNS (pushes of state changes) runs beside it on its own HTTPS host (sns.ts).
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Fleet } from '../fleet.js';
import {
  CLOUDWATCH_CONTENT_TYPE,
  CloudWatchError,
  cloudWatchErrorBody,
  cloudWatchErrorHeaders,
  cloudWatchErrors,
} from './cloudwatch/errors.js';
import { cloudWatchOperation, handleCloudWatch } from './cloudwatch/handler.js';
import { Ec2Error, ec2Errors } from './ec2/errors.js';
import { handleEc2 } from './ec2/handler.js';
import { createWriteServices, type Ec2WriteControls } from './ec2/writes/services.js';
import { QueryParams } from './ec2/params.js';
import { ec2ErrorResponse } from './ec2/xml.js';
import { awsBillableItems } from './cost-explorer/billable.js';
import { COST_EXPLORER_CONTENT_TYPE, costExplorerErrorReply, costExplorerErrors } from './cost-explorer/errors.js';
import { COST_EXPLORER_TARGET_PREFIX, costExplorerOperation, handleCostExplorer, type CostExplorerSettings } from './cost-explorer/handler.js';
import { parseSigV4Credential } from './identity.js';
import { FaultInjector, RequestLog, type AwsService } from './log.js';
import { PRICING_CONTENT_TYPE, pricingErrorReply, pricingErrors } from './pricing/errors.js';
import { handlePricing, isPricingTarget, pricingOperation } from './pricing/handler.js';
import { awsPriceList } from './pricing/prices.js';
import type { BillableItem } from '../kit/billing.js';
import { startSnsEmulator, type AwsSns, type SnsEmulatorOptions } from './sns/emulator.js';
import { PageCap, controlsOf, type EmulatorControls, type EmulatorOptions } from '../kit/emulator.js';
import { applyFaults, errorMessage, header, readBody, startEmulatorServer, type EmulatorReply } from '../kit/server.js';

export interface AwsEmulatorOptions extends EmulatorOptions<Fleet> {
  /** The SNS side (push of EC2 state changes): signature version, delivery policy. */
  sns?: SnsEmulatorOptions;
}

/** `url` is the SDK clients' `endpoint`; setMaxPageSize caps EC2 Describe* pages below MaxResults. */
export interface AwsEmulator extends EmulatorControls<RequestLog, FaultInjector> {
  /** Caps the datapoints of every GetMetricData page below the caller's MaxDatapoints; null removes the cap. */
  setMaxDatapointsPerPage(n: number | null): void;
  /** SNS topics that push the fleet's EC2 state changes to subscribed endpoints (own HTTPS host). */
  sns: AwsSns;
  /** Cost Explorer's settings (payer, resource-level opt-in, page size); change them to test. */
  costExplorer: CostExplorerSettings;
  /** What the fleet's bill is made of: every instance and volume with its price and running time. */
  billableItems(): BillableItem[];
  /** The writes' limits (vCPU and storage headroom) and the mid-way failures tests plant. */
  writes: Ec2WriteControls;
}

/** Groups per Cost Explorer page unless a test lowers it. */
export const COST_EXPLORER_GROUPS_PER_PAGE = 1000;

const XML_TYPE = 'text/xml;charset=UTF-8';

export async function startAwsEmulator(options: AwsEmulatorOptions): Promise<AwsEmulator> {
  const { fleet } = options;
  const host = options.host ?? '127.0.0.1';
  const requests = new RequestLog();
  const faults = new FaultInjector();
  const pageCap = new PageCap();
  const datapointsCap = new PageCap();
  const payer = fleet.aws.accounts[0]!.accountId;
  const costExplorer: CostExplorerSettings = { payerAccount: payer, resourceLevelOptIn: new Set([payer]), maxGroupsPerPage: COST_EXPLORER_GROUPS_PER_PAGE, deniedAccounts: new Set() };
  const billableItems = () => awsBillableItems(fleet.aws, awsPriceList);
  const writes = createWriteServices(fleet.aws.scopes(), options.actionStepMs);

  async function answer(req: http.IncomingMessage): Promise<EmulatorReply> {
    const requestId = randomUUID();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const rawBody = await readBody(req);
    const credential = parseSigV4Credential(header(req, 'authorization'), url);
    const account = credential ? (fleet.aws.accountForAccessKey(credential.accessKeyId)?.accountId ?? null) : null;
    const region = credential?.region ?? null;

    const target = header(req, 'x-amz-target');
    const service = serviceOf(target, credential?.service);
    const params = service === 'ec2' ? new QueryParams(rawBody, url.search.slice(1)) : undefined;
    const action = target !== undefined ? targetOperation(service, target) : (params?.get('Action') ?? '');

    const reply = await (async (): Promise<EmulatorReply> => {
      try {
        const fault = await applyFaults(faults, { service, action, account, region });
        const refuse = refusalsOf(service);
        if (fault === 'throttle') throw refuse.throttled();
        if (fault === 'unavailable') throw refuse.unavailable();
        if (!credential) throw refuse.unsigned();
        if (account === null || region === null) throw refuse.unknownCaller();
        // A missing permission is found after the caller is known, as IAM authorises after authenticating.
        if (fault === 'forbidden') throw refuse.forbidden(account, action);

        if (service === 'costexplorer') {
          const body = handleCostExplorer(action, rawBody, { caller: account, items: billableItems(), settings: costExplorer, now: fleet.now() });
          return { status: 200, body, headers: { 'content-type': COST_EXPLORER_CONTENT_TYPE, 'x-amzn-requestid': requestId } };
        }
        if (service === 'pricing') {
          const body = handlePricing(target ?? '', rawBody, { region, maxPageSize: pageCap.value });
          return { status: 200, body, headers: { 'content-type': PRICING_CONTENT_TYPE, 'x-amzn-requestid': requestId } };
        }
        if (service === 'monitoring') {
          const body = handleCloudWatch(target ?? '', rawBody, { fleet, account, region, maxDatapointsPerPage: datapointsCap.value }, fleet.now());
          return { status: 200, body, headers: { 'content-type': CLOUDWATCH_CONTENT_TYPE, 'x-amzn-requestid': requestId } };
        }
        if (!action) throw ec2Errors.missingAction();
        const body = handleEc2(
          action,
          { fleet, account, region, scope: fleet.aws.scope(account, region), params: params!, maxPageSize: pageCap.value, writes, now: fleet.now() },
          requestId,
        );
        return { status: 200, body, headers: { 'x-amzn-requestid': requestId } };
      } catch (error) {
        return errorReply(service, error, requestId);
      }
    })();
    requests.record({ service, action, account, region, status: reply.status });
    return reply;
  }

  const sns = await startSnsEmulator(fleet, host, options.sns);
  const server = await startEmulatorServer({
    host,
    port: options.port ?? 0,
    headers: { 'content-type': XML_TYPE },
    answer,
    failed: (error) => {
      requests.record({ service: 'ec2', action: '', account: null, region: null, status: 500 });
      return { status: 500, body: `emulator failure: ${errorMessage(error)}`, headers: { 'content-type': 'text/plain' } };
    },
  }).catch(async (error: unknown) => {
    await sns.close();
    throw error;
  });

  return {
    ...controlsOf(server, requests, faults, pageCap),
    setMaxDatapointsPerPage: datapointsCap.set,
    sns,
    costExplorer,
    billableItems,
    writes: { limits: writes.limits.settings, failures: writes.failures },
    close: () => {
      writes.steps.close();
      return Promise.all([server.close(), sns.close()]).then(() => undefined);
    },
  };
}

/** JSON services are told apart by their X-Amz-Target prefix; the query protocol (EC2) sends none. */
function serviceOf(target: string | undefined, signedFor: string | undefined): AwsService {
  if (target === undefined) return signedFor === 'monitoring' ? 'monitoring' : 'ec2';
  if (target.startsWith(COST_EXPLORER_TARGET_PREFIX)) return 'costexplorer';
  return isPricingTarget(target) ? 'pricing' : 'monitoring';
}

function targetOperation(service: AwsService, target: string): string {
  const operation = service === 'pricing' ? pricingOperation(target) : service === 'costexplorer' ? costExplorerOperation(target) : cloudWatchOperation(target);
  return operation || target;
}

/** How each service refuses a request before reaching its operation, in its own error format. */
interface Refusals {
  throttled(): Error;
  unavailable(): Error;
  unsigned(): Error;
  unknownCaller(): Error;
  /** The caller's role lacks the permission for `action`. */
  forbidden(account: string, action: string): Error;
}

function refusalsOf(service: AwsService): Refusals {
  if (service === 'ec2') {
    return {
      throttled: ec2Errors.throttled,
      unavailable: ec2Errors.unavailable,
      unsigned: ec2Errors.missingAuthenticationToken,
      unknownCaller: ec2Errors.authFailure,
      forbidden: ec2Errors.unauthorizedOperation,
    };
  }
  if (service === 'costexplorer') {
    return {
      throttled: costExplorerErrors.limitExceeded,
      unavailable: costExplorerErrors.serviceUnavailable,
      unsigned: costExplorerErrors.missingAuthenticationToken,
      unknownCaller: costExplorerErrors.unrecognizedClient,
      forbidden: costExplorerErrors.accessDenied,
    };
  }
  if (service === 'pricing') {
    return {
      throttled: pricingErrors.throttled,
      unavailable: pricingErrors.unavailable,
      unsigned: pricingErrors.missingAuthenticationToken,
      unknownCaller: pricingErrors.unrecognizedClient,
      forbidden: pricingErrors.accessDenied,
    };
  }
  return {
    throttled: cloudWatchErrors.throttled,
    unavailable: cloudWatchErrors.unavailable,
    unsigned: cloudWatchErrors.missingAuthenticationToken,
    unknownCaller: cloudWatchErrors.invalidClientTokenId,
    forbidden: cloudWatchErrors.accessDenied,
  };
}

function errorReply(service: AwsService, error: unknown, requestId: string): EmulatorReply {
  if (service === 'pricing') return pricingErrorReply(error, requestId);
  if (service === 'costexplorer') return costExplorerErrorReply(error, requestId);
  if (service === 'ec2') {
    const e = error instanceof Ec2Error ? error : internal(error, (m) => new Ec2Error('InternalError', m, 500));
    return { status: e.status, body: ec2ErrorResponse(e.code, e.message, requestId), headers: { 'x-amzn-requestid': requestId } };
  }
  const e = error instanceof CloudWatchError ? error : internal(error, cloudWatchErrors.internal);
  return {
    status: e.status,
    body: cloudWatchErrorBody(e),
    headers: { 'content-type': CLOUDWATCH_CONTENT_TYPE, 'x-amzn-requestid': requestId, ...cloudWatchErrorHeaders(e) },
  };
}

function internal<E>(error: unknown, make: (message: string) => E): E {
  return make(`Internal emulator error: ${errorMessage(error)}`);
}
