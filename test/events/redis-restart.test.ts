// Redis restarted under a live Redis bus, on a redis-server of our own (append-only file on, so
// what it retained survives the restart): subscriptions carry on, publishes during the outage
// fail to their caller, and nothing retained is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { RedisEventBus } from '../../src/events/redis-bus.js';
import type { VmEvent } from '../../src/events/vm-event.js';
import { captureLogger, freePort, INFO, sleep, startRedisServer, stopAllRedisServers, stopRedisServer, WARN } from '../support/redis.js';
import { ids, sampleEvent, take, takeUntil } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'fleetgraph-events-redis-'));

afterAll(async () => {
  await stopAllRedisServers();
  rmSync(dir, { recursive: true, force: true });
});

const start = (port: number) => startRedisServer(port, { persistIn: dir });

/** Publishes, retrying while Redis is still coming back (each failure is the caller's to see). */
async function publishWhenBack(bus: RedisEventBus, n: number): Promise<VmEvent> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await bus.publish(sampleEvent(n));
    } catch (err) {
      if (attempt > 200) throw err;
      await sleep(50);
    }
  }
}

it('Redis restarted mid-stream: subscriptions carry on and nothing retained is lost', async () => {
  const port = await freePort();
  let server = await start(port);
  const url = `redis://127.0.0.1:${port}`;
  const { logger, lines } = captureLogger();
  const options = { url, key: 'fleetgraph:events', maxLength: 1000, maxAgeSeconds: 3600, maxReconnectDelayMs: 100, connectTimeoutMs: 500 };
  const bus = new RedisEventBus({ ...options, logger });
  const other = new RedisEventBus(options); // another replica, publishing while bus's reader is away
  try {
    const a = bus.subscribe();
    const b = bus.subscribe();
    await Promise.all([a.ready, b.ready]);
    const before = [await bus.publish(sampleEvent(1)), await bus.publish(sampleEvent(2))];
    expect(ids(await take(a, 2))).toEqual(ids(before));

    await stopRedisServer(server, 'SIGTERM');
    await expect(bus.publish(sampleEvent(3))).rejects.toThrow();
    server = await start(port);

    const after = [await publishWhenBack(other, 4), await publishWhenBack(bus, 5), await publishWhenBack(other, 6)];
    const all = [...before, ...after];
    expect(ids(await take(a, 3))).toEqual(ids(after));
    expect(ids(await takeUntil(b, after.at(-1)!.id))).toEqual(ids(all));

    // A newcomer replaying from the start sees everything retained, across the restart.
    const late = other.subscribe({ since: '0-0' });
    await late.ready;
    expect(ids(await takeUntil(late, after.at(-1)!.id))).toEqual(ids(all));
    await late.return();

    expect(lines.filter((l) => l.level === WARN && /event stream paused/.test(l.msg))).toHaveLength(1);
    expect(lines.filter((l) => l.level === INFO && /event stream resumed/.test(l.msg))).toHaveLength(1);
  } finally {
    await bus.close();
    await other.close();
  }
});
