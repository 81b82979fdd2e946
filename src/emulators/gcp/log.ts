// The request log and fault injector, with GCP's service names. The logic is the AWS emulator's
// (it only compares strings); these are typed views of it, so that all emulators log and fail the
// same way and a contract suite can drive them alike.
import { DEFAULT_LATENCY_MS, FaultInjector, type FaultKind } from '../aws/faults.js';
import { RequestLog } from '../aws/request-log.js';
import type { GcpService } from './errors.js';

export interface GcpRequestLogEntry {
  service: GcpService;
  /** The API method (`instances.aggregatedList`, `timeSeries.list`, …); '' when the path names none. */
  action: string;
  /** The project in the request path. */
  account: string | null;
  /** The region the request is confined to; '*' for project-wide requests (aggregated, global, Monitoring). */
  region: string | null;
  status: number;
}

export interface GcpRequestLog {
  record(entry: GcpRequestLogEntry): void;
  entries(): GcpRequestLogEntry[];
  /** Requests matching every given field (all requests when none is given). */
  count(match?: Partial<GcpRequestLogEntry>): number;
  reset(): void;
}

export interface GcpFaultRule {
  service?: GcpService;
  action?: string;
  account?: string;
  region?: string;
  kind: FaultKind;
  /** For 'latency': how long to hold the answer. Default 200 ms. */
  latencyMs?: number;
  /** How many matching requests the rule affects; unlimited when absent. */
  times?: number;
}

export interface GcpFaultTarget {
  service: GcpService;
  action: string;
  account: string | null;
  region: string | null;
}

export interface GcpFaults {
  add(rule: GcpFaultRule): void;
  clear(): void;
  active(): GcpFaultRule[];
  decide(target: GcpFaultTarget): { delayMs: number; error: 'throttle' | 'unavailable' | null };
}

export function createRequestLog(): GcpRequestLog {
  return new RequestLog() as unknown as GcpRequestLog;
}

export function createFaults(): GcpFaults {
  return new FaultInjector() as unknown as GcpFaults;
}

export { DEFAULT_LATENCY_MS, type FaultKind };
