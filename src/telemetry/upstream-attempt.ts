// One HTTP attempt to a cloud API, observed the same way for every cloud: counted in
// fleetgraph_upstream_requests_total (a throw is an error; a response is what `outcomeOf` says,
// ok by default) and, with tracing on, given a span of its own (upstream-spans.ts). Each cloud's
// hook (AWS middleware, Azure pipeline policy, GCP RestFetch) calls this once per attempt.
import { countUpstreamRequest, type UpstreamOutcome } from './metrics.js';
import { traceUpstreamAttempt, type PageKey, type UpstreamCall } from './upstream-spans.js';

export interface AttemptReading<T> {
  /** Which listing and page the request is (read only when tracing is on). */
  pageKey: () => PageKey;
  /** The HTTP status of a response that did not throw, for the span. */
  statusOf?: (response: T) => number | undefined;
  /** Whether a response that did not throw counts as ok or error (ok when absent). */
  outcomeOf?: (response: T) => UpstreamOutcome;
}

export async function observeUpstreamAttempt<T>(call: UpstreamCall, reading: AttemptReading<T>, send: () => Promise<T>): Promise<T> {
  try {
    const response = await traceUpstreamAttempt(call, reading.pageKey, send, reading.statusOf);
    countUpstreamRequest(call.provider, call.service, call.operation, reading.outcomeOf?.(response) ?? 'ok');
    return response;
  } catch (error) {
    countUpstreamRequest(call.provider, call.service, call.operation, 'error');
    throw error;
  }
}
