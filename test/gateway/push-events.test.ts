// Cloud pushes through the whole product: the sandbox's emulators deliver SNS, Event Grid and
// Pub/Sub pushes to the gateway's receivers exactly as the clouds would, and a graphql-ws client
// receives each change as one event with source PUSH; with polling on as well, a change seen
// by both is still one event.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { subscribe } from '../support/subscriptions.js';
import { VmStateChangedDocument, VmStateDocument, type Provider } from '../generated/operations.js';

let app: RunningApp;

// Polling once a second: a change is pushed within milliseconds, so the poll that also sees it
// comes after the push (the race the test must not lose is push against the next poll).
const POLL_SECONDS = 1;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['aws', 'azure', 'gcp'], vmsPerScope: 3, push: true, pollIntervalSeconds: POLL_SECONDS });
  await untilEveryScopePolled(app);
  await warmUpPushes();
}, 90_000);

/**
 * One change per cloud before the tests: the first SNS message makes the receiver fetch the
 * signing certificate (then cached), the first of each cloud loads its push path — slow enough
 * that a poll could see the change first. Their events are taken and dropped here.
 */
async function warmUpPushes(): Promise<void> {
  for (const provider of ['AWS', 'AZURE', 'GCP'] as const) {
    const subscription = subscribe(gatewayUrl(app), VmStateChangedDocument, { filter: { providers: [provider] }, since: afterWarmUp });
    try {
      await subscription.connected;
      stopOne[provider]();
      const [result] = await subscription.take(1);
      afterWarmUp = result!.data!.vmStateChanged.id;
    } finally {
      await subscription.dispose();
    }
  }
}

/** The events before this id are the warm-up's: the tests read from after it. */
let afterWarmUp = '0-0';

afterAll(async () => {
  await app?.stop();
});

/** Stops one running VM of `provider` in the sandbox fleet. */
/** The clouds that push changes (DigitalOcean's, Proxmox's, libvirt's and containerd's are only polled). */
type PushingCloud = Exclude<Provider, 'DIGITALOCEAN' | 'PROXMOX' | 'LIBVIRT' | 'CONTAINERD'>;

const stopOne: Record<PushingCloud, () => void> = {
  AWS: () => {
    const instance = app.sandbox!.fleet.aws.scopes().flatMap((s) => s.instances).find((i) => i.state === 'running')!;
    app.sandbox!.fleet.aws.setInstanceState(instance.instanceId, 'stopping');
  },
  AZURE: () => {
    const vm = app.sandbox!.fleet.azure.scopes().flatMap((s) => s.virtualMachines).find((v) => v.sim.condition === 'running')!;
    app.sandbox!.fleet.azure.setVmCondition(vm.id, 'stopping');
  },
  GCP: () => {
    const fleet = app.sandbox!.fleet.gcp;
    for (const { projectId } of fleet.projects) {
      for (const region of fleet.project(projectId)!.regions) {
        const instance = region.instances.find((i) => i.status === 'RUNNING');
        if (!instance) continue;
        fleet.setInstanceStatus(projectId, instance.zone.slice(instance.zone.lastIndexOf('/') + 1), instance.name, 'STOPPING');
        return;
      }
    }
    throw new Error('no running GCP instance');
  },
};

describe('cloud pushes reach subscribers through the gateway', () => {
  it.each(['AWS', 'AZURE', 'GCP'] as const)('%s: one change, pushed and polled, is one PUSH event with the VM in its new state', async (provider) => {
    // since the warm-up's last event (all retained after it, then live): the change cannot fall before the subscription is live.
    const subscription = subscribe(gatewayUrl(app), VmStateChangedDocument, { filter: { providers: [provider] }, since: afterWarmUp });
    try {
      await subscription.connected;
      stopOne[provider]();
      const [result] = await subscription.take(1);
      expect(result!.errors).toBeUndefined();
      const event = result!.data!.vmStateChanged;
      expect(event).toMatchObject({ source: 'PUSH', previousState: 'RUNNING', newState: 'STOPPING' });
      expect(event.vm).toMatchObject({ id: event.vmId, state: 'STOPPING' });
      // Two more poll rounds see the same change: nothing more is published.
      await new Promise((r) => setTimeout(r, 2 * POLL_SECONDS * 1000 + 300));
      expect(subscription.received).toEqual([]);
    } finally {
      await subscription.dispose();
    }
  });
});

describe('push receivers under bad requests', () => {
  it.each(['/events/aws/sns', '/events/azure/eventgrid', '/events/gcp/pubsub'])('%s: a request cut off mid-body harms nothing', async (path) => {
    const url = new URL(path, gatewayUrl(app));
    await new Promise<void>((resolve) => {
      const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100000' } });
      req.on('error', () => resolve());
      req.write('{"Type": "Notifi');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await new Promise((r) => setTimeout(r, 200));
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([400, 401, 403]).toContain(unsigned.status);
    const answer = await execute(gatewayUrl(app), VmStateDocument, { id: 'aws:111111111111:us-east-1:vm:i-00000000000000000' });
    expect(answer.errors).toBeUndefined();
  });
});
