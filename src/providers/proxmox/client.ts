// One cluster's way to the Proxmox VE API: HTTPS with the cluster's trust (transport.ts), the API
// token in the `Authorization: PVEAPIToken=…` header, `{ data }` unwrapped. Every request (each
// retry too):
//   - waits for a slot (at most `maxConcurrency` in flight: pveproxy has three workers by default)
//     and for a token of the cluster's client-side bucket (`beforeAttempt`: the shared rate limits);
//   - is retried for 429, 502–504, 596–599 and dropped connections by the shared policy (retry.ts),
//     but not for 500 (Proxmox's answer for errors that stay) or 595 (the node the path names is
//     unreachable: the next attempt would find it so too);
//   - ends with no answer after `attemptTimeoutMs`, and is counted and traced per attempt.
import type https from 'node:https';
import pLimit, { type LimitFunction } from 'p-limit';
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';
import { pageOfUrl } from '../../telemetry/upstream-spans.js';
import { ProviderError } from '../errors.js';
import { Reusable } from '../reusable.js';
import { ATTEMPT_TIMEOUT_MS, parseRetryAfter, withRetries, type RetryPolicy } from '../retry.js';
import { PveApiError, describePveError } from './errors.js';
import { agentFor, httpsGet, type ClusterTrust, type HttpsAnswer } from './transport.js';

export interface PveClientOptions {
  /** The cluster's id and region (the scope the calls are counted under). */
  cluster: string;
  region: string;
  /** https://HOST:PORT; the API lives under /api2/json. */
  baseUrl: string;
  /** How the cluster's certificate is trusted (read once; read again after a failure). */
  trust(): Promise<ClusterTrust>;
  /** `USER@REALM!TOKENID=SECRET` */
  token(): Promise<string>;
  /** The API refused the token (401): the next request reads it again (it may have been rotated). */
  tokenRejected?(): void;
  policy: RetryPolicy;
  maxConcurrency: number;
  /** Waits for a client-side rate-limit token; a ProviderError it throws fails the request unsent. */
  beforeAttempt?(operation: string): Promise<void>;
  attemptTimeoutMs?: number;
}

/**
 * The answers worth asking again: throttled, and a proxy or node that did not answer in time
 * (502–504; 596–599 are pveproxy's own for a node connection that broke). Proxmox answers 500 for
 * what will not change (a guest's config does not exist or cannot be parsed, an unknown group),
 * and 595 for a node that is unreachable: neither is retried.
 */
const RETRIED_STATUSES = new Set([429, 502, 503, 504, 596, 597, 598, 599]);

export class PveClient {
  private readonly agent: Reusable<https.Agent>;
  private readonly slots: LimitFunction;

  constructor(private readonly options: PveClientOptions) {
    this.agent = new Reusable(async () => agentFor(await options.trust(), options.maxConcurrency));
    this.slots = pLimit(options.maxConcurrency);
  }

  /** One GET of `path` (under /api2/json): its `data`. */
  async get<T>(operation: string, path: string, query: Record<string, string> = {}): Promise<T> {
    const url = new URL(`/api2/json/${path}`, this.options.baseUrl);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return withRetries(() => this.slots(() => this.attempt(operation, url)), this.options.policy, {
      classify(error) {
        if (error instanceof ProviderError) return { category: error.category, retryAfterMs: null, final: true };
        const facts = describePveError(error);
        const permanent = error instanceof PveApiError && !RETRIED_STATUSES.has(error.status);
        return { category: facts.category, retryAfterMs: error instanceof PveApiError ? error.retryAfterMs : null, final: permanent };
      },
    }) as Promise<T>;
  }

  async close(): Promise<void> {
    (await this.agent.take())?.destroy();
  }

  private async attempt(operation: string, url: URL): Promise<unknown> {
    const agent = await this.agent.get();
    const token = await this.options.token();
    await this.options.beforeAttempt?.(operation);
    const call = { provider: 'proxmox', service: 'api', operation, account: this.options.cluster, region: this.options.region };
    const answer = await observeUpstreamAttempt(call, { pageKey: () => pageOfUrl(url.href), statusOf: (a: HttpsAnswer) => a.status }, () =>
      httpsGet(url, agent, { authorization: `PVEAPIToken=${token}`, accept: 'application/json' }, this.options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS),
    );
    if (answer.status === 401) this.options.tokenRejected?.();
    if (answer.status < 200 || answer.status >= 300) throw apiError(answer);
    const parsed = JSON.parse(answer.body) as { data?: unknown };
    return parsed.data ?? null;
  }
}

function apiError(answer: HttpsAnswer): PveApiError {
  let errors: Record<string, string> | null = null;
  try {
    errors = (JSON.parse(answer.body) as { errors?: Record<string, string> }).errors ?? null;
  } catch {
    // Not JSON (a proxy's page): the status line says enough.
  }
  const detail = errors ? `: ${Object.entries(errors).map(([name, text]) => `${name}: ${text}`).join('; ')}` : '';
  const retryAfter = answer.headers['retry-after'];
  return new PveApiError(answer.status, `${answer.statusText || `HTTP ${answer.status}`}${detail}`, errors, parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter));
}
