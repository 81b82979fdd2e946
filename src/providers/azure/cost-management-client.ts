// Cost Management has no GA SDK, so its REST calls go through a core-rest-pipeline of their own,
// built like the SDK clients' (clients.ts): the subscription's credential as a bearer token for
// the ARM endpoint, the shared retry policy with the configured maxRetries, the configured CA
// trusted beside the system's roots, and every attempt taking a rate-limit token, then counted
// into fleetgraph_upstream_requests_total{service="costmanagement"}. Cost Management throttles by
// query processing units and names its wait only in x-ms-ratelimit-microsoft.costmanagement-…-
// retry-after headers, which no retry policy reads: a policy copies the longest of them into
// Retry-After, so a throttled call waits exactly as told and is retried.
import tls from 'node:tls';
import {
  RestError,
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
} from '@azure/core-rest-pipeline';
import type { AzureSubscriptionConfig } from '../../config/schema.js';
import { countUpstreamRequest } from '../../telemetry/metrics.js';
import { PUBLIC_ARM_ENDPOINT, applyRequestPolicies, credentialFor, retryPolicyOf, subscriptionScope, type ClientPoolOptions } from './clients.js';
import { parseJsonKeepingNumbers } from './json-decimals.js';

export const COST_MANAGEMENT_SERVICE = 'costmanagement';
const QPU_RETRY_AFTER = /^x-ms-ratelimit-microsoft\.costmanagement-[a-z-]+-retry-after$/i;
const STANDARD_RETRY_AFTER = ['retry-after', 'retry-after-ms', 'x-ms-retry-after-ms'];

/** One page of an answer. Every number is the string of its digits (costs stay exact). */
export interface CostManagementPage {
  columns: { name: string; type?: string }[];
  rows: unknown[][];
  nextLink: string | null;
}

export interface CostManagementClient {
  /** The ARM endpoint, without a trailing slash. */
  endpoint: string;
  /** POSTs `body` to `url`; a 204 is a page with no rows. Non-2xx answers (after retries) throw a RestError with ARM's code. */
  post(url: string, body: string): Promise<CostManagementPage>;
}

export function costManagementClient(subscription: AzureSubscriptionConfig, maxRetries: number, tuning: ClientPoolOptions = {}): CostManagementClient {
  const endpoint = (subscription.endpoint ?? PUBLIC_ARM_ENDPOINT).replace(/\/+$/, '');
  const pipeline = pipelineFor(subscription, endpoint, maxRetries, tuning);
  const httpClient = createDefaultHttpClient();
  return { endpoint, post: (url, body) => post(pipeline, httpClient, url, body) };
}

function pipelineFor(subscription: AzureSubscriptionConfig, endpoint: string, maxRetries: number, tuning: ClientPoolOptions): Pipeline {
  const pipeline = createPipelineFromOptions({
    userAgentOptions: { userAgentPrefix: 'fleetgraph' },
    // `ca` replaces Node's root store for these requests, so the system roots go in beside it.
    ...(subscription.caCertificate ? { tlsOptions: { ca: [...tls.rootCertificates, subscription.caCertificate] } } : {}),
  });
  pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: credentialFor(subscription), scopes: [`${endpoint}/.default`] }));
  // After the Sign phase: once per attempt, inside the retry loop.
  pipeline.addPolicy(qpuRetryAfterPolicy(), { afterPhase: 'Sign' });
  pipeline.addPolicy(countingPolicy(), { afterPhase: 'Sign' });
  applyRequestPolicies(pipeline, {
    retry: retryPolicyOf(maxRetries, tuning),
    limiter: tuning.rateLimits,
    family: 'costManagement',
    scope: subscriptionScope(subscription.id),
    operationOf: (request) => operationOf(request.url),
    placement: { afterPhase: 'Sign', beforePolicies: ['fleetgraphUpstreamCounting'] },
    timeoutMs: tuning.requestTimeoutMs,
  });
  return pipeline;
}

async function post(pipeline: Pipeline, httpClient: HttpClient, url: string, body: string): Promise<CostManagementPage> {
  const request = createPipelineRequest({
    url,
    method: 'POST',
    body,
    headers: createHttpHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
  });
  const response = await pipeline.sendRequest(httpClient, request);
  if (response.status === 204) return { columns: [], rows: [], nextLink: null };
  const parsed = parseBody(response.bodyAsText);
  if (response.status >= 400) throw failureOf(response.status, parsed);
  const properties = (parsed as { properties?: Partial<CostManagementPage> } | null)?.properties;
  return { columns: properties?.columns ?? [], rows: properties?.rows ?? [], nextLink: properties?.nextLink ?? null };
}

function parseBody(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return parseJsonKeepingNumbers(text);
  } catch {
    return null;
  }
}

/** ARM's `{"error":{"code","message"}}` as a RestError (without the request, which carries the token). */
function failureOf(status: number, body: unknown): RestError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  const message = typeof error?.message === 'string' ? error.message : `Cost Management answered HTTP ${status}`;
  return new RestError(message, { statusCode: status, ...(code ? { code } : {}) });
}

/** Copies the longest Cost Management retry-after (seconds) into Retry-After on a 429 that has none. */
export function qpuRetryAfterPolicy(): PipelinePolicy {
  return {
    name: 'fleetgraphCostManagementRetryAfter',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status !== 429 || STANDARD_RETRY_AFTER.some((h) => response.headers.has(h))) return response;
      const waits = [...response.headers]
        .filter(([name]) => QPU_RETRY_AFTER.test(name))
        .map(([, value]) => Number(value))
        .filter((seconds) => Number.isFinite(seconds) && seconds >= 0);
      if (waits.length > 0) response.headers.set('retry-after', String(Math.max(...waits)));
      return response;
    },
  };
}

/** Counts each attempt under the operation its path names (a nextLink keeps the path of its query). */
function countingPolicy(): PipelinePolicy {
  return {
    name: 'fleetgraphUpstreamCounting',
    async sendRequest(request, next) {
      const operation = operationOf(request.url);
      try {
        const response = await next(request);
        countUpstreamRequest('azure', COST_MANAGEMENT_SERVICE, operation, response.status < 400 ? 'ok' : 'error');
        return response;
      } catch (error) {
        countUpstreamRequest('azure', COST_MANAGEMENT_SERVICE, operation, 'error');
        throw error;
      }
    },
  };
}

export function operationOf(url: string): string {
  const path = url.split('?')[0]!.toLowerCase();
  return path.endsWith('/forecast') ? 'costManagement.forecast' : 'costManagement.query';
}
