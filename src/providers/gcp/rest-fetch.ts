// What the SDK clients get as `authClient`. Over REST, gax sends every HTTP request through
// `authClient.fetch(url, init)` — one call per page, and gax retries nothing over REST — so this
// is the one place that sees every attempt. It:
//   - resolves credentials lazily (auth.ts) and never lets the library resolve them itself;
//   - retries THROTTLED/UNAVAILABLE answers with the shared policy (retry.ts), per request, so a
//     throttled third page is retried alone and the SDK's page iterator carries on;
//   - before each attempt takes a rate-limit token (`beforeAttempt`, clients.ts); a refusal is
//     final (a THROTTLED ProviderError, nothing sent, not retried);
//   - ends an attempt with no answer after `attemptTimeoutMs` (the library would wait for ever)
//     and retries it like a dropped connection;
//   - counts every attempt with observeUpstreamAttempt('gcp', service, operation, …), the
//     labels coming from the adapter's call (`withCall`) through AsyncLocalStorage.
// Retrying is safe for writes too: every write FleetGraph sends carries a `requestId`, so Compute
// Engine answers a repeated one with the first one's operation and acts once.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthClient } from 'google-auth-library';
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';
import { pageOfUrl } from '../../telemetry/upstream-spans.js';
import { ProviderError } from '../errors.js';
import { Reusable } from '../reusable.js';
import { ATTEMPT_TIMEOUT_MS, withRetries, type RetryPolicy } from '../retry.js';
import { ALL_REGIONS } from '../types.js';
import { ATTEMPTS, CredentialError, classifyGcpError } from './errors.js';

export type GcpService = 'compute' | 'monitoring' | 'cloudbilling' | 'bigquery';

export interface CallLabels {
  service: GcpService;
  /** The API method, e.g. `instances.aggregatedList`. */
  operation: string;
}

const currentCall = new AsyncLocalStorage<CallLabels>();

/** Runs `run` as one logical call: every HTTP attempt it makes is counted under these labels. */
export function withCall<T>(labels: CallLabels, run: () => Promise<T>): Promise<T> {
  return currentCall.run(labels, run);
}

export interface RestFetchOptions {
  /** The project every request of this RestFetch is for (a span attribute). */
  project: string;
  policy: RetryPolicy;
  /** Resolves (once; a failure is not remembered) the project's credentials. */
  resolveAuth(): Promise<AuthClient>;
  /** Waits before each attempt (for a rate-limit token); a ProviderError it throws fails the request, unsent. */
  beforeAttempt?(labels: CallLabels): Promise<void>;
  onRetry?(event: { labels: CallLabels; attempt: number; delayMs: number; status: number | undefined }): void;
  /** Longest one attempt waits for its answer. Default ATTEMPT_TIMEOUT_MS. */
  attemptTimeoutMs?: number;
}


type FetchArgs = Parameters<AuthClient['fetch']>;

export class RestFetch {
  /** Checked by gax against the client's universe (googleapis.com). */
  readonly universeDomain = 'googleapis.com';
  // Resolved once; a failure is not remembered: the next call tries again (credentials may appear).
  private readonly auth: Reusable<AuthClient>;

  constructor(private readonly options: RestFetchOptions) {
    this.auth = new Reusable(() => options.resolveAuth());
  }

  /** gax only checks that this exists (so it never calls a `getClient` of its own). */
  async getRequestHeaders(url?: string | URL): Promise<Headers> {
    const client = await this.client();
    return client.getRequestHeaders(url);
  }

  async fetch(...args: FetchArgs): Promise<Awaited<ReturnType<AuthClient['fetch']>>> {
    const labels = currentCall.getStore() ?? { service: serviceOf(args[0]), operation: 'unknown' };
    let attempts = 0;
    try {
      return await withRetries(
        async () => {
          const client = await this.client();
          // The token first: a failure here is the credentials', before anything is sent.
          try {
            await client.getRequestHeaders(urlOf(args[0]));
          } catch (error) {
            throw new CredentialError(`cannot obtain an access token: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
          await this.options.beforeAttempt?.(labels);
          attempts++;
          const call = { provider: 'gcp', service: labels.service, operation: labels.operation, account: this.options.project, region: ALL_REGIONS };
          // A next page is asked for with a pageToken in the URL.
          return observeUpstreamAttempt(call, { pageKey: () => pageOfUrl(urlOf(args[0]) ?? ''), statusOf: (r) => r.status }, () =>
            fetchWithin(client, args, this.options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS),
          );
        },
        this.options.policy,
        {
          classify(error) {
            if (error instanceof ProviderError) return { category: error.category, retryAfterMs: null, final: true };
            const info = classifyGcpError(error);
            return { category: info.category, retryAfterMs: info.retryAfterMs };
          },
          onRetry: ({ attempt, delayMs, error }) => this.options.onRetry?.({ labels, attempt, delayMs, status: classifyGcpError(error).status }),
        },
      );
    } catch (error) {
      if (typeof error === 'object' && error !== null) {
        Object.defineProperty(error, ATTEMPTS, { value: attempts, enumerable: false, configurable: true });
      }
      throw error;
    }
  }

  private client(): Promise<AuthClient> {
    return this.auth.get();
  }
}

/**
 * One attempt, ended when its answer has not begun within `timeoutMs`: then a TimeoutError
 * (UNAVAILABLE, retried) saying so. Only the wait for the answer is bounded: a large page whose
 * body is still arriving is left to finish (gax reads it after fetch returns).
 */
async function fetchWithin(client: AuthClient, [input, init]: FetchArgs, timeoutMs: number): Promise<Awaited<ReturnType<AuthClient['fetch']>>> {
  const callers = (init as { signal?: AbortSignal } | undefined)?.signal;
  const attempt = new AbortController();
  const forward = () => attempt.abort(callers?.reason);
  callers?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    attempt.abort();
  }, timeoutMs);
  try {
    // gax calls fetch(url, init) (fallbackServiceStub); init carries its cancel signal, forwarded.
    return await client.fetch(input as string | URL, { ...init, signal: attempt.signal } as RequestInit);
  } catch (error) {
    if (!timedOut) throw error;
    throw Object.assign(new Error(`no answer within ${timeoutMs} ms`, { cause: error }), { name: 'TimeoutError' });
  } finally {
    // The caller's cancel stays forwarded: it may still cut off the body gax is reading.
    clearTimeout(timer);
  }
}

function urlOf(input: FetchArgs[0]): string | undefined {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return (input as { url?: string } | undefined)?.url;
}

function serviceOf(input: FetchArgs[0]): GcpService {
  return (urlOf(input) ?? '').includes('/v3/') ? 'monitoring' : 'compute';
}
