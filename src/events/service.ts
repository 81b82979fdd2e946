// The event machinery of one process that serves the compute subgraph: the bus, the change
// ledger, the recorder every source writes to, and the poller. With cache.redisUrl all of it is
// shared through Redis (one log, one ledger, leases); without, it lives in this process.
import type { Config } from '../config/schema.js';
import type { Services } from '../loaders/services.js';
import { RedisCache } from '../cache/redis.js';
import { logger } from '../telemetry/logger.js';
import type { EventBus } from './bus.js';
import { createEventBus } from './index.js';
import type { ChangeLedger } from './ledger/ledger.js';
import { MemoryChangeLedger } from './ledger/memory-ledger.js';
import { RedisChangeLedger } from './ledger/redis-ledger.js';
import { MemoryLeaseStore, type LeaseStore } from './lease.js';
import { createPushReceivers } from './push/index.js';
import type { PushReceiver } from './push/receiver.js';
import { ScopePoller } from './poller.js';
import { EventRecorder } from './recorder.js';
import { RedisLeaseStore } from './redis-lease.js';

export interface EventServices {
  bus: EventBus;
  recorder: EventRecorder;
  /**
   * Null when polling is off (events.pollIntervalSeconds 0). Not started here: the process starts
   * it once it serves, so the first listing of every scope does not hold up start-up.
   */
  poller: ScopePoller | null;
  leases: LeaseStore;
  /** The push receivers events.push configures; the process's public server serves them. */
  receivers: PushReceiver[];
  maxQueuedPerSubscriber: number;
  close(): Promise<void>;
}

/** The event bus the configuration names: the Redis stream every replica shares, or memory. */
export function configuredEventBus(config: Config): EventBus {
  const { events, cache } = config;
  const retention = { maxLength: events.retention.maxEvents, maxAgeSeconds: events.retention.maxAgeSeconds };
  return createEventBus({ redisUrl: cache.redisUrl, key: `${cache.keyPrefix}events:vm`, ...retention, logger: logger('events') });
}

export function startEventServices(config: Config, services: Services): EventServices {
  const { events, cache } = config;
  const streamKey = `${cache.keyPrefix}events:vm`;
  const retention = { maxLength: events.retention.maxEvents, maxAgeSeconds: events.retention.maxAgeSeconds };
  const log = logger('events');
  const bus = configuredEventBus(config);
  const ledger: ChangeLedger = cache.redisUrl
    ? new RedisChangeLedger({
        ...retention,
        url: cache.redisUrl,
        keyPrefix: cache.keyPrefix,
        streamKey,
        cacheKeyPrefix: services.cache instanceof RedisCache ? services.cache.keyPrefix : null,
      })
    : new MemoryChangeLedger(bus, services.cache);
  const leases = configuredLeaseStore(config);
  const recorder = new EventRecorder(ledger, services.registry);
  const poller =
    events.pollIntervalSeconds > 0
      ? new ScopePoller({ services, recorder, leases, intervalMs: events.pollIntervalSeconds * 1000, leaseMs: events.leaseSeconds * 1000, log })
      : null;
  const push = createPushReceivers({ push: events.push, sink: recorder, directory: recorder, redisUrl: cache.redisUrl, keyPrefix: cache.keyPrefix });
  return {
    bus,
    recorder,
    poller,
    leases,
    receivers: push.receivers,
    maxQueuedPerSubscriber: events.maxQueuedPerSubscriber,
    close: async () => {
      await poller?.stop();
      await push.close();
      await Promise.all([leases.close(), ledger.close(), bus.close()]);
    },
  };
}

/** Leases shared by the replicas through Redis when configured; this process's own otherwise. */
export function configuredLeaseStore(config: Config): LeaseStore {
  const { cache } = config;
  return cache.redisUrl ? new RedisLeaseStore({ url: cache.redisUrl, keyPrefix: cache.keyPrefix }) : new MemoryLeaseStore();
}
