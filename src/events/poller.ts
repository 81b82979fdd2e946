// Poll-and-diff: every interval, each scope (provider, account, region as its adapter lists VMs)
// is listed once across all replicas — by whichever replica holds the scope's lease — and the
// listing goes to the recorder, which publishes what changed. Leases are renewed every third of
// their period, so a replica that dies hands its scopes over within one lease period; one that
// stops gives them up at once.
import type { Logger } from 'pino';
import type { Services } from '../loaders/services.js';
import { scopeKey } from '../providers/ids.js';
import type { Scope } from '../providers/types.js';
import { pollLeases, vmPolls } from '../telemetry/metrics.js';
import type { LeaseStore } from './lease.js';
import type { EventRecorder } from './recorder.js';

export interface PollerOptions {
  services: Services;
  recorder: EventRecorder;
  leases: LeaseStore;
  intervalMs: number;
  leaseMs: number;
  log: Logger;
}

export class ScopePoller {
  private readonly held = new Set<string>();
  private readonly lastPolled = new Map<string, number>();
  /** How long each scope's last poll took, in ms. */
  private readonly lastDuration = new Map<string, number>();
  private readonly polledOk = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;
  private leaseTroubleLogged = false;

  constructor(private readonly options: PollerOptions) {}

  start(): void {
    void this.tick();
  }

  /** Keys of the scopes this replica polls now. */
  heldScopes(): string[] {
    return [...this.held].sort();
  }

  /** Keys of the scopes this replica has listed successfully at least once (seeded). */
  polledScopes(): string[] {
    return [...this.polledOk].sort();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking;
    await Promise.allSettled(this.inFlight.values());
    await Promise.allSettled([...this.held].map((key) => this.options.leases.release(leaseName(key))));
    for (const key of this.held) pollLeases.set({ scope: key }, 0);
    this.held.clear();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    this.ticking = this.renewAndPoll();
    await this.ticking;
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), Math.min(this.options.intervalMs, this.options.leaseMs / 3));
    this.timer.unref();
  }

  private async renewAndPoll(): Promise<void> {
    const scopes = this.options.services.registry.scopes();
    await Promise.all(scopes.map((scope) => this.renewAndPollScope(scope)));
  }

  private async renewAndPollScope(scope: Scope): Promise<void> {
    const key = scopeKey(scope);
    const holds = await this.holds(key);
    pollLeases.set({ scope: key }, holds && !this.stopped ? 1 : 0);
    if (!holds) {
      this.held.delete(key);
      return;
    }
    const firstTime = !this.held.has(key);
    this.held.add(key);
    if (firstTime) this.options.log.info({ scope: key }, 'polling scope');
    // A scope whose listing takes long (a very large estate) is polled less often than the
    // interval says, so that polling never takes more than a share of the process's time.
    const spacing = Math.max(this.options.intervalMs, POLL_SPACING_FACTOR * (this.lastDuration.get(key) ?? 0));
    const due = firstTime || Date.now() - (this.lastPolled.get(key) ?? 0) >= spacing;
    // A slow listing must not hold up lease renewals: polls run beside the ticks.
    if (due && !this.inFlight.has(key)) {
      const poll = this.poll(scope, key).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, poll);
    }
  }

  private async holds(key: string): Promise<boolean> {
    try {
      const held = await this.options.leases.acquire(leaseName(key), this.options.leaseMs);
      this.leaseTroubleLogged = false;
      return held;
    } catch (err) {
      if (!this.leaseTroubleLogged) this.options.log.warn({ err }, 'cannot reach the lease store; not polling until it answers');
      this.leaseTroubleLogged = true;
      return false;
    }
  }

  private async poll(scope: Scope, key: string): Promise<void> {
    const { services, recorder, log } = this.options;
    if (!services.registry.adapter(scope.provider)) return;
    const startedAt = Date.now();
    this.lastPolled.set(key, startedAt);
    let listingMs: number | undefined;
    try {
      // The listing index's fetch: requests that need the scope meanwhile share it, and get it after.
      const fetched = await services.listings.fetchNow('vm', scope);
      // The listing's own time, not the wait for its turn (cache.concurrentListings).
      listingMs = fetched.head.storedAt - fetched.head.fetchedFrom;
      if (this.stopped && !this.held.has(key)) return;
      const events = await recorder.recordListing(scope, fetched.items, new Date(fetched.head.fetchedFrom));
      await services.listings.settleAfterEvents('vm', scope, fetched, events.length > 0);
      vmPolls.inc({ provider: scope.provider, outcome: 'ok' });
      this.polledOk.add(key);
      if (events.length > 0) log.debug({ scope: key, events: events.length }, 'poll found changes');
    } catch (err) {
      if (this.stopped) return; // refused its turn by a stopping process: not a failure
      vmPolls.inc({ provider: scope.provider, outcome: 'error' });
      log.warn({ scope: key, err }, 'poll failed; retrying at the next interval');
    } finally {
      this.lastDuration.set(key, listingMs ?? Date.now() - startedAt);
    }
  }
}

/** A scope is polled at most once per this many times its last poll's duration. */
const POLL_SPACING_FACTOR = 4;

function leaseName(scopeKey: string): string {
  return `poll:vm:${scopeKey}`;
}
