// Resuming and sharing a feed through the gateway: a client that disconnects, misses N events and
// subscribes again with `since` gets exactly those N, in order, then live ones; of two
// subscribers, one leaving does not stop the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { globalId } from '../../src/providers/ids.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ vmsPerScope: 12, pollIntervalSeconds: 0.2 });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

/** Running instances of the first scope, to stop one by one. */
function runningInstances(): string[] {
  return app.sandbox!.fleet.aws.scopes()[0]!.instances.filter((i) => i.state === 'running').map((i) => i.instanceId);
}

const stop = (instanceId: string): void => void app.sandbox!.fleet.aws.setInstanceState(instanceId, 'stopping');
const start = (instanceId: string): void => void app.sandbox!.fleet.aws.setInstanceState(instanceId, 'pending');

describe('resume and shared feeds', () => {
  it('replays exactly the N missed events after `since`, in order, then continues live', async () => {
    const [first, ...others] = runningInstances();
    expect(others.length).toBeGreaterThanOrEqual(3);
    const missed = others.slice(0, 3);
    // The watcher stays connected throughout: it sees what the other client misses.
    const watcher = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: '0-0' });
    const client = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: '0-0' });
    try {
      stop(first!);
      const [seen] = await client.take(1);
      const lastSeen = seen!.data!.vmStateChanged.id;
      await client.dispose();

      for (const id of missed) stop(id);
      const watched = (await watcher.take(4)).map((r) => r.data!.vmStateChanged);
      expect(watched[0]!.id).toBe(lastSeen);
      const missedEvents = watched.slice(1);
      expect(missedEvents.map((e) => e.newState)).toEqual(['STOPPING', 'STOPPING', 'STOPPING']);

      const resumed = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: lastSeen });
      try {
        const replayed = (await resumed.take(3)).map((r) => r.data!.vmStateChanged);
        expect(replayed).toEqual(missedEvents);
        start(first!); // stopping → pending: live after the replay
        const [live] = await resumed.take(1);
        const [watchedLive] = await watcher.take(1);
        expect(live!.data!.vmStateChanged).toEqual(watchedLive!.data!.vmStateChanged);
        expect(live!.data!.vmStateChanged).toMatchObject({ newState: 'PENDING' });
        await new Promise((r) => setTimeout(r, 600));
        expect(resumed.received).toEqual([]); // nothing twice
      } finally {
        await resumed.dispose();
      }
    } finally {
      await Promise.all([watcher.dispose(), client.dispose()]);
    }
  });

  it('keeps delivering to one subscriber when another on the same filter leaves', async () => {
    const [instanceId] = runningInstances();
    const scope = app.sandbox!.fleet.aws.scopes()[0]!;
    const filter = { ids: [globalId({ provider: 'aws', account: scope.account, region: scope.region }, 'vm', instanceId!)] };
    const staying = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { filter, since: '0-0' });
    const leaving = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { filter, since: '0-0' });
    try {
      await Promise.all([staying.connected, leaving.connected]);
      await new Promise((r) => setTimeout(r, 300));
      await leaving.dispose();
      await new Promise((r) => setTimeout(r, 200));
      stop(instanceId!);
      const [result] = await staying.take(1);
      expect(result!.data!.vmStateChanged).toMatchObject({ newState: 'STOPPING' });
    } finally {
      await Promise.all([staying.dispose(), leaving.dispose()]);
    }
  });
});
