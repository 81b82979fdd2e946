// The change ledger's contract, run against the in-memory ledger (memory bus and cache) and the
// Redis one (a Redis stream bus and cache at 127.0.0.1:6379 under a prefix unique to this run).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cache } from '../../../src/cache/cache.js';
import { listingTag, listKey, resourceKey } from '../../../src/cache/keys.js';
import { MemoryCache } from '../../../src/cache/memory.js';
import { RedisCache } from '../../../src/cache/redis.js';
import type { EventBus } from '../../../src/events/bus.js';
import type { ChangeLedger } from '../../../src/events/ledger/ledger.js';
import { GONE_PROVIDER_STATE } from '../../../src/events/ledger/ledger.js';
import { MemoryChangeLedger } from '../../../src/events/ledger/memory-ledger.js';
import { RedisChangeLedger } from '../../../src/events/ledger/redis-ledger.js';
import { MemoryEventBus } from '../../../src/events/memory-bus.js';
import type { VmObservation } from '../../../src/events/observation.js';
import { RedisEventBus } from '../../../src/events/redis-bus.js';
import type { VmEvent } from '../../../src/events/vm-event.js';
import { captureLogger, deletePrefix, SHARED_REDIS_URL, waitFor } from '../../support/redis.js';
import { take } from '../helpers.js';

const SCOPE = 'aws:111111111111:us-east-1';
const vm = (n: number): string => `aws:111111111111:us-east-1:vm:i-${String(n).padStart(4, '0')}`;
const retention = { maxLength: 1000, maxAgeSeconds: 3600 };
const raw = new Redis(SHARED_REDIS_URL);
const prefixes: string[] = [];

interface Subject {
  ledger: ChangeLedger;
  bus: EventBus;
  cache: Cache;
  close(): Promise<void>;
}

const subjects: { name: string; make: () => Promise<Subject> }[] = [
  {
    name: 'memory',
    make: async () => {
      const bus = new MemoryEventBus(retention);
      const cache = new MemoryCache();
      const ledger = new MemoryChangeLedger(bus, cache);
      return { ledger, bus, cache, close: async () => void (await Promise.all([ledger.close(), bus.close(), cache.close()])) };
    },
  },
  {
    name: 'redis',
    make: async () => {
      const prefix = `fleetgraph-test:${randomUUID()}:`;
      prefixes.push(prefix);
      const streamKey = `${prefix}events:vm`;
      const bus = new RedisEventBus({ ...retention, url: SHARED_REDIS_URL, key: streamKey });
      const cache = new RedisCache({ url: SHARED_REDIS_URL, keyPrefix: prefix, logger: captureLogger().logger });
      await waitFor(() => cache.available, 5000, 'Redis cache');
      const ledger = new RedisChangeLedger({ ...retention, url: SHARED_REDIS_URL, keyPrefix: prefix, streamKey, cacheKeyPrefix: prefix });
      return { ledger, bus, cache, close: async () => void (await Promise.all([ledger.close(), bus.close(), cache.close()])) };
    },
  },
];

afterAll(async () => {
  for (const prefix of prefixes) await deletePrefix(raw, prefix);
  raw.disconnect();
});

function seen(n: number, state: VmObservation['state'], providerState: string, ms: number, source: VmObservation['source'] = 'POLL'): VmObservation {
  return { vmId: vm(n), state, providerState, observedAt: new Date(1_800_000_000_000 + ms), source };
}

const summary = (events: VmEvent[]) => events.map((e) => [e.vmId, e.previousState, e.newState, e.newProviderState, e.source]);

