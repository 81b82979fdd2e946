// A gateway whose compute subgraph goes away mid-subscription ends the subscription with a
// SUBGRAPH_UNAVAILABLE error, so the client knows to resume with `since`; it neither hangs nor
// silently resubscribes upstream without the client's last id (which would skip events).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/load.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';

let subgraphs: RunningApp;
let gateway: RunningApp;

beforeAll(async () => {
  const config = parseConfig({
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
    events: { pollIntervalSeconds: 0 },
    sandbox: { clouds: ['aws'], vmsPerScope: 2, changesPerMinute: 0, push: false },
  });
  subgraphs = await startApp(config, { gateway: false });
  const urls = Object.fromEntries(subgraphs.subgraphs.map((s) => [s.name, s.url]));
  gateway = await startApp(config, { subgraphs: [], remoteSubgraphUrls: urls });
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

describe('the compute subgraph going away', () => {
  it('ends live subscriptions with SUBGRAPH_UNAVAILABLE', async () => {
    const subscription = subscribe(gateway.gateway!.url, VmStateChangedIdsDocument, {});
    try {
      await subscription.connected;
      await new Promise((r) => setTimeout(r, 500)); // live upstream
      await subgraphs.stop();
      const [result] = await subscription.take(1, 20_000);
      expect(result!.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'compute' });
      expect(result!.errors?.[0]?.message).toMatch(/since/);
    } finally {
      await subscription.dispose();
    }
  });
});
