// Credentials and SDK clients: per subscription one ComputeManagementClient and one
// NetworkManagementClient (both subscription-wide), and one MetricsClient per metrics endpoint
// (Azure Monitor's data plane is regional: https://<location>.metrics.monitor.azure.com), all
// built on first use. Every client gets the same pipeline additions: the shared retry policy in
// place of the SDK's (retry-policy.ts: ../retry.ts with the configured maxRetries), and per
// attempt a rate-limit token (ARM reads per subscription; metrics per subscription and location)
// then an attempt-counting policy, and — when the subscription names a CA — a TLS setting that
// trusts it besides the system's roots. Credentials are built once per subscription and never
// logged.
import tls from 'node:tls';
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  ManagedIdentityCredential,
  type AccessToken,
  type TokenCredential,
} from '@azure/identity';
import { RestError, type AddPipelineOptions, type Pipeline, type PipelinePolicy, type PipelineRequest } from '@azure/core-rest-pipeline';
import { MetricsClient } from '@azure/monitor-query-metrics';
import type { AzureProviderConfig, AzureSubscriptionConfig } from '../../config/schema.js';
import type { RateLimiter, RateLimitFamily, RateLimitOptions } from '../rate-limits/limiter.js';
import { ATTEMPT_TIMEOUT_MS, retryPolicy, type RetryPolicy } from '../retry.js';
import { ALL_REGIONS, type Scope } from '../types.js';
import { COUNTING_POLICY_NAME, countingPolicy, operationOf, type AzureService } from './counting.js';
import { useSharedRetry } from './retry-policy.js';

export const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';

/** A bearer token obtained elsewhere (`credentials.type: accessToken`). */
export class StaticTokenCredential implements TokenCredential {
  constructor(private readonly token: string) {}

  async getToken(): Promise<AccessToken> {
    // The token's real lifetime is unknown here; an hour ahead keeps the SDK from asking again on
    // every request, and when the token does expire ARM answers 401 and the call fails as AUTH.
    return { token: this.token, expiresOnTimestamp: Date.now() + 3_600_000, tokenType: 'Bearer' };
  }
}

/**
 * Where Entra ID tokens come from: Microsoft's public cloud unless `authorityHost` names another
 * (a sovereign cloud, Azure Stack). Instance discovery asks Microsoft's public host about the
 * authority, so with an authority of the operator's own it is off: the host is trusted as given.
 */
function authorityOptions(subscription: AzureSubscriptionConfig): { authorityHost?: string; disableInstanceDiscovery?: boolean } {
  return subscription.authorityHost ? { authorityHost: subscription.authorityHost, disableInstanceDiscovery: true } : {};
}

export function credentialFor(subscription: AzureSubscriptionConfig): TokenCredential {
  const c = subscription.credentials;
  switch (c.type) {
    case 'default':
      return new DefaultAzureCredential(authorityOptions(subscription));
    case 'clientSecret':
      return new ClientSecretCredential(c.tenantId, c.clientId, c.clientSecret, authorityOptions(subscription));
    case 'clientCertificate':
      return new ClientCertificateCredential(c.tenantId, c.clientId, c.certificatePath, authorityOptions(subscription));
    case 'managedIdentity':
      return c.clientId ? new ManagedIdentityCredential({ clientId: c.clientId }) : new ManagedIdentityCredential();
    case 'accessToken':
      return new StaticTokenCredential(c.token);
  }
}

/** Secrets of a subscription's config, so error messages can be scrubbed of them. */
export function secretsOf(subscription: AzureSubscriptionConfig | undefined): string[] {
  const c = subscription?.credentials;
  if (c?.type === 'clientSecret') return [c.clientSecret];
  if (c?.type === 'accessToken') return [c.token];
  return [];
}

export interface RetryTuning {
  /** Longest one attempt waits for its answer. Default ATTEMPT_TIMEOUT_MS (the SDK's: forever). */
  requestTimeoutMs?: number;
  /** Base delay of the SDK's exponential retry (for 5xx and network failures). SDK default 1000 ms. */
  retryDelayInMs?: number;
  /** Cap of that delay. SDK default 64 s. */
  maxRetryDelayInMs?: number;
}

