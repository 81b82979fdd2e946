// Credentials and SDK clients: one EC2Client and one CloudWatchClient per account × region, built
// on first use. Credentials are resolved per account (shared by its regions) and never logged.
// Every client retries under the shared policy (retry-strategy.ts), and each attempt takes a
// token of its rate-limit bucket (../rate-limits/) before it is counted and sent.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsAccountConfig, AwsProviderConfig } from '../../config/schema.js';
import { scopeKey } from '../ids.js';
import type { RateLimiter, RateLimitFamily } from '../rate-limits/limiter.js';
import { ATTEMPT_TIMEOUT_MS, retryPolicy } from '../retry.js';
import type { Scope } from '../types.js';
import { COUNTING_MIDDLEWARE_NAME, countingMiddleware, countingMiddlewareOptions, operationOf, type AwsService } from './counting.js';
import { awsScopes } from './outline.js';
import { sharedRetryStrategy } from './retry-strategy.js';

export type AwsCredentials = NonNullable<EC2ClientConfig['credentials']>;
type Identity = Exclude<AwsCredentials, (...args: never[]) => unknown>;
type IdentityProvider = Extract<AwsCredentials, (...args: never[]) => unknown>;

/** Refresh temporary credentials this long before they expire. */
const EXPIRY_MARGIN_MS = 5 * 60_000;

/** The SDK credentials for one account's config. */
export function credentialsFor(account: AwsAccountConfig): AwsCredentials {
  const c = account.credentials;
  switch (c.type) {
    case 'default':
      return fromNodeProviderChain();
    case 'profile':
      return fromIni({ profile: c.profile });
    case 'static':
      return {
        accessKeyId: c.accessKeyId,
        secretAccessKey: c.secretAccessKey,
        ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
      };
    case 'assumeRole':
      return shareAcrossClients(
        fromTemporaryCredentials({
          params: {
            RoleArn: c.roleArn,
            RoleSessionName: c.sessionName,
            ...(c.externalId ? { ExternalId: c.externalId } : {}),
          },
          masterCredentials: c.sourceProfile ? fromIni({ profile: c.sourceProfile }) : fromNodeProviderChain(),
          clientConfig: { region: account.regions[0] },
        }),
      );
  }
}

/** Secrets of an account's config, so error messages can be scrubbed of them. */
export function secretsOf(account: AwsAccountConfig): string[] {
  const c = account.credentials;
  if (c.type === 'static') return [c.accessKeyId, c.secretAccessKey, ...(c.sessionToken ? [c.sessionToken] : [])];
  if (c.type === 'assumeRole' && c.externalId) return [c.externalId];
  return [];
}

/**
 * Every client memoises credentials itself; with one client per region and service that would be
 * one AssumeRole call per client. This shares one set per account until shortly before expiry.
 */
function shareAcrossClients(provider: IdentityProvider): IdentityProvider {
  let current: Promise<Identity> | undefined;
  let value: Identity | undefined;
  const shared = async (...args: Parameters<IdentityProvider>): Promise<Identity> => {
    if (value && (!value.expiration || value.expiration.getTime() - Date.now() > EXPIRY_MARGIN_MS)) return value;
    if (!current) {
      current = provider(...args).then(
        (identity) => {
          value = identity;
          current = undefined;
          return identity;
        },
        (error: unknown) => {
          current = undefined;
          throw error;
        },
      );
    }
    return current;
  };
  return shared as IdentityProvider;
}

export interface ScopeClients {
  ec2: EC2Client;
  cloudwatch: CloudWatchClient;
}

interface ClientSettings {
  region: string;
  endpoint?: string;
  maxAttempts: number;
  credentials: AwsCredentials;
}

/** Every AWS client's connection and request timeouts. */
export const REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: ATTEMPT_TIMEOUT_MS };

/** The rate-limit bucket family of each service's requests (config `rateLimits.aws`). */
const FAMILY: Record<AwsService, RateLimitFamily<'aws'>> = { ec2: 'ec2', monitoring: 'cloudwatch', pricing: 'pricing', costexplorer: 'costExplorer' };

