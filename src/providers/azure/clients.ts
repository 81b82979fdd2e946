// Credentials and SDK clients: per subscription one ComputeManagementClient and one
// NetworkManagementClient (both subscription-wide), and one MetricsClient per metrics endpoint
// (Azure Monitor's data plane is regional: https://<location>.metrics.monitor.azure.com), all
// built on first use. Every client gets the same pipeline additions: the SDK's retry policy with
// the configured maxRetries (it honours Retry-After / retry-after-ms / x-ms-retry-after-ms on 429
// and 503), an attempt-counting policy after it, and — when the subscription names a CA — a TLS
// setting that trusts it besides the system's roots. Credentials are built once per
// subscription and never logged.
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
import { MetricsClient } from '@azure/monitor-query-metrics';
import type { AzureProviderConfig, AzureSubscriptionConfig } from '../../config/schema.js';
import { countingPolicy, type AzureService } from './counting.js';

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

export function credentialFor(subscription: AzureSubscriptionConfig): TokenCredential {
  const c = subscription.credentials;
  switch (c.type) {
    case 'default':
      return new DefaultAzureCredential();
    case 'clientSecret':
      return new ClientSecretCredential(c.tenantId, c.clientId, c.clientSecret);
    case 'clientCertificate':
      return new ClientCertificateCredential(c.tenantId, c.clientId, c.certificatePath);
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
  /** Base delay of the SDK's exponential retry (for 5xx and network failures). SDK default 1000 ms. */
  retryDelayInMs?: number;
  /** Cap of that delay. SDK default 64 s. */
  maxRetryDelayInMs?: number;
}

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
    private readonly tuning: RetryTuning = {},
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
      return new ComputeManagementClient(this.credential(s), subscriptionId, {
        ...this.common(s, 'compute'),
        endpoint,
        credentials: { scopes: [`${endpoint}/.default`] },
      });
    });
  }

  network(subscriptionId: string): NetworkManagementClient {
    return memo(this.networkClients, subscriptionId, () => {
      const s = this.require(subscriptionId);
      const endpoint = this.armEndpoint(s);
      // The network client builds its URLs from `$host`; `endpoint` alone only changes the token audience.
      return new NetworkManagementClient(this.credential(s), subscriptionId, {
        ...this.common(s, 'network'),
        endpoint,
        $host: endpoint,
        credentialScopes: [`${endpoint}/.default`],
      });
    });
  }

  /** The metrics client for a subscription's resources in one location. */
  metrics(subscriptionId: string, location: string): MetricsClient {
    const s = this.require(subscriptionId);
    const endpoint = withoutTrailingSlash(s.metricsEndpoint ?? `https://${location.toLowerCase()}.metrics.monitor.azure.com`);
    return memo(this.metricsClients, `${subscriptionId}|${endpoint}`, () => new MetricsClient(endpoint, this.credential(s), this.common(s, 'monitor')));
  }

  private armEndpoint(s: AzureSubscriptionConfig): string {
    return withoutTrailingSlash(s.endpoint ?? PUBLIC_ARM_ENDPOINT);
  }

  private common(s: AzureSubscriptionConfig, service: AzureService) {
    return {
      userAgentOptions: { userAgentPrefix: 'fleetgraph' },
      retryOptions: {
        maxRetries: this.config.maxRetries,
        ...(this.tuning.retryDelayInMs !== undefined ? { retryDelayInMs: this.tuning.retryDelayInMs } : {}),
        ...(this.tuning.maxRetryDelayInMs !== undefined ? { maxRetryDelayInMs: this.tuning.maxRetryDelayInMs } : {}),
      },
      // `ca` replaces Node's root store for these requests, so the system roots go in beside it.
      ...(s.caCertificate ? { tlsOptions: { ca: [...tls.rootCertificates, s.caCertificate] } } : {}),
      additionalPolicies: [{ policy: countingPolicy(service), position: 'perRetry' as const }],
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
