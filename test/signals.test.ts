// SIGTERM on a serving process: /readyz turns 503 first, a query in flight is still answered,
// WebSocket subscribers are closed with 1001 (Going Away), the poll leases are given back, and the
// process exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { VmStateChangedDocument } from './generated/operations.js';
import { deletePrefix, waitFor } from './support/redis.js';
import { subscribe } from './support/subscriptions.js';

const REDIS_URL = 'redis://127.0.0.1:6379';
const KEY_PREFIX = `fleetgraph-test:shutdown:${process.pid}:`;

async function eventually(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function startChild(): { child: ChildProcess; lines: string[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/shutdown-child.ts'], {
    env: { ...process.env, REDIS_URL, KEY_PREFIX, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, exited };
}

describe('graceful shutdown', () => {
  const redis = new Redis(REDIS_URL);
  let running: ChildProcess | undefined;
  afterAll(async () => {
    running?.kill('SIGKILL');
    await deletePrefix(redis, KEY_PREFIX);
    redis.disconnect();
  });

  it('answers the query in flight, closes subscribers with 1001, gives back its leases and exits 0', async () => {
    const { child, lines, exited } = startChild();
    running = child;
    await waitFor(() => lines.some((line) => line.startsWith('READY ')), 60_000, 'the process to serve');
    const url = lines.find((line) => line.startsWith('READY '))!.slice('READY '.length);
    const leases = async () => (await redis.keys(`${KEY_PREFIX}lease:*`)).length;

    const subscription = subscribe(url, VmStateChangedDocument, {});
    await subscription.connected;
    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ volumes(first: 2) { nodes { id } } }' }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as { data?: { volumes: { nodes: unknown[] } }; errors?: unknown } }));
    await waitFor(() => lines.includes('SLOW'), 30_000, 'the volume listing to reach the emulator');
    await eventually(async () => (await leases()) > 0, 'the poller to hold its leases');

    child.kill('SIGTERM');
    // Unready at once, while it still takes connections (server.shutdown.unreadySeconds).
    await eventually(async () => (await fetch(url.replace(/\/graphql$/, '/readyz'))).status === 503, '/readyz to turn 503');
    const ready = await fetch(url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, draining: true });

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    expect(answer.body.data!.volumes.nodes).toHaveLength(2);
    expect((await subscription.closed).code).toBe(1001);
    expect(await exited).toBe(0);
    running = undefined;
    expect(await leases()).toBe(0);
  });
});
