// Writes with Redis gone: a mutation is refused with OPERATIONS_UNAVAILABLE and nothing reaches the
// cloud (no record, no audit entry, no action); once Redis is back, mutations are accepted again.
import type { ChildProcess } from 'node:child_process';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { freePort, startRedisServer, stopAllRedisServers, stopRedisServer, waitFor } from '../../support/redis.js';

const VMS = parse('{ vms(filter: { states: [RUNNING] }, first: 2) { nodes { id } } }');
const STOP = parse('mutation($id: ID!, $key: String!) { stopVm(id: $id, idempotencyKey: $key) { id status } }');

describe('mutations while Redis is away', () => {
  let app: RunningApp;
  let redis: ChildProcess;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer(port);
    app = await startTestApp({ clouds: ['gcp'], vmsPerScope: 2, redisUrl: `redis://127.0.0.1:${port}`, writes: { enabled: true, pollSeconds: 0.05 } });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await stopAllRedisServers();
  });

  it('refuses with OPERATIONS_UNAVAILABLE and acts never, then acts again once Redis is back', async () => {
    const [first, second] = ((await execute(gatewayUrl(app), VMS)).data as { vms: { nodes: { id: string }[] } }).vms.nodes;
    const stops = () => app.sandbox!.gcp!.requests.count({ action: 'instances.stop' });
    await stopRedisServer(redis);
    const refused = await execute(gatewayUrl(app), STOP, { id: first!.id, key: 'while-away' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATIONS_UNAVAILABLE' });
    expect(stops()).toBe(0);

    redis = await startRedisServer(port);
    const cache = app.services.cache as { available?: boolean };
    await waitFor(() => cache.available === true, 15_000, 'the cache to reconnect');
    let accepted = await execute(gatewayUrl(app), STOP, { id: second!.id, key: 'after-return' });
    for (let i = 0; i < 20 && accepted.errors?.[0]?.extensions?.code === 'OPERATIONS_UNAVAILABLE'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250)); // the write side's own connections come back too
      accepted = await execute(gatewayUrl(app), STOP, { id: second!.id, key: `after-return-${i}` });
    }
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toMatchObject({ stopVm: { status: 'RUNNING' } });
    expect(stops()).toBe(1);
  }, 60_000);
});
