// The Pub/Sub push receiver over real HTTP: its secret, malformed pushes, the sink's failures;
// and the GCP emulator's Pub/Sub pushing a Cloud Asset feed of fleet changes to it, checked
// against what the GCP adapter lists for the same instance after the change.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pushSchema } from '../../../../src/config/schema.js';
import { createPubSubReceiver } from '../../../../src/events/push/gcp/pubsub.js';
import { createFleet, type GceInstance, type GceInstanceStatus, type Fleet } from '../../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../../emulators/gcp/index.js';
import type { ProviderAdapter, VirtualMachine } from '../../../../src/providers/types.js';
import { adapterFor, PROD, scopeOf, silent } from '../../../providers/gcp/support.js';
import { post, RecordingSink, serveReceiver, type ServedReceiver } from '../receiver-harness.js';

const TOKEN = 'pubsub-token-0123456789abcdef';
const config = pushSchema.parse({ gcp: { token: TOKEN } }).gcp!;
const withToken = (url: string, token = TOKEN) => `${url}?token=${encodeURIComponent(token)}`;
const zoneOf = (instance: GceInstance) => instance.zone.slice(instance.zone.lastIndexOf('/') + 1);

function pushOf(data: unknown): string {
  const encoded = typeof data === 'string' ? data : Buffer.from(JSON.stringify(data)).toString('base64');
  return JSON.stringify({ message: { data: encoded, messageId: '1', publishTime: '2026-03-01T00:00:00Z' }, subscription: 'projects/p/subscriptions/s' });
}

