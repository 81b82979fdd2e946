// Starts FleetGraph the way `npm start` does (sandbox: emulators, subgraphs, gateway in one
// process) on free loopback ports, with test-sized options.
import { startApp, type AppOptions, type RunningApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/load.js';

export interface TestAppOptions extends AppOptions {
  redisUrl?: string;
  keyPrefix?: string;
  vmsPerScope?: number;
  planner?: 'rust' | 'js';
  ttlSeconds?: Record<string, number>;
  /**
   * `cache.refreshWaitMs`: 10 s unless a test is about answering while a refresh runs, so that a
   * refresh a test's request needs is part of that request (its calls counted there) however
   * slow the machine is.
   */
  refreshWaitMs?: number;
  /** `cache.coldWaitSeconds`: 50 unless a test is about a first listing outlasting it. */
  coldWaitSeconds?: number;
  /** `cache.concurrentListings` (default 4). */
  concurrentListings?: number;
  maxAttempts?: number;
  /** The sandbox's clouds; AWS alone unless a test is about the others (it starts fastest). */
  clouds?: ('aws' | 'azure' | 'gcp' | 'digitalocean' | 'proxmox' | 'libvirt' | 'containerd')[];
  /** The sandbox fleet's own state changes per minute; none unless a test is about them. */
  changesPerMinute?: number;
  /** Whether the emulators push changes to the receivers; off unless a test is about pushes. */
  push?: boolean;
  /** Seconds between polls; 0 (no polling) unless a test is about polling. */
  pollIntervalSeconds?: number;
  leaseSeconds?: number;
  maxQueuedPerSubscriber?: number;
  /** The `costs` config section (exchange rates, TTLs, per-cloud switches). */
  costs?: Record<string, unknown>;
  /** The `resilience` config section (circuit breakers, stale data). */
  resilience?: Record<string, unknown>;
  /** `server.cors`: browser origins allowed to read the API. */
  cors?: { origins: string[]; credentials?: boolean };
  /** The sandbox fleet's seed (42 unless a test needs a fleet with something 42's lacks). */
  seed?: number;
  /** More of the `server` section (limits, trustedDocuments, shutdown). */
  server?: Record<string, unknown>;
  /** The `auth` section (mode none unless given). */
  auth?: Record<string, unknown>;
  /** The `rateLimits` config section (bucket sizes, the longest wait for a token). */
  rateLimits?: Record<string, unknown>;
  /** The `writes` config section; off unless a test is about mutations (then `enabled: true`). */
  writes?: Record<string, unknown>;
  /** Mean time of each emulated action step (ms); small in tests. */
  actionStepMs?: number;
  /** The `tracing` section (off unless a test is about traces). */
  tracing?: Record<string, unknown>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<RunningApp> {
  const config = parseConfig({
    server: { host: '127.0.0.1', port: 0, ...(options.cors ? { cors: options.cors } : {}), ...options.server },
    planner: options.planner ?? 'rust',
    ...(options.auth ? { auth: options.auth } : {}),
    logLevel: (process.env.LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    cache: {
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
      keyPrefix: options.keyPrefix ?? `fleetgraph-test:${process.pid}:${Date.now()}:`,
      ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
      refreshWaitMs: options.refreshWaitMs ?? 10_000,
      coldWaitSeconds: options.coldWaitSeconds ?? 50,
      ...(options.concurrentListings ? { concurrentListings: options.concurrentListings } : {}),
    },
    events: {
      pollIntervalSeconds: options.pollIntervalSeconds ?? 0,
      ...(options.leaseSeconds ? { leaseSeconds: options.leaseSeconds } : {}),
      ...(options.maxQueuedPerSubscriber ? { maxQueuedPerSubscriber: options.maxQueuedPerSubscriber } : {}),
    },
    ...(options.costs ? { costs: options.costs } : {}),
    ...(options.resilience ? { resilience: options.resilience } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.writes ? { writes: options.writes } : {}),
    ...(options.tracing ? { tracing: options.tracing } : {}),
    sandbox: {
      writes: false,
      actionStepMs: options.actionStepMs ?? 30,
      clouds: options.clouds ?? ['aws'],
      seed: options.seed ?? 42,
      vmsPerScope: options.vmsPerScope ?? 20,
      changesPerMinute: options.changesPerMinute ?? 0,
      push: options.push ?? false,
    },
  });
  return startApp(config, options);
}

/** Waits until the app's poller has listed every scope once (the ledger is seeded: changes now become events). */
export async function untilEveryScopePolled(app: RunningApp, timeoutMs = 30_000): Promise<void> {
  const poller = app.events?.poller;
  if (!poller) throw new Error('this app does not poll');
  const scopes = app.services.registry.scopes().length;
  const deadline = Date.now() + timeoutMs;
  while (poller.polledScopes().length < scopes) {
    if (Date.now() > deadline) throw new Error(`polled ${poller.polledScopes().length} of ${scopes} scopes in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function gatewayUrl(app: RunningApp): string {
  if (!app.gateway) throw new Error('this app runs no gateway');
  return app.gateway.url;
}
