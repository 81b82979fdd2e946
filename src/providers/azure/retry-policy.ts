// Azure's pipelines retry under FleetGraph's one retry policy (../retry.ts). The SDK's default
// retry policy differs: it retries a 429 only when a Retry-After header came with it, waits that
// header out however long it is, and backs off other failures from 1 s up to 64 s. This policy
// takes its place in the Retry phase of every pipeline (the SDK clients', Cost Management's,
// Retail Prices'): core-rest-pipeline's own retry loop, with one strategy that asks the shared
// policy — THROTTLED and UNAVAILABLE retried, Retry-After / retry-after-ms / x-ms-retry-after-ms
// honoured up to the policy's bound, full jitter otherwise. Everything after the Retry phase
// (signing, the rate-limit token, counting) runs once per attempt.
import { retryPolicy, type Pipeline, type PipelinePolicy, type PipelineResponse, type RestError, type RetryStrategy } from '@azure/core-rest-pipeline';
import { categoryOfHttpStatus } from '../errors.js';
import { nextDelay, parseRetryAfter, type FailureInfo, type RetryPolicy } from '../retry.js';
import { classifyAzureError } from './errors.js';

export const SHARED_RETRY_POLICY_NAME = 'fleetgraphRetryPolicy';
const SDK_RETRY_POLICY_NAME = 'defaultRetryPolicy';

/** The wait a response asks for, in ms: retry-after-ms and x-ms-retry-after-ms (ms), then Retry-After (seconds or a date). */
function retryAfterOf(response: PipelineResponse): number | null {
  for (const header of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const value = Number(response.headers.get(header));
    if (response.headers.has(header) && Number.isFinite(value) && value >= 0) return value;
  }
  return parseRetryAfter(response.headers.get('retry-after'));
}

/** What one attempt's outcome means: an HTTP answer by its status, a failure with none by the Azure classifier. */
export function failureOfAttempt(response: PipelineResponse | undefined, error: RestError | undefined): FailureInfo {
  if (response) return { category: categoryOfHttpStatus(response.status), retryAfterMs: retryAfterOf(response) };
  return { category: classifyAzureError(error).category, retryAfterMs: null };
}

export function sharedRetryPolicy(policy: RetryPolicy): PipelinePolicy {
  const strategy: RetryStrategy = {
    name: 'fleetgraphRetryStrategy',
    retry({ retryCount, response, responseError }) {
      // retryCount is 0 after the first attempt.
      const delayMs = nextDelay(retryCount + 1, failureOfAttempt(response, responseError), policy);
      if (delayMs === null) return responseError ? { errorToThrow: responseError } : { skipStrategy: true };
      return { retryAfterInMs: delayMs };
    },
  };
  return { name: SHARED_RETRY_POLICY_NAME, sendRequest: retryPolicy([strategy], { maxRetries: policy.maxAttempts - 1 }).sendRequest };
}

/** Replaces the SDK's retry policy of `pipeline` with the shared one; fails loudly if the SDK's is not where it was. */
export function useSharedRetry(pipeline: Pipeline, policy: RetryPolicy): void {
  const removed = pipeline.removePolicy({ name: SDK_RETRY_POLICY_NAME });
  if (removed.length === 0) throw new Error(`no ${SDK_RETRY_POLICY_NAME} in the pipeline: the SDK's retries would run beside the shared policy`);
  pipeline.addPolicy(sharedRetryPolicy(policy), { phase: 'Retry' });
}
