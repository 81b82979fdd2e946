// The listing index: what a request reads instead of listing every scope it selects. Per kind and
// scope it keeps the scope's whole listing (unfiltered, so every filter is answered from it) as
// versions in the cache, shared by replicas, and the current version decoded in this process;
// a request reads one small head per scope (and the scope's generation) in one round trip and,
// when this process already holds that version, nothing else.
//
// A version is fresh for the kind's TTL (or four times as long as it took to fetch, if longer),
// and while no event happened in its scope (the scope's generation has not moved) — or, for a
// listing slower to fetch than a request waits, until four times its fetch time, the events'
// resources being re-read by id meanwhile. Past that, the request starts a refresh — one per scope across
// replicas, under a lease — and waits for it at most `refreshWaitMs` (counted from the refresh's
// start, so a slow refresh delays only the first requests); a refresh still running then is left
// to finish in the background, and the previous version answers meanwhile, marked `behind` when
// events happened since it was fetched (the page re-reads its resources by id). A version is
// never served older than the longest of the TTL and `resilience.stale.maxAgeSeconds`; a failed
// refresh is answered with it only when the scope is unhealthy (reported as stale) and no event
// happened since, as the by-id lookups are. A scope with no version yet is fetched while the
// request waits.
import { generationKey, indexHeadKey, indexKey, listingTag } from '../../cache/keys.js';
import { ProviderError } from '../../providers/errors.js';
import { errorOfGap } from '../../providers/gaps.js';
import { scopeKey } from '../../providers/ids.js';
import type { ListFilter, ResourceKind, ResourceTypes, Scope } from '../../providers/types.js';
import { cacheRequests } from '../../telemetry/metrics.js';
import { saysScopeUnhealthy } from '../breakers.js';
import type { ProviderServices } from '../provider-services.js';
import type { StaleReporter } from '../stale.js';
import { compactListing } from './compact-listing.js';
import { fetchScope } from './fetch-scope.js';
import { keepSeconds, longestServedMs, servedWithoutRefresh } from './freshness.js';
import { IndexedScope, type IndexHead, type StoredIndex } from './indexed-scope.js';
import { ListingTurns } from './listing-turns.js';
import { settledWithin } from './settled-within.js';
import type { IndexRead, ListingIndexOptions, ScopeRead } from './reads.js';

export type { IndexRead, ListingIndexOptions, RefreshLeases, ScopeRead } from './reads.js';

/** Longest a refresh holds its lease; one that takes longer lets another replica start one. */
const REFRESH_LEASE_MS = 60_000;

interface Refresh {
  startedAt: number;
  done: Promise<IndexedScope<{ id: string }>>;
}

type AnyScope = IndexedScope<{ id: string }>;

export class ListingIndex {
  private readonly current = new Map<string, AnyScope>();
  private readonly refreshes = new Map<string, Refresh>();
  private readonly adoptions = new Map<string, Promise<AnyScope | undefined>>();
  /** Why the last refresh of a scope in this process failed, and when; forgotten when another starts or a version arrives. */
  private readonly lastFailure = new Map<string, { error: unknown; at: number }>();
  /** The head version each adopted copy was read for (a head can name a listing a later write replaced). */
  private readonly adoptedFor = new Map<string, string>();
  private readonly turns: ListingTurns;

  constructor(
    private readonly services: ProviderServices,
    private readonly options: ListingIndexOptions,
  ) {
    this.turns = new ListingTurns(options.concurrentListings, REFRESH_LEASE_MS);
  }

  /** Refuses the listings still waiting for a turn (a stopping process does not wait for them). */
  close(): void {
    this.turns.close();
  }

  /**
   * The listing of `kind` in each of `scopes`; scopes that fail come back as failures beside the
   * others. `pushdown` is what each scope's provider may filter itself: used only when the kind
   * is not cached (a stored listing must hold everything).
   */
  async read<K extends ResourceKind>(kind: K, scopes: readonly Scope[], reportStale: StaleReporter, pushdown?: (scope: Scope) => ListFilter): Promise<IndexRead<ResourceTypes[K]>> {
    const reads = this.services.ttl[kind] > 0 ? await this.readCached(kind, scopes, reportStale) : await this.readUncached(kind, scopes, pushdown);
    const result: IndexRead<ResourceTypes[K]> = { scopes: [], failures: [] };
    for (const read of reads) {
      if (read.status === 'rejected') {
        result.failures.push(read.reason as ProviderError); // callScope guarantees the type
        continue;
      }
      result.scopes.push(read.value as ScopeRead<ResourceTypes[K]>);
      result.failures.push(...read.value.indexed.gaps.map(errorOfGap));
    }
    return result;
  }

