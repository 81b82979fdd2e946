// The EventBus contract, run against the in-memory bus and the Redis bus (shared Redis on
// 127.0.0.1:6379, one fresh stream key per test, deleted afterwards).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { EventBus } from '../../src/events/bus.js';
import { createEventBus, type EventBusConfig } from '../../src/events/index.js';
import { MemoryEventBus } from '../../src/events/memory-bus.js';
import { RedisEventBus } from '../../src/events/redis-bus.js';
import { compareEventIds, type VmEvent } from '../../src/events/vm-event.js';
import { SHARED_REDIS_URL, sleep } from '../support/redis.js';
import { ids, sampleEvent, take, takeUntil } from './helpers.js';

const admin = new Redis(SHARED_REDIS_URL, { lazyConnect: true });
const keys: string[] = [];
const buses: EventBus[] = [];

afterEach(async () => {
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
  if (keys.length > 0) await admin.del(...keys.splice(0));
});

afterAll(() => {
  admin.disconnect();
});

type Retention = Pick<EventBusConfig, 'maxLength' | 'maxAgeSeconds'>;

interface Backend {
  name: string;
  /** A new bus; with `shareWith`, one more bus (another "replica") on the same log. */
  make(retention?: Retention, shareWith?: EventBus): EventBus;
  shared: boolean;
}

const keyOf = new WeakMap<EventBus, string>();

const backends: Backend[] = [
  {
    name: 'memory',
    shared: false,
    make(retention = { maxLength: 1000, maxAgeSeconds: 3600 }) {
      const bus = createEventBus({ key: 'unused', ...retention });
      buses.push(bus);
      return bus;
    },
  },
  {
    name: 'redis',
    shared: true,
    make(retention = { maxLength: 1000, maxAgeSeconds: 3600 }, shareWith) {
      const key = (shareWith && keyOf.get(shareWith)) ?? `fleetgraph-test:events:${randomUUID()}`;
      if (!shareWith) keys.push(key);
      const bus = createEventBus({ redisUrl: SHARED_REDIS_URL, key, ...retention, maxReconnectDelayMs: 200 });
      keyOf.set(bus, key);
      buses.push(bus);
      return bus;
    },
  },
];

it('createEventBus picks the Redis bus only when a URL is given', async () => {
  const memory = backends[0]!.make();
  const redis = backends[1]!.make();
  expect(memory).toBeInstanceOf(MemoryEventBus);
  expect(redis).toBeInstanceOf(RedisEventBus);
});

