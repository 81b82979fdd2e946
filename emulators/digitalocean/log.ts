// The request log and fault injector (emulators/kit/), with DigitalOcean's services. `action` is
// the operation (`droplets.list`, `monitoring.droplet.cpu`, …), `account` the team of the bearer
// token (null when the token is unknown), `region` null (the API's lists cover every region).
import { FaultInjector, failureWithRetryAfter, type FailureWithRetryAfter, type FaultRule } from '../kit/faults.js';
import { RequestLog, type RequestLogEntry } from '../kit/request-log.js';

export type DoService = 'account' | 'droplets' | 'volumes' | 'snapshots' | 'vpcs' | 'firewalls' | 'reserved_ips' | 'sizes' | 'monitoring' | 'billing';
export type DoRequestLogEntry = RequestLogEntry<DoService>;
export type DoRequestLog = RequestLog<DoService>;
export type DoFaultRule = FaultRule<DoService>;
export type DoFaults = FaultInjector<DoService, FailureWithRetryAfter>;

export function createRequestLog(): DoRequestLog {
  return new RequestLog<DoService>();
}

export function createFaults(): DoFaults {
  return new FaultInjector<DoService, FailureWithRetryAfter>(failureWithRetryAfter);
}
