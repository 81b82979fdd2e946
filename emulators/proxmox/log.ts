// The request log and fault injector (emulators/kit/), with Proxmox VE's services. `action` is the
// operation (`cluster.resources`, `qemu.list`, `qemu.rrddata`, …), `account` the cluster of the
// API token (null when the token is unknown), `region` the node the path names (null for
// cluster-wide paths).
import { FaultInjector, failureWithRetryAfter, type FailureWithRetryAfter, type FaultRule } from '../kit/faults.js';
import { RequestLog, type RequestLogEntry } from '../kit/request-log.js';

export type PveService = 'version' | 'cluster' | 'nodes' | 'qemu' | 'lxc' | 'storage' | 'network' | 'firewall';
export type PveRequestLogEntry = RequestLogEntry<PveService>;
export type PveRequestLog = RequestLog<PveService>;
export type PveFaultRule = FaultRule<PveService>;
export type PveFaults = FaultInjector<PveService, FailureWithRetryAfter>;

export function createRequestLog(): PveRequestLog {
  return new RequestLog<PveService>();
}

export function createFaults(): PveFaults {
  return new FaultInjector<PveService, FailureWithRetryAfter>(failureWithRetryAfter);
}
