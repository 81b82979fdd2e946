// The composition root: wires config → (sandbox emulators) → providers → cache → subgraphs →
// gateway for one process. `fleetgraph start` runs everything here; the other CLI commands
// run one piece each for scale-out.
import { isLoopbackHost, type Config } from './config/schema.js';
import { createCache, type Cache } from './cache/index.js';
import { DEFAULT_SANDBOX, sandboxCostsConfig, startSandboxEmulators, type SandboxEmulators } from './sandbox/emulators.js';
import { sandboxPushConfig, subscribeSandboxPushes, unsubscribeSandboxPushes } from './sandbox/push.js';
import { readSupergraph } from './gateway/compose.js';
import type { EventLog } from './events/bus.js';
import { configuredEventBus, configuredLeaseStore, startEventServices, type EventServices } from './events/service.js';
import { callerTokensFor } from './auth/caller-token.js';
import { configuredAuthenticator } from './gateway/auth/setup.js';
import { loadTrustedDocuments } from './gateway/trusted-documents.js';
import { startGateway, type RunningGateway } from './gateway/server.js';
import { ListingIndex, ScopeBreakers, type Services } from './loaders/index.js';
import { createRegistry } from './providers/registry.js';
import { createOperations } from './operations/index.js';
import { WRITING_SUBGRAPHS } from './subgraphs/catalog.js';
import { logger, setLogLevel } from './telemetry/logger.js';
import { startTracing } from './telemetry/tracing.js';
import { settleAll } from './errors/settle-all.js';
import { SUBGRAPH_NAMES, startSubgraph, subgraphResolvers, type RunningSubgraph, type SubgraphName } from './subgraphs/index.js';

export interface RunningApp {
  config: Config;
  gateway: RunningGateway | null;
  subgraphs: RunningSubgraph[];
  services: Services;
  /** The event machinery, in a process that serves the compute subgraph. */
  events: EventServices | null;
  sandbox: SandboxEmulators | null;
  /**
   * A graceful stop (SIGTERM/SIGINT): the public servers drain as `server.shutdown` says (unready
   * first, subscribers closed with 1001, requests in flight answered), then everything stops —
   * leases released, the event bus and cache closed. True when every request in flight finished.
   */
  shutdown(): Promise<boolean>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Which subgraphs this process serves (default all). */
  subgraphs?: readonly SubgraphName[];
  /** Whether this process serves the gateway (default true). */
  gateway?: boolean;
  /** Port for each subgraph; 0 picks a free one (the default in one process). */
  subgraphPorts?: Partial<Record<SubgraphName, number>>;
  /** Where subgraphs this process does not serve listen (gateway-only processes). */
  remoteSubgraphUrls?: Partial<Record<SubgraphName, string>>;
}

/** True when nothing points at a real cloud: the process then runs the emulators itself. */
export function isSandbox(config: Config): boolean {
  return config.sandbox !== undefined || Object.values(config.providers).every((provider) => provider === undefined);
}

