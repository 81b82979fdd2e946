// One configured team: its API client (with the team's token, read when first needed, and the
// shared rate limits) and the secrets to scrub from its failures. The adapter and the price
// catalog each hold the teams they call through.
import type { DigitalOceanAccountConfig, DigitalOceanProviderConfig } from '../../config/schema.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import { retryPolicy } from '../retry.js';
import { configuredSecrets, tokenSource } from '../secret-source.js';
import { DEFAULT_API_URL, DoClient } from './client.js';
import { digitalOceanScopeOf } from './outline.js';

export interface Team {
  config: DigitalOceanAccountConfig;
  client: DoClient;
  /** The configured token, and the token once read from the environment or a file: scrubbed from every failure. */
  secrets: string[];
}

export interface TeamOptions extends RateLimitOptions {
  /** Longest one request waits for its answer (tests shorten it). */
  attemptTimeoutMs?: number;
}

export function createTeam(account: DigitalOceanAccountConfig, config: DigitalOceanProviderConfig, options: TeamOptions): Team {
  const secrets = configuredSecrets(account.credentials);
  const scope = { ...digitalOceanScopeOf(account.id), provider: 'digitalocean' as const };
  const token = tokenSource(account.credentials, 'DigitalOcean token', secrets);
  const client = new DoClient({
    account: scope.account,
    baseUrl: account.endpoint ?? DEFAULT_API_URL,
    token: () => token.get(),
    tokenRejected: () => token.rejected(),
    policy: retryPolicy(config.maxAttempts),
    beforeAttempt: (operation) => options.rateLimits?.take(scope, 'api', operation) ?? Promise.resolve(),
    ...(options.attemptTimeoutMs ? { attemptTimeoutMs: options.attemptTimeoutMs } : {}),
  });
  return { config: account, client, secrets };
}