export interface ClientPoolOptions extends RetryTuning, RateLimitOptions {}

/** The shared retry policy for `maxRetries` retries (attempts: one more) and the tuned backoff. */
export function retryPolicyOf(maxRetries: number, tuning: RetryTuning = {}): RetryPolicy {
  return retryPolicy(maxRetries + 1, {
    ...(tuning.retryDelayInMs !== undefined ? { baseDelayMs: tuning.retryDelayInMs } : {}),
    ...(tuning.maxRetryDelayInMs !== undefined ? { maxDelayMs: tuning.maxRetryDelayInMs } : {}),
  });
}

/** Takes one token of `family` in `scope` before each attempt; a refusal leaves as a THROTTLED ProviderError, nothing sent. */
export function rateLimitPolicy(
  limiter: RateLimiter,
  family: RateLimitFamily<'azure'>,
  scope: Scope & { provider: 'azure' },
  operationOfRequest: (request: PipelineRequest) => string,
): PipelinePolicy {
  return {
    name: 'fleetgraphRateLimit',
    async sendRequest(request, next) {
      await limiter.take(scope, family, operationOfRequest(request));
      return next(request);
    },
  };
}

export interface RequestPolicies {
  retry: RetryPolicy;
  /** No rate-limit token is taken without one. */
  limiter: RateLimiter | undefined;
  family: RateLimitFamily<'azure'>;
  scope: Scope & { provider: 'azure' };
  operationOf(request: PipelineRequest): string;
  /** Where the rate-limit policy goes: once per attempt, before the pipeline's counting policy. */
  placement: AddPipelineOptions;
  /** Longest one attempt waits for its answer (default ATTEMPT_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/** What every Azure pipeline gets: the shared retry policy, a timeout per attempt, and a rate-limit token per attempt. */
export function applyRequestPolicies(pipeline: Pipeline, policies: RequestPolicies): void {
  useSharedRetry(pipeline, policies.retry);
  pipeline.addPolicy(attemptTimeoutPolicy(policies.timeoutMs ?? ATTEMPT_TIMEOUT_MS), { afterPhase: 'Retry' });
  if (policies.limiter) pipeline.addPolicy(rateLimitPolicy(policies.limiter, policies.family, policies.scope, policies.operationOf), policies.placement);
}

/**
 * Every attempt without a timeout of its own gets `timeoutMs`. The SDK's HTTP client ends a
 * timed-out attempt as an abort, which its retry policy never retries: it leaves here as the
 * network failure it is, so the shared retry treats it like one.
 */
function attemptTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'fleetgraphAttemptTimeout',
    async sendRequest(request, next) {
      if (!request.timeout) request.timeout = timeoutMs;
      try {
        return await next(request);
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'AbortError' && !request.abortSignal?.aborted;
        if (timedOut) throw new RestError(`no answer within ${request.timeout} ms`, { code: RestError.REQUEST_SEND_ERROR, request });
        throw error;
      }
    },
  };
}

/** The bucket scope of calls made for a whole subscription (ARM, Cost Management). */
export function subscriptionScope(subscriptionId: string): Scope & { provider: 'azure' } {
  return { provider: 'azure', account: subscriptionId.toLowerCase(), region: ALL_REGIONS };
}

/** Before the SDK clients' counting policy, which sits after the Sign phase. */
const BEFORE_COUNTING: AddPipelineOptions = { afterPhase: 'Sign', beforePolicies: [COUNTING_POLICY_NAME] };

const armOperation = (request: PipelineRequest) => operationOf(request.method, request.url);

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The configured subscriptions and their clients, built lazily. Subscription ids are kept lower-case. */
export class ClientPool {
  readonly subscriptions: ReadonlyMap<string, AzureSubscriptionConfig>;
  private readonly credentials = new Map<string, TokenCredential>();
  private readonly computeClients = new Map<string, ComputeManagementClient>();
  private readonly networkClients = new Map<string, NetworkManagementClient>();
  private readonly metricsClients = new Map<string, MetricsClient>();

