// A gateway whose compute subgraph goes away mid-subscription ends the subscription with a
// SUBGRAPH_UNAVAILABLE error, so the client knows to resume with `since` — even when the
// subgraph is back at once. It never silently resubscribes upstream with the client's original
// variables, which would skip (or repeat) what happened in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../src/app.js';
import type { Config } from '../../src/config/schema.js';
import { parseConfig } from '../../src/config/load.js';
import type { SubgraphName } from '../../src/subgraphs/catalog.js';
import { freePort } from '../support/redis.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';
import { sampleEvent } from '../events/helpers.js';

let config: Config;
let ports: Record<SubgraphName, number>;
let subgraphs: RunningApp | undefined;
let gateway: RunningApp;

beforeAll(async () => {
  config = parseConfig({
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0 },
    events: { pollIntervalSeconds: 0 },
    sandbox: { clouds: ['aws'], vmsPerScope: 2, changesPerMinute: 0, push: false },
  });
  ports = { compute: await freePort(), storage: await freePort(), network: await freePort(), metrics: await freePort(), costs: await freePort() };
  subgraphs = await startApp(config, { gateway: false, subgraphPorts: ports });
  const urls = Object.fromEntries(subgraphs.subgraphs.map((s) => [s.name, s.url]));
  gateway = await startApp(config, { subgraphs: [], remoteSubgraphUrls: urls });
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

describe('the compute subgraph going away', () => {
  it('ends live subscriptions with SUBGRAPH_UNAVAILABLE, also when it is back at once; a new subscription then works', async () => {
    const subscription = subscribe(gateway.gateway!.url, VmStateChangedIdsDocument, {});
    try {
      await subscription.connected;
      await new Promise((r) => setTimeout(r, 500)); // live upstream
      await subgraphs!.stop();
      subgraphs = await startApp(config, { gateway: false, subgraphPorts: ports });
      const [result] = await subscription.take(1, 20_000);
      expect(result!.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'compute' });
      expect(result!.errors?.[0]?.message).toMatch(/since/);
    } finally {
      await subscription.dispose();
    }
    const again = subscribe(gateway.gateway!.url, VmStateChangedIdsDocument, { since: '0-0' });
    try {
      await again.connected;
      const event = await subgraphs.events!.bus.publish(sampleEvent(1));
      const [result] = await again.take(1, 20_000);
      expect(result!.data!.vmStateChanged.id).toBe(event.id);
    } finally {
      await again.dispose();
    }
  }, 90_000);
});
