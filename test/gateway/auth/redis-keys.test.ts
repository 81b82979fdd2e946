// API keys minted into Redis with the CLI (`fleetgraph apikey create --redis`): honoured by a
// running gateway at once, listed, and refused at once after `fleetgraph apikey revoke` — no
// restart, no config change. Only the hash is ever in Redis.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { redisKeysHash } from '../../../src/gateway/auth/key-store.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const keyPrefix = `fleetgraph-test:redis-keys:${process.pid}:${Date.now()}:`;
const run = promisify(execFile);

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['bin/fleetgraph.js', 'apikey', ...args], {
    env: { ...process.env, REDIS_URL, FLEETGRAPH_CONFIG: '', LOG_LEVEL: 'silent', FLEETGRAPH_KEY_PREFIX: keyPrefix },
    timeout: 60_000,
  });
  return stdout;
}

async function totalCount(app: RunningApp, key: string): Promise<number | 401> {
  const response = await fetch(gatewayUrl(app), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: '{ vms(first: 1) { totalCount } }' }),
  });
  if (response.status === 401) return 401;
  return ((await response.json()) as { data: { vms: { totalCount: number } } }).data.vms.totalCount;
}

describe('API keys in Redis', () => {
  let app: RunningApp;
  const redis = new Redis(REDIS_URL);

  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 2, redisUrl: REDIS_URL, keyPrefix, auth: { mode: 'required' } });
  });
  afterAll(async () => {
    await app?.stop();
    await redis.del(redisKeysHash(keyPrefix));
    redis.disconnect();
  });

  it('admits a key minted with --redis at once, and refuses it at once once revoked', async () => {
    const created = await cli('create', 'night-job', '--role', 'viewer', '--accounts', '111111111111', '--redis');
    const key = /(fgk_night-job_\S+)/.exec(created)![1]!;
    const stored = await redis.hget(redisKeysHash(keyPrefix), 'night-job');
    expect(stored).not.toContain(key.slice('fgk_night-job_'.length));
    expect(JSON.parse(stored!)).toMatchObject({ id: 'night-job', role: 'viewer', scopes: { accounts: ['111111111111'] } });
    expect(await cli('list')).toContain('night-job\tviewer\t{"accounts":["111111111111"]}');
    // The key's grants apply: one of the sandbox's AWS accounts.
    const count = await totalCount(app, key);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(app.sandbox!.fleet.aws.scopes().reduce((n, scope) => n + scope.instances.length, 0));
    expect(await cli('revoke', 'night-job')).toContain('revoked night-job');
    expect(await totalCount(app, key)).toBe(401);
  });

  it('refuses a key whose id is in Redis but whose secret is not the one minted', async () => {
    const created = await cli('create', 'other-job', '--redis');
    const key = /(fgk_other-job_\S+)/.exec(created)![1]!;
    expect(await totalCount(app, `${key.slice(0, -2)}xx`)).toBe(401);
    expect(await totalCount(app, key)).toBeGreaterThan(0);
  });

  it('refuses a key revoked while its WebSocket is open, at its next operation (close 4401)', async () => {
    const created = await cli('create', 'socket-job', '--redis');
    const key = /(fgk_socket-job_\S+)/.exec(created)![1]!;
    let closedWith: number | null = null;
    const client = createClient({
      url: gatewayUrl(app).replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { apiKey: key },
      on: { closed: (event) => (closedWith = (event as { code: number }).code) },
    });
    const once = (query: string) =>
      new Promise<unknown>((resolve, reject) => {
        let result: unknown;
        client.subscribe({ query }, { next: (value) => (result = value), error: reject, complete: () => resolve(result) });
      });
    try {
      expect(await once('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
      await cli('revoke', 'socket-job');
      await once('{ __typename }').catch(() => undefined);
      for (let i = 0; i < 50 && closedWith === null; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(closedWith).toBe(4401);
    } finally {
      await client.dispose();
    }
  });
});
