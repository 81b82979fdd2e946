// The request log and fault injector (emulators/kit/), with Azure's service names. A
// throttled answer carries Retry-After (`retryAfterSeconds`): Azure's SDKs wait exactly that long.
import {
  DEFAULT_LATENCY_MS,
  DEFAULT_RETRY_AFTER_SECONDS,
  FaultInjector as SharedFaultInjector,
  failureWithRetryAfter,
  type FailureWithRetryAfter,
  type FaultKind,
  type FaultRule as SharedFaultRule,
} from '../kit/faults.js';
import { RequestLog as SharedRequestLog, type RequestLogEntry as SharedRequestLogEntry } from '../kit/request-log.js';

/** Which Azure API a request went to: ARM compute or network, the Azure Monitor metrics data plane, or the public Retail Prices API. */
export type AzureService = 'compute' | 'network' | 'monitor' | 'retail-prices' | 'costmanagement';

/**
 * `action` is the REST operation as the SDK names it (`virtualMachines.listAll`); `account` the
 * subscription of the caller's token; `region` the location the request was about (null for
 * subscription-wide listings).
 */
export type RequestLogEntry = SharedRequestLogEntry<AzureService>;

export class RequestLog extends SharedRequestLog<AzureService> {}

export type FaultRule = SharedFaultRule<AzureService>;

export class FaultInjector extends SharedFaultInjector<AzureService, FailureWithRetryAfter> {
  constructor() {
    super(failureWithRetryAfter);
  }
}

export { DEFAULT_LATENCY_MS, DEFAULT_RETRY_AFTER_SECONDS, type FaultKind };