  constructor(
    private readonly config: AzureProviderConfig,
    private readonly tuning: ClientPoolOptions = {},
  ) {
    this.subscriptions = new Map(config.subscriptions.map((s) => [s.id.toLowerCase(), s]));
  }

  subscription(id: string): AzureSubscriptionConfig | undefined {
    return this.subscriptions.get(id.toLowerCase());
  }

  compute(subscriptionId: string): ComputeManagementClient {
    return memo(this.computeClients, subscriptionId, () => {
      const s = this.require(subscriptionId);
      const endpoint = this.armEndpoint(s);
      const client = new ComputeManagementClient(this.credential(s), subscriptionId, {
        ...this.common(s, 'compute'),
        endpoint,
        credentials: { scopes: [`${endpoint}/.default`] },
      });
      this.applyPolicies(client.pipeline, 'arm', subscriptionScope(subscriptionId));
      return client;
    });
  }

  network(subscriptionId: string): NetworkManagementClient {
    return memo(this.networkClients, subscriptionId, () => {
      const s = this.require(subscriptionId);
      const endpoint = this.armEndpoint(s);
      // The network client builds its URLs from `$host`; `endpoint` alone only changes the token audience.
      const client = new NetworkManagementClient(this.credential(s), subscriptionId, {
        ...this.common(s, 'network'),
        endpoint,
        $host: endpoint,
        credentialScopes: [`${endpoint}/.default`],
      });
      this.applyPolicies(client.pipeline, 'arm', subscriptionScope(subscriptionId));
      return client;
    });
  }

  /** The metrics client for a subscription's resources in one location. */
  metrics(subscriptionId: string, location: string): MetricsClient {
    const s = this.require(subscriptionId);
    const endpoint = withoutTrailingSlash(s.metricsEndpoint ?? `https://${location.toLowerCase()}.metrics.monitor.azure.com`);
    return memo(this.metricsClients, `${subscriptionId}|${endpoint}`, () => {
      const client = new MetricsClient(endpoint, this.credential(s), this.common(s, 'monitor', location.toLowerCase()));
      this.applyPolicies(client.pipeline, 'metrics', { provider: 'azure', account: subscriptionId.toLowerCase(), region: location.toLowerCase() });
      return client;
    });
  }

  private applyPolicies(pipeline: Pipeline, family: RateLimitFamily<'azure'>, scope: Scope & { provider: 'azure' }): void {
    // ARM throttles per subscription (and principal) in whichever ARM region serves the request.
    const retry = retryPolicyOf(this.config.maxRetries, this.tuning);
    applyRequestPolicies(pipeline, { retry, limiter: this.tuning.rateLimits, family, scope, operationOf: armOperation, placement: BEFORE_COUNTING, timeoutMs: this.tuning.requestTimeoutMs });
  }

  private armEndpoint(s: AzureSubscriptionConfig): string {
    return withoutTrailingSlash(s.endpoint ?? PUBLIC_ARM_ENDPOINT);
  }

  /** `region`: the location a metrics client serves; ARM's clients serve the whole subscription. */
  private common(s: AzureSubscriptionConfig, service: AzureService, region: string = ALL_REGIONS) {
    return {
      userAgentOptions: { userAgentPrefix: 'fleetgraph' },
      // `ca` replaces Node's root store for these requests, so the system roots go in beside it.
      ...(s.caCertificate ? { tlsOptions: { ca: [...tls.rootCertificates, s.caCertificate] } } : {}),
      additionalPolicies: [{ policy: countingPolicy(service, { account: s.id.toLowerCase(), region }), position: 'perRetry' as const }],
    };
  }

  private credential(s: AzureSubscriptionConfig): TokenCredential {
    return memo(this.credentials, s.id.toLowerCase(), () => credentialFor(s));
  }

  private require(subscriptionId: string): AzureSubscriptionConfig {
    const s = this.subscription(subscriptionId);
    if (!s) throw new Error(`subscription ${subscriptionId} is not configured`);
    return s;
  }
}

function memo<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
