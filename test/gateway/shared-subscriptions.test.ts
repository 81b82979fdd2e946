// Identical live subscriptions share one execution at the gateway (and so one upstream
// subscription): every subscriber gets every event, one leaving does not disturb the others, and
// the execution stops with the last. A subscription with `since` replays from its own point, so
// it is never shared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { startTestApp, gatewayUrl } from '../support/app.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';
import { sampleEvent } from '../events/helpers.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ vmsPerScope: 1 });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

async function executions(): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gatewayUrl(app)))).text();
  const line = text.split('\n').find((l) => l.startsWith('fleetgraph_subscription_executions '));
  return Number(line?.split(' ')[1]);
}

async function publish(n: number): Promise<string> {
  return (await app.events!.bus.publish(sampleEvent(n))).id;
}

describe('identical live subscriptions', () => {
  it('share one execution, each subscriber gets every event, and the last one leaving stops it', async () => {
    const before = await executions();
    const same = Array.from({ length: 5 }, () => subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { filter: { providers: ['AWS'] } }));
    const other = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { filter: { regions: ['us-east-1'] } });
    const replaying = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { filter: { providers: ['AWS'] }, since: '0-0' });
    const all = [...same, other, replaying];
    try {
      await Promise.all(all.map((s) => s.connected));
      await new Promise((r) => setTimeout(r, 800)); // live upstream
      const first = await publish(1);
      for (const s of all) expect((await s.take(1)).map((r) => r.data!.vmStateChanged.id)).toEqual([first]);
      // One for the five identical ones, one for the other filter; the replaying one runs alone,
      // outside the shared executions.
      expect(await executions()).toBe(before + 2);

      await same[0]!.dispose();
      const second = await publish(2);
      for (const s of all.slice(1)) expect((await s.take(1)).map((r) => r.data!.vmStateChanged.id)).toEqual([second]);

      await Promise.all(same.map((s) => s.dispose()));
      const deadline = Date.now() + 5000;
      while ((await executions()) !== before + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await executions()).toBe(before + 1);
    } finally {
      await Promise.all(all.map((s) => s.dispose()));
    }
  });
});
