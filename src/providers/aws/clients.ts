// Credentials and SDK clients: one EC2Client and one CloudWatchClient per account × region, built
// on first use. Credentials are resolved per account (shared by its regions) and never logged.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client, type EC2ClientConfig } from '@aws-sdk/client-ec2';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsAccountConfig, AwsProviderConfig } from '../../config/schema.js';
import { scopeKey } from '../ids.js';
import type { Scope } from '../types.js';
import { countingMiddleware, countingMiddlewareOptions } from './counting.js';

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
export const REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 30_000 };

export function createScopeClients(settings: ClientSettings): ScopeClients {
  const common = {
    region: settings.region,
    maxAttempts: settings.maxAttempts,
    credentials: settings.credentials,
    requestHandler: REQUEST_HANDLER,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  };
  const ec2 = new EC2Client(common);
  ec2.middlewareStack.addRelativeTo(countingMiddleware('ec2'), countingMiddlewareOptions);
  const cloudwatch = new CloudWatchClient(common);
  cloudwatch.middlewareStack.addRelativeTo(countingMiddleware('monitoring'), countingMiddlewareOptions);
  return { ec2, cloudwatch };
}

/** The configured scopes and their clients, built lazily. */
export class ClientPool {
  readonly scopes: readonly Scope[];
  private readonly accounts = new Map<string, AwsAccountConfig>();
  private readonly credentials = new Map<string, AwsCredentials>();
  private readonly clients = new Map<string, ScopeClients>();

  constructor(private readonly config: AwsProviderConfig) {
    const scopes: Scope[] = [];
    for (const account of config.accounts) {
      this.accounts.set(account.id, account);
      for (const region of account.regions) scopes.push({ provider: 'aws', account: account.id, region });
    }
    this.scopes = scopes;
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
      clients = createScopeClients({
        region: scope.region,
        endpoint: account.endpoint,
        maxAttempts: this.config.maxAttempts,
        credentials: this.credentialsOf(account),
      });
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