  /**
   * The scope's listing fetched now (or the fetch already under way joined), for a caller that
   * needs the cloud's current answer: the event poller, which then says what its events did
   * (`settleAfterEvents`).
   */
  async fetchNow<K extends ResourceKind>(kind: K, scope: Scope): Promise<IndexedScope<ResourceTypes[K]>> {
    if (this.services.ttl[kind] <= 0) return this.turns.run(() => fetchScope(this.services, kind, scope, 0));
    return (await this.refresh(kind, scope, false)) as unknown as IndexedScope<ResourceTypes[K]>;
  }

  /**
   * After the events a fetched listing caused were recorded (`changed`: they bumped the scope's
   * generation once): if nothing else bumped it since the fetch began, the listing already shows
   * those changes, so it is marked current rather than behind — no second fetch for them.
   */
  async settleAfterEvents(kind: ResourceKind, scope: Scope, fetched: IndexedScope<{ id: string }>, changed: boolean): Promise<void> {
    const key = this.key(kind, scope);
    if (!changed || this.current.get(key) !== fetched) return;
    const generation = (await this.services.cache.get<number>(generationKey(listingTag(kind, scope)))) ?? 0;
    if (generation !== fetched.head.generation + 1 || this.current.get(key) !== fetched) return;
    const settled = fetched.withGeneration(generation);
    this.current.set(key, settled);
    if (this.services.cache.shared) await this.services.cache.set(indexHeadKey(kind, scope), settled.head, keepSeconds(this.services, kind));
  }

  private async readCached(kind: ResourceKind, scopes: readonly Scope[], reportStale: StaleReporter): Promise<PromiseSettledResult<ScopeRead<{ id: string }>>[]> {
    const { cache } = this.services;
    // Heads from the shared cache (another replica may have fetched a newer version), read with
    // the generations in one round trip; from this process when the cache is its own.
    const generationKeys = scopes.map((scope) => generationKey(listingTag(kind, scope)));
    const headKeys = cache.shared ? scopes.map((scope) => indexHeadKey(kind, scope)) : [];
    const values = await cache.getMany<unknown>([...generationKeys, ...headKeys]);
    const generations = values.slice(0, scopes.length) as (number | undefined)[];
    const heads = cache.shared ? (values.slice(scopes.length) as (IndexHead | undefined)[]) : scopes.map((scope) => this.current.get(this.key(kind, scope))?.head);
    return Promise.allSettled(scopes.map((scope, i) => this.readScope(kind, scope, heads[i], generations[i] ?? 0, reportStale)));
  }

  /** Caching off for the kind (TTL 0): every read lists every scope, and nothing is kept. */
  private async readUncached(kind: ResourceKind, scopes: readonly Scope[], pushdown?: (scope: Scope) => ListFilter): Promise<PromiseSettledResult<ScopeRead<{ id: string }>>[]> {
    return Promise.allSettled(scopes.map(async (scope) => ({ indexed: (await fetchScope(this.services, kind, scope, 0, pushdown?.(scope))) as AnyScope, behind: false })));
  }

  private async readScope(kind: ResourceKind, scope: Scope, head: IndexHead | undefined, generation: number, reportStale: StaleReporter): Promise<ScopeRead<{ id: string }>> {
    // No head (the shared cache lost it, or cannot be reached): this process's copy still answers.
    const known = head ? await this.versionNamed(kind, scope, head) : this.current.get(this.key(kind, scope));
    if (!known) {
      cacheRequests.inc({ kind, result: 'miss' });
      return this.asOf(await this.firstListing(kind, scope), generation);
    }
    const behind = known.head.generation !== generation;
    if (servedWithoutRefresh(known, behind, this.services.ttl[kind], this.options.refreshWaitMs)) {
      cacheRequests.inc({ kind, result: 'hit' });
      return { indexed: known, behind };
    }
    return this.refreshOrServe(kind, scope, known, generation, reportStale);
  }

