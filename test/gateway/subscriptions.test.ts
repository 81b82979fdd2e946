// Live VM events through the gateway: a graphql-ws client subscribed at the gateway's /graphql
// sees a change made in the emulated cloud (found by polling), with fields from the compute and
// storage subgraphs, and a query right after the event shows the new state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { globalId } from '../../src/providers/ids.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedDocument, VmStateChangedIdsDocument, VmStateDocument } from '../generated/operations.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ vmsPerScope: 4, pollIntervalSeconds: 0.2 });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

/** A running instance of the sandbox fleet, with its global id. */
function runningInstance(skip = 0): { instanceId: string; vmId: string } {
  const running = app.sandbox!.fleet.aws.scopes().flatMap((scope) =>
    scope.instances.filter((i) => i.state === 'running').map((i) => ({ instanceId: i.instanceId, vmId: globalId({ provider: 'aws', account: scope.account, region: scope.region }, 'vm', i.instanceId) })),
  );
  const found = running[skip];
  if (!found) throw new Error('no running instance in the sandbox fleet');
  return found;
}

describe('Subscription.vmStateChanged through the gateway', () => {
  it('delivers a change made in the cloud, with the VM from compute and its volumes from storage', async () => {
    const { instanceId, vmId } = runningInstance();
    // since "0-0" (all retained, then live): the change cannot fall before the subscription is live.
    const subscription = subscribe(gatewayUrl(app), VmStateChangedDocument, { filter: { ids: [vmId] }, since: '0-0' });
    try {
      await subscription.connected;
      app.sandbox!.fleet.aws.setInstanceState(instanceId, 'stopping');
      const [result] = await subscription.take(1);
      expect(result!.errors).toBeUndefined();
      const event = result!.data!.vmStateChanged;
      expect(event).toMatchObject({
        vmId,
        previousState: 'RUNNING',
        newState: 'STOPPING',
        previousProviderState: 'running',
        newProviderState: 'stopping',
        source: 'POLL',
      });
      expect(event.id).toMatch(/^\d+-\d+$/);
      expect(event.vm).toMatchObject({ id: vmId, state: 'STOPPING', providerState: 'stopping' });
      const { scope } = app.sandbox!.fleet.aws.findInstance(instanceId)!;
      const fleetVolumes = scope.volumes.filter((v) => v.attachments.some((a) => a.instanceId === instanceId)).length;
      expect(event.vm!.volumes).toHaveLength(fleetVolumes);
      expect(fleetVolumes).toBeGreaterThan(0);
    } finally {
      await subscription.dispose();
    }
  });

  it('shows the new state to a query made right after the event, though the VM was cached before', async () => {
    const { instanceId, vmId } = runningInstance(1);
    const before = await execute(gatewayUrl(app), VmStateDocument, { id: vmId });
    expect(before.data!.vm!.state).toBe('RUNNING'); // now cached (vm TTL 30 s)
    const subscription = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { filter: { ids: [vmId] }, since: '0-0' });
    try {
      await subscription.connected;
      app.sandbox!.fleet.aws.setInstanceState(instanceId, 'stopping');
      await subscription.take(1);
      const after = await execute(gatewayUrl(app), VmStateDocument, { id: vmId });
      expect(after.data!.vm).toMatchObject({ state: 'STOPPING', providerState: 'stopping' });
    } finally {
      await subscription.dispose();
    }
  });

  it('refuses a subscription over HTTP (SSE), naming graphql-ws, and has GraphiQL subscribe over WebSocket', async () => {
    const response = await fetch(gatewayUrl(app), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { vmStateChanged { id } }' }),
    });
    const text = await response.text();
    expect(text).toContain('BAD_USER_INPUT');
    expect(text).toContain('graphql-ws');
    expect(text).not.toContain('"vmStateChanged"');
    const page = await (await fetch(gatewayUrl(app), { headers: { accept: 'text/html' } })).text();
    expect(page).toMatch(/"subscriptionsProtocol":"WS"/);
  });

  it('rejects a malformed since and a malformed VM id in the filter as BAD_USER_INPUT', async () => {
    for (const variables of [{ since: 'yesterday' }, { filter: { ids: ['not-an-id'] } }]) {
      const subscription = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, variables);
      try {
        const [result] = await subscription.take(1);
        expect(result!.errors?.[0]?.extensions?.code ?? result!.errors?.[0]?.message).toBe('BAD_USER_INPUT');
      } finally {
        await subscription.dispose();
      }
    }
  });
});