/** The retry settings every AWS client gets: the shared policy (../retry.ts) in place of the SDK's. */
export function retrySettings(maxAttempts: number) {
  return { maxAttempts, retryStrategy: sharedRetryStrategy(retryPolicy(maxAttempts)) };
}

// Typed loosely on purpose, as counting.ts's: one middleware for every client's stack.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (args: any) => Promise<any>;

/** Takes a token of the request's bucket before each attempt (after the retry middleware, before counting). */
export function rateLimitMiddleware(limiter: RateLimiter, service: AwsService, scope: Scope & { provider: 'aws' }) {
  return (next: Handler, context: { commandName?: string }): Handler =>
    async (args) => {
      await limiter.take(scope, FAMILY[service], operationOf(context.commandName));
      return next(args);
    };
}

const rateLimitMiddlewareOptions = { name: 'fleetgraphRateLimit', relation: 'before', toMiddleware: COUNTING_MIDDLEWARE_NAME, override: true } as const;

interface Instrumentable {
  middlewareStack: { addRelativeTo(middleware: never, options: never): void };
}

/** Adds to a client the middlewares every AWS client has: attempt counting and, when given, the rate limit of `scope`. */
export function instrumentClient(client: Instrumentable, service: AwsService, scope: Scope & { provider: 'aws' }, limiter?: RateLimiter): void {
  client.middlewareStack.addRelativeTo(countingMiddleware(service, scope) as never, countingMiddlewareOptions as never);
  if (limiter) client.middlewareStack.addRelativeTo(rateLimitMiddleware(limiter, service, scope) as never, rateLimitMiddlewareOptions as never);
}

export function createScopeClients(settings: ClientSettings, scope: Scope & { provider: 'aws' }, limiter?: RateLimiter): ScopeClients {
  const common = {
    region: settings.region,
    ...retrySettings(settings.maxAttempts),
    credentials: settings.credentials,
    requestHandler: REQUEST_HANDLER,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  };
  const ec2 = new EC2Client(common);
  instrumentClient(ec2, 'ec2', scope, limiter);
  const cloudwatch = new CloudWatchClient(common);
  instrumentClient(cloudwatch, 'monitoring', scope, limiter);
  return { ec2, cloudwatch };
}

/** The configured scopes and their clients, built lazily. */
export class ClientPool {
  readonly scopes: readonly Scope[];
  private readonly accounts = new Map<string, AwsAccountConfig>();
  private readonly credentials = new Map<string, AwsCredentials>();
  private readonly clients = new Map<string, ScopeClients>();

  constructor(
    private readonly config: AwsProviderConfig,
    private readonly rateLimits?: RateLimiter,
  ) {
    for (const account of config.accounts) this.accounts.set(account.id, account);
    this.scopes = awsScopes(config);
  }

  /** The account config of a configured scope; undefined when the scope is not configured. */
  accountOf(scope: Scope): AwsAccountConfig | undefined {
    const account = this.accounts.get(scope.account);
    if (scope.provider !== 'aws' || !account || !account.regions.includes(scope.region)) return undefined;
    return account;
  }

  /** Clients of a configured scope (check with accountOf first). */
  clientsFor(scope: Scope): ScopeClients {
    const key = scopeKey(scope);
    let clients = this.clients.get(key);
    if (!clients) {
      const account = this.accountOf(scope);
      if (!account) throw new Error(`scope ${key} is not configured`);
      clients = createScopeClients(
        { region: scope.region, endpoint: account.endpoint, maxAttempts: this.config.maxAttempts, credentials: this.credentialsOf(account) },
        { provider: 'aws', account: account.id, region: scope.region },
        this.rateLimits,
      );
      this.clients.set(key, clients);
    }
    return clients;
  }

  destroy(): void {
    for (const { ec2, cloudwatch } of this.clients.values()) {
      ec2.destroy();
      cloudwatch.destroy();
    }
    this.clients.clear();
  }

  private credentialsOf(account: AwsAccountConfig): AwsCredentials {
    let credentials = this.credentials.get(account.id);
    if (!credentials) {
      credentials = credentialsFor(account);
      this.credentials.set(account.id, credentials);
    }
    return credentials;
  }
}