  /** The scope's first listing, if it comes within coldWaitMs; a failure naming the scope otherwise (the listing goes on). */
  private async firstListing(kind: ResourceKind, scope: Scope): Promise<AnyScope> {
    const outcome = await settledWithin(this.refresh(kind, scope, false), this.options.coldWaitMs);
    if (outcome?.status === 'fulfilled') return outcome.value;
    if (outcome?.status === 'rejected') throw outcome.reason;
    const seconds = Math.round(this.options.coldWaitMs / 100) / 10;
    throw new ProviderError('UNAVAILABLE', scope, `list ${kind}`, null, `the first listing of this scope has not finished after ${seconds} s (it is running or waiting its turn: cache.concurrentListings); it goes on, and a later request answers from it`);
  }

  /** A fetched version as a request that read `generation` sees it: behind if events came after the fetch began. */
  private asOf(version: AnyScope, generation: number): ScopeRead<{ id: string }> {
    return { indexed: version, behind: version.head.generation !== generation };
  }

  /** A refresh is due: its result if it comes within the wait, else `known`. */
  private async refreshOrServe(kind: ResourceKind, scope: Scope, known: AnyScope, generation: number, reportStale: StaleReporter): Promise<ScopeRead<{ id: string }>> {
    const behind = known.head.generation !== generation;
    const tooOld = known.ageMs() > longestServedMs(this.services, kind);
    const refresh = await this.refresh(kind, scope, true);
    if (!refresh && tooOld) return this.asOf(await this.refresh(kind, scope, false), generation);
    if (refresh) {
      const waitMs = tooOld ? Infinity : Math.max(0, this.options.refreshWaitMs - (Date.now() - refresh.startedAt));
      const outcome = await settledWithin(refresh.done, waitMs);
      if (outcome?.status === 'fulfilled') {
        cacheRequests.inc({ kind, result: 'miss' });
        return this.asOf(outcome.value, generation);
      }
      if (outcome?.status === 'rejected') return this.serveDespite(kind, scope, known, behind, outcome.reason, reportStale);
    }
    // No refresh here to wait for (another replica's, or this one's still running): the last one
    // that failed in this process says why the listing is old, if it failed after this version.
    const failure = this.lastFailure.get(this.key(kind, scope));
    if (!refresh && failure && failure.at > known.head.storedAt) return this.serveDespite(kind, scope, known, behind, failure.error, reportStale);
    cacheRequests.inc({ kind, result: 'hit' });
    return { indexed: known, behind };
  }

  /** `known` for a refresh that failed with `error`, reported stale, when the scope is unhealthy; otherwise the failure. */
  private serveDespite(kind: ResourceKind, scope: Scope, known: AnyScope, behind: boolean, error: unknown, reportStale: StaleReporter): ScopeRead<{ id: string }> {
    const { maxAgeSeconds } = this.services.resilience.stale;
    // A listing behind its scope's events is not served for a failed refresh: it would show what the events changed.
    if (behind || !saysScopeUnhealthy(error) || maxAgeSeconds <= 0 || known.ageMs() > maxAgeSeconds * 1000) throw error;
    cacheRequests.inc({ kind, result: 'stale' });
    reportStale({ scope, operation: `list ${kind}`, ageSeconds: Math.floor(known.ageMs() / 1000), error });
    return { indexed: known, behind };
  }

