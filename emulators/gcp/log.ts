// The request log and fault injector (emulators/kit/), with GCP's service names. Failures
// are reported as their bare kind; the Retry-After of throttling is the server's (`setRetryAfter`).
import { DEFAULT_LATENCY_MS, FaultInjector, failureKind, type FaultKind, type FaultRule, type FaultTarget } from '../kit/faults.js';
import { RequestLog, type RequestLogEntry } from '../kit/request-log.js';
import type { GcpService } from './errors.js';

/**
 * `action` is the API method (`instances.aggregatedList`, `timeSeries.list`, …), '' when the path
 * names none; `account` the project in the request path; `region` the region the request is
 * confined to, '*' for project-wide requests (aggregated, global, Monitoring).
 */
export type GcpRequestLogEntry = RequestLogEntry<GcpService>;
export type GcpRequestLog = RequestLog<GcpService>;
export type GcpFaultRule = Omit<FaultRule<GcpService>, 'retryAfterSeconds'>;
export type GcpFaultTarget = FaultTarget<GcpService>;
export type GcpFaults = FaultInjector<GcpService>;

export function createRequestLog(): GcpRequestLog {
  return new RequestLog<GcpService>();
}

export function createFaults(): GcpFaults {
  return new FaultInjector<GcpService>(failureKind);
}

export { DEFAULT_LATENCY_MS, type FaultKind };