describe.each(backends)('$name event bus', (backend) => {
  it('reads its history from a time on, and says since when it is complete', async () => {
    const bus = backend.make();
    expect(await bus.history(0)).toEqual({ events: [], completeSince: null });
    const published: VmEvent[] = [];
    for (let n = 0; n < 5; n++) published.push(await bus.publish(sampleEvent(n)));
    const all = await bus.history(0);
    expect(ids(all.events)).toEqual(ids(published));
    expect(all.completeSince!.getTime()).toBe(Number(published[0]!.id.split('-')[0]));
    const later = await bus.history(Number(published[3]!.id.split('-')[0]));
    expect(ids(later.events)).toEqual(ids(published.filter((e) => Number(e.id.split('-')[0]) >= Number(published[3]!.id.split('-')[0]))));
  });

  it('delivers in publish order with strictly increasing ids', async () => {
    const bus = backend.make();
    const sub = bus.subscribe();
    await sub.ready;
    const published: VmEvent[] = [];
    for (let n = 0; n < 50; n++) published.push(await bus.publish(sampleEvent(n)));
    for (let i = 1; i < published.length; i++) {
      expect(compareEventIds(published[i - 1]!.id, published[i]!.id)).toBe(-1);
    }
    const received = await take(sub, 50);
    expect(received).toEqual(published);
    expect(received[7]!.at).toEqual(sampleEvent(7).at);
  });

  it('a subscription without since gets only what is published after it is ready', async () => {
    const bus = backend.make();
    await bus.publish(sampleEvent(1));
    const sub = bus.subscribe({ since: null });
    await sub.ready;
    const after = await bus.publish(sampleEvent(2));
    expect(ids(await take(sub, 1))).toEqual([after.id]);
  });

  it('replays after since, then goes live, with no gap or duplicate at the seam', async () => {
    const bus = backend.make();
    const before: VmEvent[] = [];
    for (let n = 0; n < 10; n++) before.push(await bus.publish(sampleEvent(n)));
    let bystander: ReturnType<EventBus['subscribe']> | undefined;
    for (const cut of [0, 4, 9, 15]) {
      // the first two with nobody else subscribed, the last two while the bus is already live
      if (cut === 9) bystander = bus.subscribe();
      const since = before[cut]!.id;
      const sub = bus.subscribe({ since });
      // published while the subscription is fetching its replay: in the replay, the live feed or both
      const during = await Promise.all([0, 1, 2, 3, 4].map((n) => bus.publish(sampleEvent(100 + n))));
      await sub.ready;
      const after = await bus.publish(sampleEvent(200));
      const expected = [...before.slice(cut + 1), ...during.sort((a, b) => compareEventIds(a.id, b.id)), after];
      const received = await takeUntil(sub, after.id);
      expect(ids(received)).toEqual(ids(expected));
      before.push(...expected.slice(expected.length - 6)); // keep `before` a full prefix of the log
      before.sort((a, b) => compareEventIds(a.id, b.id));
      await sub.return();
    }
    await bystander?.return();
  });

  it('two subscribers: when one leaves, the other keeps receiving', async () => {
    const bus = backend.make();
    const leaving = new AbortController();
    const a = bus.subscribe({ signal: leaving.signal });
    const b = bus.subscribe();
    await Promise.all([a.ready, b.ready]);
    const first = await bus.publish(sampleEvent(1));
    expect(ids(await take(a, 1))).toEqual([first.id]);
    expect(ids(await take(b, 1))).toEqual([first.id]);

    leaving.abort();
    expect(await a.next()).toEqual({ value: undefined, done: true });
    const later = [await bus.publish(sampleEvent(2)), await bus.publish(sampleEvent(3))];
    expect(ids(await take(b, 2))).toEqual(ids(later));

    // Everyone leaves, then someone new arrives: delivery starts again.
    await b.return();
    const c = bus.subscribe();
    await c.ready;
    const last = await bus.publish(sampleEvent(4));
    expect(ids(await take(c, 1))).toEqual([last.id]);
  });

  it('retains at most maxLength events', async () => {
    const bus = backend.make({ maxLength: 5, maxAgeSeconds: 3600 });
    const published: VmEvent[] = [];
    for (let n = 0; n < 12; n++) published.push(await bus.publish(sampleEvent(n)));
    const sub = bus.subscribe({ since: '0-0' });
    await sub.ready;
    const marker = await bus.publish(sampleEvent(99));
    expect(ids(await takeUntil(sub, marker.id))).toEqual(ids([...published.slice(-5), marker]));
  });

  it('drops events older than maxAgeSeconds', async () => {
    const bus = backend.make({ maxLength: 1000, maxAgeSeconds: 1 });
    for (let n = 0; n < 3; n++) await bus.publish(sampleEvent(n));
    await sleep(1200);
    const recent = [await bus.publish(sampleEvent(10)), await bus.publish(sampleEvent(11))];
    const sub = bus.subscribe({ since: '0-0' });
    await sub.ready;
    const marker = await bus.publish(sampleEvent(99));
    expect(ids(await takeUntil(sub, marker.id))).toEqual(ids([...recent, marker]));
  });

  it('refuses a malformed since', () => {
    const bus = backend.make();
    expect(() => bus.subscribe({ since: 'yesterday' })).toThrow(TypeError);
  });

  it('close ends every subscription', async () => {
    const bus = backend.make();
    const sub = bus.subscribe();
    await sub.ready;
    const pending = sub.next();
    await bus.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    await expect(bus.publish(sampleEvent(1))).rejects.toThrow(/closed/);
  });
});

// Only a shared log has replicas: the in-memory bus lives in one process.
describe('Redis bus replicas', () => {
  const backend = backends.find((b) => b.shared)!;

  it('two replicas on one log: each subscriber gets each event exactly once', async () => {
    const one = backend.make();
    const two = backend.make(undefined, one);
    const subs = [one.subscribe(), one.subscribe(), two.subscribe()];
    await Promise.all(subs.map((s) => s.ready));
    const published: VmEvent[] = [];
    for (let n = 0; n < 20; n++) published.push(await (n % 2 === 0 ? one : two).publish(sampleEvent(n)));
    const marker = await one.publish(sampleEvent(99));
    for (const sub of subs) {
      expect(ids(await takeUntil(sub, marker.id))).toEqual(ids([...published, marker]));
    }
  });
});
