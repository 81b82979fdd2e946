// One team's way to the DigitalOcean API: plain fetch with the bearer token, typed answers. Every
// HTTP request (each page, each retry):
//   - waits for a token of the team's client-side bucket (`beforeAttempt`: the shared rate limits);
//   - honours the API's own headers: once `ratelimit-remaining` reaches 0, nothing more is sent
//     until `ratelimit-reset` (waited out when it is near, else the call fails THROTTLED unsent);
//   - is retried for 429 and 5xx and dropped connections by the shared policy (retry.ts), a 429
//     after the wait the server names;
//   - ends with no answer after `attemptTimeoutMs`, and is counted and traced per attempt.
// Lists are read whole, 200 items a page (the API's maximum), following `links.pages.next`.
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';
import { pageOfUrl } from '../../telemetry/upstream-spans.js';
import { ProviderError } from '../errors.js';
import { ATTEMPT_TIMEOUT_MS, parseRetryAfter, withRetries, type RetryPolicy } from '../retry.js';
import { ALL_REGIONS } from '../types.js';
import { DoApiError, describeDoError } from './errors.js';
import type { DoErrorBody, ListPage, PageLinks } from './wire.js';

export const DEFAULT_API_URL = 'https://api.digitalocean.com';
export const MAX_PER_PAGE = 200;

export interface DoClientOptions {
  /** The team's UUID (the scope's account). */
  account: string;
  /** Scheme, host and port; the API lives under /v2. */
  baseUrl: string;
  token(): Promise<string>;
  /** The API refused the token (401): the next request reads it again (it may have been rotated). */
  tokenRejected?(): void;
  policy: RetryPolicy;
  /** Waits for a client-side rate-limit token; a ProviderError it throws fails the request unsent. */
  beforeAttempt?(operation: string): Promise<void>;
  attemptTimeoutMs?: number;
}

export class DoClient {
  /** While the API's window is used up: when it frees (ms since the epoch). */
  private exhaustedUntil = 0;

  constructor(private readonly options: DoClientOptions) {}

  /** One GET of `path` (under /v2), its JSON answer. */
  async get<T>(operation: string, path: string, query: Record<string, string> = {}): Promise<T> {
    const url = new URL(`/v2/${path}`, this.options.baseUrl);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return (await this.send(operation, url.href)) as T;
  }

  /** Every item of a list, page after page. */
  async list<Key extends string, Item>(operation: string, key: Key, path: string, query: Record<string, string> = {}): Promise<Item[]> {
    return (await this.pages<ListPage<Key, Item>>(operation, path, query)).flatMap((page) => page[key] ?? []);
  }

  /** Every page of a list, whole (a list's answer may carry more than its items: the invoice preview). */
  async pages<Page extends PageLinks>(operation: string, path: string, query: Record<string, string> = {}): Promise<Page[]> {
    const pages = [await this.get<Page>(operation, path, { ...query, per_page: String(MAX_PER_PAGE) })];
    for (;;) {
      const next = pages[pages.length - 1]!.links?.pages?.next;
      if (!next) return pages;
      if (pages.length >= 10_000) throw new Error(`${operation}: more than 10,000 pages; stopped`);
      pages.push((await this.send(operation, this.sameHost(next))) as Page);
    }
  }

  private async send(operation: string, url: string): Promise<unknown> {
    const { policy } = this.options;
    return withRetries(() => this.attempt(operation, url), policy, {
      classify(error) {
        if (error instanceof ProviderError) return { category: error.category, retryAfterMs: null, final: true };
        const facts = describeDoError(error);
        return { category: facts.category, retryAfterMs: error instanceof DoApiError ? error.retryAfterMs : null };
      },
    });
  }

  private async attempt(operation: string, url: string): Promise<unknown> {
    await this.waitForWindow(operation);
    const token = await this.options.token();
    await this.options.beforeAttempt?.(operation);
    const call = { provider: 'digitalocean', service: 'api', operation, account: this.options.account, region: ALL_REGIONS };
    const response = await observeUpstreamAttempt(call, { pageKey: () => pageOfUrl(url), statusOf: (r: Response) => r.status }, () =>
      fetch(url, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS),
      }),
    );
    this.noteWindow(response.headers);
    if (response.status === 401) this.options.tokenRejected?.();
    if (!response.ok) throw await apiError(response);
    return response.json();
  }

  /** Once the API said the window is used up, nothing is sent before it frees. */
  private async waitForWindow(operation: string): Promise<void> {
    const waitMs = this.exhaustedUntil - Date.now();
    if (waitMs <= 0) return;
    if (waitMs > this.options.policy.maxRetryAfterMs) {
      throw new ProviderError(
        'THROTTLED',
        { provider: 'digitalocean', account: this.options.account, region: ALL_REGIONS },
        operation,
        'too_many_requests',
        `the API's rate limit for this token is used up for ${Math.ceil(waitMs / 1000)} s more (ratelimit-reset); the request was not sent`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, waitMs));
  }

  private noteWindow(headers: Headers): void {
    if (headers.get('ratelimit-remaining') !== '0') return;
    const reset = Number(headers.get('ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) this.exhaustedUntil = Math.max(this.exhaustedUntil, reset * 1000);
  }

  /** A `links.pages.next` URL, on the configured host whatever host the answer named: the token goes nowhere else. */
  private sameHost(link: string): string {
    const next = new URL(link, this.options.baseUrl);
    const base = new URL(this.options.baseUrl);
    next.protocol = base.protocol;
    next.host = base.host;
    return next.href;
  }
}

async function apiError(response: Response): Promise<DoApiError> {
  let body: DoErrorBody = {};
  try {
    body = (await response.json()) as DoErrorBody;
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const message = body.message ?? (response.statusText || `HTTP ${response.status}`);
  return new DoApiError(response.status, body.id ?? null, message, retryAfterOf(response));
}

/** Retry-After when sent; for a 429 otherwise the end of the window (ratelimit-reset, Unix seconds). */
function retryAfterOf(response: Response): number | null {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (retryAfter !== null || response.status !== 429) return retryAfter;
  const reset = Number(response.headers.get('ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : null;
}
