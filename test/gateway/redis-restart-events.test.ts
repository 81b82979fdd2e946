// Redis restarted under a running FleetGraph (bus, ledger, leases and cache all in it; append-only
// file on, as production should run it): a live subscription through the gateway carries on, a
// change made during the outage is published once Redis is back, and nothing retained is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { freePort, startRedisServer, stopAllRedisServers, stopRedisServer } from '../support/redis.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';

const dir = mkdtempSync(join(tmpdir(), 'fleetgraph-gateway-redis-'));
let app: RunningApp | undefined;

afterAll(async () => {
  await app?.stop();
  await stopAllRedisServers();
  rmSync(dir, { recursive: true, force: true });
});

describe('Redis restarted mid-stream', () => {
  it('keeps subscriptions going and loses no retained event', async () => {
    const port = await freePort();
    let redis = await startRedisServer(port, { persistIn: dir });
    app = await startTestApp({ vmsPerScope: 3, pollIntervalSeconds: 0.2, redisUrl: `redis://127.0.0.1:${port}` });
    await untilEveryScopePolled(app);
    const [first, second] = app.sandbox!.fleet.aws.scopes()[0]!.instances.filter((i) => i.state === 'running');
    const subscription = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: '0-0' });
    try {
      app.sandbox!.fleet.aws.setInstanceState(first!.instanceId, 'stopping');
      const [before] = await subscription.take(1);

      await stopRedisServer(redis, 'SIGTERM');
      app.sandbox!.fleet.aws.setInstanceState(second!.instanceId, 'stopping'); // polls fail until Redis is back
      await new Promise((r) => setTimeout(r, 500));
      redis = await startRedisServer(port, { persistIn: dir });

      const [after] = await subscription.take(1, 30_000);
      expect(after!.data!.vmStateChanged).toMatchObject({ newState: 'STOPPING', source: 'POLL' });
      expect(after!.data!.vmStateChanged.vmId).not.toBe(before!.data!.vmStateChanged.vmId);
      await new Promise((r) => setTimeout(r, 600));
      expect(subscription.received).toEqual([]); // once each

      const late = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: '0-0' });
      try {
        const replayed = await late.take(2);
        expect(replayed.map((r) => r.data!.vmStateChanged.id)).toEqual([before!.data!.vmStateChanged.id, after!.data!.vmStateChanged.id]);
      } finally {
        await late.dispose();
      }
    } finally {
      await subscription.dispose();
    }
  }, 90_000);
});