describe.each(subjects)('$name ledger', ({ make }) => {
  let s: Subject;
  beforeEach(async () => {
    s = await make();
  });
  afterEach(async () => {
    await s.close();
  });

  it('seeds a scope silently from its first full listing, then publishes each change once', async () => {
    const seed = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0), seen(2, 'STOPPED', 'stopped', 0)], completeAt: new Date(1_800_000_000_000) });
    expect(seed).toEqual([]);
    const subscription = s.bus.subscribe();
    await subscription.ready;
    const events = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPING', 'stopping', 10), seen(2, 'STOPPED', 'stopped', 10)], completeAt: new Date(1_800_000_000_010) });
    expect(summary(events)).toEqual([[vm(1), 'RUNNING', 'STOPPING', 'stopping', 'POLL']]);
    expect(events[0]!.previousProviderState).toBe('running');
    expect(events[0]!.at.getTime()).toBe(1_800_000_000_010);
    const [delivered] = await take(subscription, 1);
    expect(delivered!.id).toBe(events[0]!.id);
    subscription.return();
  });

  it('turns a change seen by a push and then by a poll into one event', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    const pushed = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPED', 'stopped', 20, 'PUSH')] });
    const polled = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPED', 'stopped', 30)], completeAt: new Date(1_800_000_000_030) });
    expect(summary(pushed)).toEqual([[vm(1), 'RUNNING', 'STOPPED', 'stopped', 'PUSH']]);
    expect(polled).toEqual([]);
  });

  it('ignores an observation older than what it knows (a slow poll cannot undo a newer push)', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPED', 'stopped', 50, 'PUSH')] });
    const late = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPING', 'stopping', 40)], completeAt: new Date(1_800_000_000_040) });
    expect(late).toEqual([]);
    const next = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'PENDING', 'pending', 60)], completeAt: new Date(1_800_000_000_060) });
    expect(summary(next)).toEqual([[vm(1), 'STOPPED', 'PENDING', 'pending', 'POLL']]);
  });

  it('publishes a raw-state change even when the normalised state stays', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPED', 'PowerState/stopped', 0)], completeAt: new Date(1_800_000_000_000) });
    const events = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPED', 'PowerState/deallocated', 5)] });
    expect(summary(events)).toEqual([[vm(1), 'STOPPED', 'STOPPED', 'PowerState/deallocated', 'POLL']]);
  });

  it('reports a VM new to a seeded scope with no previous state, and one that vanished as TERMINATED', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0), seen(2, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    const events = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 10), seen(3, 'PENDING', 'pending', 10)], completeAt: new Date(1_800_000_000_010) });
    expect(summary(events)).toEqual([
      [vm(3), null, 'PENDING', 'pending', 'POLL'],
      [vm(2), 'RUNNING', 'TERMINATED', GONE_PROVIDER_STATE, 'POLL'],
    ]);
    expect(events[0]!.previousProviderState).toBeNull();
    // Gone is gone: the next listing says nothing more about it.
    expect(await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 20), seen(3, 'PENDING', 'pending', 20)], completeAt: new Date(1_800_000_000_020) })).toEqual([]);
  });

  it('does not call a VM gone when a push about it is newer than the listing', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    await s.ledger.apply({ scope: SCOPE, observations: [seen(2, 'PENDING', 'pending', 30, 'PUSH')] });
    const events = await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 20)], completeAt: new Date(1_800_000_000_020) });
    expect(events).toEqual([]);
  });

  it('drops the changed VM and every listing of its scope from the cache, and nothing else', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0), seen(2, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    const tag = listingTag('vm', SCOPE);
    const other = listingTag('vm', 'aws:111111111111:eu-west-1');
    await s.cache.setMany<unknown>([
      { key: resourceKey('vm', vm(1)), value: 'vm1', ttlSeconds: 60 },
      { key: resourceKey('vm', vm(2)), value: 'vm2', ttlSeconds: 60 },
      { key: listKey('vm', SCOPE, {}), value: ['all'], ttlSeconds: 60, tags: [tag] },
      { key: listKey('vm', SCOPE, { states: ['RUNNING'] }), value: ['running'], ttlSeconds: 60, tags: [tag] },
      { key: listKey('vm', 'aws:111111111111:eu-west-1', {}), value: ['elsewhere'], ttlSeconds: 60, tags: [other] },
    ]);
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'STOPPING', 'stopping', 10)] });
    expect(
      await s.cache.getMany([
        resourceKey('vm', vm(1)),
        resourceKey('vm', vm(2)),
        listKey('vm', SCOPE, {}),
        listKey('vm', SCOPE, { states: ['RUNNING'] }),
        listKey('vm', 'aws:111111111111:eu-west-1', {}),
      ]),
    ).toEqual([undefined, 'vm2', undefined, undefined, ['elsewhere']]);
  });

  it('finds a known VM by its native id, case-insensitively, for pushes that carry no location', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0), seen(2, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    expect(await s.ledger.vmIdOf(SCOPE, 'I-0002')).toBe(vm(2));
    expect(await s.ledger.vmIdOf(SCOPE, 'i-9999')).toBeUndefined();
    expect(await s.ledger.vmIdOf('aws:111111111111:eu-west-1', 'i-0002')).toBeUndefined();
  });

  it('keeps the order of concurrent batches about one VM', async () => {
    await s.ledger.apply({ scope: SCOPE, observations: [seen(1, 'RUNNING', 'running', 0)], completeAt: new Date(1_800_000_000_000) });
    const subscription = s.bus.subscribe();
    await subscription.ready;
    const states = ['STOPPING', 'STOPPED', 'PENDING', 'RUNNING'] as const;
    await Promise.all(states.map((state, i) => s.ledger.apply({ scope: SCOPE, observations: [seen(1, state, state.toLowerCase(), 10 + i, 'PUSH')] })));
    const delivered = await take(subscription, 4);
    expect(delivered.map((e) => e.newState)).toEqual([...states]);
    expect(delivered.map((e) => e.previousState)).toEqual(['RUNNING', 'STOPPING', 'STOPPED', 'PENDING']);
    subscription.return();
  });
});
