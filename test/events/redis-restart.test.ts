// Redis restarted under a live Redis bus, on a redis-server of our own (append-only file on, so
// what it retained survives the restart): subscriptions carry on, publishes during the outage
// fail to their caller, and nothing retained is lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, expect, it } from 'vitest';
import { RedisEventBus } from '../../src/events/redis-bus.js';
import type { VmEvent } from '../../src/events/vm-event.js';
import { captureLogger, freePort, INFO, sleep, WARN } from '../support/redis.js';
import { ids, sampleEvent, take, takeUntil } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'fleetgraph-events-redis-'));
const servers = new Set<ChildProcess>();

afterAll(async () => {
  for (const server of servers) await stop(server, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function start(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir],
    { stdio: 'ignore' },
  );
  servers.add(child);
  child.once('exit', () => servers.delete(child));
  const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  probe.on('error', () => {});
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      try {
        if (probe.status !== 'ready') await probe.connect();
        if ((await probe.ping()) === 'PONG') return child;
      } catch {
        probe.disconnect();
        await sleep(50);
      }
    }
    throw new Error(`redis-server on port ${port} did not answer`);
  } finally {
    probe.disconnect();
  }
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
}

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

    await stop(server, 'SIGTERM');
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
