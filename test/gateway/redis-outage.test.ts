// Redis going away mid-run through the whole stack: queries keep answering, from this process's
// copy of the listings while it is fresh (no call, no request waiting on the cloud), and keep
// doing so once Redis is back, empty.
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { VmStatesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { freePort, startRedisServer, stopAllRedisServers, stopRedisServer, waitFor } from '../support/redis.js';

describe('Redis stopped and restarted under a running gateway', () => {
  let app: RunningApp;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer(port);
    app = await startTestApp({ vmsPerScope: 10, redisUrl: `redis://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await app?.stop();
    await stopAllRedisServers();
  });

  const query = () => execute(gatewayUrl(app), VmStatesDocument, { first: 100 });
  const upstream = () => app.sandbox!.aws!.requests.count({ action: 'DescribeInstances' });

  it('keeps answering without Redis and after it returns', async () => {
    const first = await query();
    expect(first.data!.vms.totalCount).toBe(40);
    const afterFirst = upstream();
    expect(afterFirst).toBe(4);
    await query();
    expect(upstream()).toBe(afterFirst); // served by Redis

    await stopRedisServer(redis);
    const without = await query();
    expect(without.errors).toBeUndefined();
    expect(without.data).toEqual(first.data);
    expect(upstream()).toBe(afterFirst); // the listings this process holds are still fresh

    redis = await startRedisServer(port);
    const cache = app.services.cache as { available?: boolean };
    await waitFor(() => cache.available === true, 15_000, 'the cache to reconnect');
    const again = await query(); // an empty Redis has no heads: this process's copies answer
    expect(again.data).toEqual(first.data);
    expect(upstream()).toBe(afterFirst);
  });
});