export async function startApp(input: Config, options: AppOptions = {}): Promise<RunningApp> {
  setLogLevel(input.logLevel);
  const log = logger('app');
  const names = options.subgraphs ?? SUBGRAPH_NAMES;
  const gatewayInProcess = options.gateway !== false;
  // Stopped in reverse order of starting, each whatever the others do.
  const stoppers: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stoppers.splice(0).reverse()) await stopOne().catch((error: unknown) => log.warn({ err: error }, 'error while stopping'));
  };
  try {
    // First started, last stopped: every other piece's spans are sent before it goes.
    const tracing = await startTracing(input.tracing);
    if (tracing) stoppers.push(() => tracing.stop());
    const sandbox = names.length > 0 && isSandbox(input) ? await startSandboxEmulators(input.sandbox ?? DEFAULT_SANDBOX) : null;
    if (sandbox) stoppers.push(() => sandbox.stop());
    const config = sandbox ? sandboxConfig(input, sandbox) : input;
    const services = await createServices(config, stoppers);
    // The caller the gateway signs into each subgraph request; processes apart share the secret.
    const callers = callerTokensFor(config.auth, !gatewayInProcess || names.length === 0);
    const events = names.includes('compute') ? startEventServices(config, services) : null;
    if (events) stoppers.push(() => events.close());
    // Stopped before the poller, which waits for its polls: those still waiting for a turn are refused.
    stoppers.push(async () => services.listings.close());
    // Beside an in-process gateway, subgraphs are internal: loopback only, whatever HOST says.
    // With writes on, one runner per process serving compute or storage; its ACTION events go to this process's recorder.
    const operations = names.some((name) => WRITING_SUBGRAPHS.includes(name)) ? createOperations(config, services.registry, services.cache, events?.recorder ?? null) : null;
    if (operations) stoppers.push(() => operations.close());
    const subgraphHost = gatewayInProcess ? '127.0.0.1' : config.server.host;
    const startOne = async (name: SubgraphName): Promise<RunningSubgraph> => {
      const listen = { host: subgraphHost, port: options.subgraphPorts?.[name] ?? 0 };
      const feed = name === 'compute' && events ? { events: { bus: events.bus, maxQueuedPerSubscriber: events.maxQueuedPerSubscriber } } : {};
      // Without a gateway here, the compute subgraph's server is this process's public one.
      const routes = name === 'compute' && events && !gatewayInProcess ? { routes: events.receivers } : {};
      // Cost estimates read the VM state history: this process's bus, or the shared Redis stream.
      const history = name === 'costs' ? { eventLog: events?.bus ?? sharedEventLog(config, stoppers) } : {};
      const writing = operations && WRITING_SUBGRAPHS.includes(name) ? operations : null;
      const subgraph = await startSubgraph(name, subgraphResolvers(name, writing !== null), services, listen, { ...feed, ...routes, ...history, callers, operations: writing });
      stoppers.push(() => subgraph.stop());
      return subgraph;
    };
    const subgraphs = await settleAll(names.map(startOne));
    const gateway = gatewayInProcess
      ? await startGateway({
          host: config.server.host,
          port: config.server.port,
          planner: config.planner,
          logLevel: config.logLevel,
          maxQueuedPerSubscriber: config.events.maxQueuedPerSubscriber,
          cors: config.server.cors,
          auth: await configuredAuthenticator(config, stoppers),
          ...(operations ? { audit: operations.audit } : {}),
          callerTokens: callers,
          tracing: tracing !== null,
          limits: config.server.limits,
          ...(config.server.trustedDocuments ? { trustedDocuments: await loadTrustedDocuments(config.server.trustedDocuments.manifest) } : {}),
          receivers: events?.receivers ?? [],
          supergraphSdl: await readSupergraph(config.writes.enabled),
          subgraphUrls: { ...options.remoteSubgraphUrls, ...Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) } as Record<SubgraphName, string>,
        })
      : null;
    if (gateway) {
      stoppers.push(() => gateway.stop());
      log.info({ url: gateway.url, sandbox: sandbox !== null, planner: config.planner }, 'FleetGraph gateway listening');
    }
    const publicUrl = gateway?.url ?? subgraphs.find((s) => s.name === 'compute')?.url;
    if (sandbox && events && publicUrl && (input.sandbox ?? DEFAULT_SANDBOX).push) {
      stoppers.push(async () => unsubscribeSandboxPushes(sandbox));
      await subscribeSandboxPushes(sandbox, config.events.push, loopbackOrigin(publicUrl));
    }
    events?.poller?.start();
    const shutdown = async (): Promise<boolean> => {
      const { unreadySeconds, drainSeconds } = config.server.shutdown;
      const gatewayDrained = gateway ? await gateway.drain({ unreadySeconds, drainSeconds }) : true;
      const subgraphsDrained = await Promise.all(subgraphs.map((subgraph) => subgraph.drain(drainSeconds)));
      await stop();
      return gatewayDrained && subgraphsDrained.every(Boolean);
    };
    return { config, gateway, subgraphs, services, events, sandbox, shutdown, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The configuration with the sandbox's providers and push receivers filled in. */
function sandboxConfig(input: Config, sandbox: SandboxEmulators): Config {
  const push = (input.sandbox ?? DEFAULT_SANDBOX).push ? sandboxPushConfig(sandbox) : {};
  return {
    ...input,
    providers: { ...input.providers, ...sandbox.providers },
    costs: sandboxCostsConfig(sandbox, input.costs),
    events: { ...input.events, push: { ...input.events.push, ...push } },
    // The demo fleet can be acted on from GraphiQL with no setup — on loopback only, where no one else can reach it.
    writes: { ...input.writes, enabled: input.writes.enabled || ((input.sandbox ?? DEFAULT_SANDBOX).writes && isLoopbackHost(input.server.host)) },
  };
}

/** Without the compute subgraph here, the event log is readable only where replicas share it (Redis). */
function sharedEventLog(config: Config, stoppers: (() => Promise<void>)[]): EventLog | undefined {
  if (!config.cache.redisUrl) return undefined;
  const bus = configuredEventBus(config);
  stoppers.push(() => bus.close());
  return bus;
}

/** Where the emulators reach this process: its origin, with a wildcard bind address made loopback. */
function loopbackOrigin(url: string): string {
  const parsed = new URL(url);
  if (parsed.hostname === '0.0.0.0') parsed.hostname = '127.0.0.1';
  if (parsed.hostname === '[::]') parsed.hostname = '[::1]';
  return parsed.origin;
}

async function createServices(config: Config, stoppers: (() => Promise<void>)[]): Promise<Services> {
  const cache: Cache = createCache(config.cache);
  stoppers.push(() => cache.close());
  const registry = await createRegistry(config);
  stoppers.push(() => registry.close());
  const leases = configuredLeaseStore(config);
  stoppers.push(() => leases.close());
  const providers = { registry, cache, ttl: config.cache.ttlSeconds, costs: config.costs, resilience: config.resilience, breakers: new ScopeBreakers(config.resilience.breaker) };
  return { ...providers, listings: new ListingIndex(providers, { leases, refreshWaitMs: config.cache.refreshWaitMs, coldWaitMs: config.cache.coldWaitSeconds * 1000, concurrentListings: config.cache.concurrentListings }) };
}