  /**
   * The refresh of the scope in flight in this process, or a new one. `leased`: only if this
   * replica takes the scope's refresh lease (undefined when another replica holds it);
   * otherwise started regardless (nothing to answer with meanwhile).
   */
  private async refresh(kind: ResourceKind, scope: Scope, leased: true): Promise<Refresh | undefined>;
  private async refresh(kind: ResourceKind, scope: Scope, leased: false): Promise<AnyScope>;
  private async refresh(kind: ResourceKind, scope: Scope, leased: boolean): Promise<Refresh | AnyScope | undefined> {
    const key = this.key(kind, scope);
    let refresh = this.refreshes.get(key);
    if (!refresh) {
      const lease = `index:${kind}:${scopeKey(scope)}`;
      const held = await this.options.leases.acquire(lease, REFRESH_LEASE_MS).catch(() => false);
      if (leased && !held) return undefined;
      refresh = this.refreshes.get(key);
      // A refresh that began while this call waited for the lease runs without it: give it back.
      if (refresh && held) await this.options.leases.release(lease).catch(() => {});
      refresh ??= this.startRefresh(kind, scope, key, held ? lease : undefined);
    }
    return leased ? refresh : refresh.done;
  }

  private startRefresh(kind: ResourceKind, scope: Scope, key: string, lease: string | undefined): Refresh {
    this.lastFailure.delete(key);
    const done = (async () => {
      try {
        const fetched = (await this.turns.run(() => this.fetchInTurn(kind, scope, lease))) as AnyScope;
        this.current.set(key, fetched);
        this.lastFailure.delete(key);
        return fetched;
      } catch (error) {
        this.lastFailure.set(key, { error, at: Date.now() });
        throw error;
      } finally {
        this.refreshes.delete(key);
        if (lease) await this.options.leases.release(lease).catch(() => {});
      }
    })();
    done.catch(() => {}); // whoever waits hears of the failure; a refresh left to finish alone must not crash the process
    const refresh = { startedAt: Date.now(), done };
    this.refreshes.set(key, refresh);
    return refresh;
  }

  /** The fetch of a refresh, when its turn came: the lease, held since the refresh was asked for, renewed for it. */
  private async fetchInTurn(kind: ResourceKind, scope: Scope, lease: string | undefined): Promise<AnyScope> {
    if (lease) await this.options.leases.acquire(lease, REFRESH_LEASE_MS).catch(() => false);
    return (await fetchScope(this.services, kind, scope, keepSeconds(this.services, kind))) as AnyScope;
  }

  /** The version `head` names: this process's copy, or the stored listing read once (another replica fetched it). */
  private async versionNamed(kind: ResourceKind, scope: Scope, head: IndexHead): Promise<AnyScope | undefined> {
    const key = this.key(kind, scope);
    const mine = this.current.get(key);
    if (mine?.head.version === head.version) return this.withHeadGeneration(key, mine, head);
    if (mine && (mine.head.storedAt >= head.storedAt || this.adoptedFor.get(key) === head.version)) return mine;
    let adoption = this.adoptions.get(head.version);
    if (!adoption) {
      adoption = this.adopt(kind, scope, key, head).finally(() => this.adoptions.delete(head.version));
      this.adoptions.set(head.version, adoption);
    }
    return (await adoption) ?? mine;
  }

  /** `mine` with the head's generation, when another replica's poll has marked the version current since (settleAfterEvents). */
  private withHeadGeneration(key: string, mine: AnyScope, head: IndexHead): AnyScope {
    if (head.generation <= mine.head.generation) return mine;
    const settled = mine.withGeneration(head.generation);
    this.current.set(key, settled);
    return settled;
  }

  private async adopt(kind: ResourceKind, scope: Scope, key: string, head: IndexHead): Promise<AnyScope | undefined> {
    const stored = await this.services.cache.get<StoredIndex<{ id: string }>>(indexKey(kind, scope));
    // Read once per head, even when the listing stored is not the one the head names (two writes crossed).
    this.adoptedFor.set(key, head.version);
    if (!stored) return undefined;
    const mine = this.current.get(key);
    if (mine && mine.head.storedAt >= stored.storedAt) return mine;
    this.lastFailure.delete(key);
    // The head is the authority on the generation (settleAfterEvents moves it on without rewriting the listing).
    const generation = stored.version === head.version ? head.generation : stored.generation;
    const adopted = new IndexedScope(scope, { version: stored.version, generation, storedAt: stored.storedAt, fetchedFrom: stored.fetchedFrom }, compactListing(stored.items), stored.gaps);
    this.current.set(key, adopted);
    return adopted;
  }

  private key(kind: ResourceKind, scope: Scope): string {
    return indexKey(kind, scope);
  }
}