describe('Pub/Sub push receiver', () => {
  let fleet: Fleet;
  let emulator: GcpEmulator;
  let adapter: ProviderAdapter;
  let sink: RecordingSink;
  let served: ServedReceiver;
  let instance: GceInstance;

  beforeAll(async () => {
    fleet = createFleet({ seed: 21, vmsPerScope: 2 });
    emulator = await startGcpEmulator({ fleet });
    adapter = adapterFor(emulator, fleet, { maxAttempts: 1 });
    instance = fleet.gcp.project(PROD)!.regions[0]!.instances[0]!;
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(async () => {
    sink = new RecordingSink();
    served = await serveReceiver(createPubSubReceiver({ sink, config, logger: silent }));
  });

  afterEach(async () => {
    emulator.pubsub.unsubscribe();
    await served.close();
  });

  async function adapterVm(): Promise<VirtualMachine> {
    const [listed] = await adapter.get('vm', scopeOf(PROD), [instance.name]);
    if (!listed) throw new Error(`the adapter does not list ${instance.name}`);
    return listed;
  }

  async function change(status: GceInstanceStatus): Promise<void> {
    fleet.gcp.setInstanceStatus(PROD, zoneOf(instance), instance.name, status);
    await emulator.pubsub.settled();
  }

  /** A push the emulator really sent, for replaying. */
  async function capturedPush(): Promise<string> {
    await emulator.pubsub.subscribe(withToken(served.url));
    await change('RUNNING');
    emulator.pubsub.unsubscribe();
    return served.requests.at(-1)!.body;
  }

  it('refuses a push without the token, or with a wrong one, recording nothing', async () => {
    const body = await capturedPush();
    const calls = sink.calls;
    for (const url of [served.url, withToken(served.url, 'wrong'), withToken(served.url, `${TOKEN}0`), `${served.url}?code=${TOKEN}`]) {
      expect((await post(url, body)).status).toBe(401);
    }
    expect(sink.calls).toBe(calls);
    expect((await post(withToken(served.url), body)).status).toBe(204);
    expect(sink.calls).toBe(calls + 1);
  });

  it('refuses malformed pushes with 400 and records nothing', async () => {
    const instanceAsset = (data: unknown) => ({ asset: { name: '//compute.googleapis.com/projects/p/zones/europe-west1-b/instances/x', assetType: 'compute.googleapis.com/Instance', resource: { data } }, window: { startTime: '2026-03-01T00:00:00Z' } });
    const bodies = [
      'not json',
      JSON.stringify({ subscription: 's' }),
      JSON.stringify({ message: { messageId: '1' }, subscription: 's' }),
      pushOf('%%% not base64 %%%'),
      pushOf(Buffer.from('not json either').toString('base64')),
      pushOf(instanceAsset({ name: 'x' })),
    ];
    for (const body of bodies) expect({ body, status: (await post(withToken(served.url), body)).status }).toEqual({ body, status: 400 });
    expect(sink.calls).toBe(0);
  });

  it('acknowledges, recording nothing, a feed message about something other than an instance', async () => {
    const disk = { asset: { name: '//compute.googleapis.com/projects/p/zones/z/disks/d', assetType: 'compute.googleapis.com/Disk' }, window: { startTime: '2026-03-01T00:00:00Z' } };
    expect((await post(withToken(served.url), pushOf(disk))).status).toBe(204);
    expect(sink.recorded).toEqual([]);
  });

  it('receives every instance change from the emulator with the id, state and raw state the adapter lists after it', async () => {
    await emulator.pubsub.subscribe(withToken(served.url));
    const statuses: GceInstanceStatus[] = ['STOPPING', 'TERMINATED', 'STAGING', 'RUNNING', 'SUSPENDING', 'SUSPENDED', 'REPAIRING', 'PROVISIONING', 'RUNNING'];
    for (const status of statuses) {
      const before = Date.now();
      await change(status);
      const pushed = sink.recorded.at(-1)!;
      const listed = await adapterVm();
      expect({ status, vmId: pushed.vmId, state: pushed.state, providerState: pushed.providerState }).toEqual({
        status,
        vmId: listed.id,
        state: listed.state,
        providerState: listed.providerState,
      });
      expect(pushed.source).toBe('PUSH');
      expect(pushed.observedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    }
    expect(sink.recorded).toHaveLength(statuses.length);
    const envelope = JSON.parse(served.requests.at(-1)!.body) as { message: { data: string }; subscription: string };
    expect(envelope.subscription).toMatch(/^projects\/fleet-demo-prod\/subscriptions\//);
    expect(JSON.parse(Buffer.from(envelope.message.data, 'base64').toString('utf8'))).toMatchObject({
      asset: { assetType: 'compute.googleapis.com/Instance', resource: { data: { name: instance.name, status: 'RUNNING' } } },
      priorAssetState: 'PRESENT',
      priorAsset: { resource: { data: { status: 'PROVISIONING' } } },
      deleted: false,
    });
  });

  it('answers 503 while the sink fails, and the emulator retries until it is recorded', async () => {
    await emulator.pubsub.subscribe(withToken(served.url));
    const { retries, delivered } = emulator.pubsub.stats;
    sink.failNext = 2;
    await change('TERMINATED');
    expect(served.requests.length).toBe(3);
    expect(emulator.pubsub.stats.retries - retries).toBe(2);
    expect(emulator.pubsub.stats.delivered - delivered).toBe(1);
    expect(sink.calls).toBe(3);
    expect(sink.recorded.map((o) => o.providerState)).toEqual(['TERMINATED']);
  });

  it('gives up after a bounded number of attempts and counts the drop', async () => {
    await emulator.pubsub.subscribe(withToken(served.url));
    const { dropped } = emulator.pubsub.stats;
    sink.failNext = 1000;
    await change('RUNNING');
    expect(emulator.pubsub.stats.dropped - dropped).toBe(1);
    expect(served.requests).toHaveLength(5);
    expect(sink.recorded).toEqual([]);
  });

  it('stops pushing once unsubscribed, and when the emulator closes', async () => {
    await emulator.pubsub.subscribe(withToken(served.url));
    emulator.pubsub.unsubscribe();
    await change('STOPPING');
    expect(served.requests).toHaveLength(0);

    const own = await startGcpEmulator({ fleet });
    await own.pubsub.subscribe(withToken(served.url));
    await own.close();
    fleet.gcp.setInstanceStatus(PROD, zoneOf(instance), instance.name, 'RUNNING');
    await own.pubsub.settled();
    expect(own.pubsub.stats.sent).toBe(0);
    expect(served.requests).toHaveLength(0);
  });
});
