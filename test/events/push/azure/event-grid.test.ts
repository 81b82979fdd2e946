// The Event Grid receiver over real HTTP: its secret, the validation handshake and the refusal of
// unvalidated subscriptions, malformed bodies, the sink's failures; and the Azure emulator's
// Event Grid pushing fleet changes to it, checked against what the Azure adapter lists for the
// same VM after the change.
import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { azureProviderSchema, pushSchema } from '../../../../src/config/schema.js';
import { createEventGridReceiver, VALIDATION_EVENT_TYPE, type VmDirectory } from '../../../../src/events/push/azure/event-grid.js';
import { memoryValidationStore, redisValidationStore, type ValidationStore } from '../../../../src/events/push/azure/validations.js';
import { DEFAULT_EVENT_SUBSCRIPTION_NAME, startAzureEmulator, type AzureEmulator } from '../../../../emulators/azure/index.js';
import { AZURE_SUBSCRIPTIONS, createFleet, type AzureVirtualMachine, type AzureVmCondition, type Fleet } from '../../../../emulators/fleet.js';
import { AZURE_DELETED_PROVIDER_STATE, RESOURCE_DELETED } from '../../../../src/events/push/azure/resource-notifications.js';
import { createAzureAdapter } from '../../../../src/providers/azure/index.js';
import { ALL_REGIONS, type ProviderAdapter, type VirtualMachine } from '../../../../src/providers/types.js';
import { deletePrefix, freePort, SHARED_REDIS_URL } from '../../../support/redis.js';
import { post, RecordingSink, serveReceiver, type ServedReceiver } from '../receiver-harness.js';

const SECRET = 'event-grid-secret-0123456789';
const config = pushSchema.parse({ azure: { secret: SECRET } }).azure!;
const silent = pino({ level: 'silent' });
const SUB = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
const NAME = 'OPS-VMS';

const withCode = (url: string, code = SECRET) => `${url}?code=${encodeURIComponent(code)}`;
const aeg = (type: string, name = NAME, count = 0) => ({ 'aeg-event-type': type, 'aeg-subscription-name': name, 'aeg-delivery-count': String(count) });

function validationBody(code: string): string {
  return JSON.stringify([
    {
      id: randomUUID(),
      topic: `/subscriptions/${SUB}/resourceGroups/ops/providers/Microsoft.EventGrid/systemTopics/arn`,
      subject: '',
      data: { validationCode: code, validationUrl: 'https://rp-westeurope.eventgrid.azure.net/validate' },
      eventType: VALIDATION_EVENT_TYPE,
      eventTime: new Date().toISOString(),
      metadataVersion: '1',
      dataVersion: '2',
    },
  ]);
}

function deletedBody(vm: AzureVirtualMachine): string {
  return JSON.stringify([
    {
      id: randomUUID(),
      topic: `/subscriptions/${SUB}`,
      subject: vm.id,
      data: { resourceInfo: { id: vm.id, name: vm.name, type: vm.type }, operationalInfo: { resourceEventTime: '2026-03-01T10:00:00Z' } },
      eventType: RESOURCE_DELETED,
      dataVersion: '1',
      metadataVersion: '1',
      eventTime: '2026-03-01T10:00:00Z',
    },
  ]);
}

describe('Event Grid receiver', () => {
  let fleet: Fleet;
  let emulator: AzureEmulator;
  let adapter: ProviderAdapter;
  let sink: RecordingSink;
  let validations: ValidationStore;
  let served: ServedReceiver;
  let directory: VmDirectory | undefined;
  let vm: AzureVirtualMachine;

  beforeAll(async () => {
    fleet = createFleet({ seed: 11, vmsPerScope: 2 });
    emulator = await startAzureEmulator({ fleet });
    adapter = createAzureAdapter(
      azureProviderSchema.parse({
        maxRetries: 0,
        subscriptions: AZURE_SUBSCRIPTIONS.map((s) => ({ id: s.subscriptionId, credentials: { type: 'accessToken', token: s.token }, endpoint: emulator.url, caCertificate: emulator.caCertificate })),
      }),
      { logger: silent },
    );
    vm = fleet.azure.resources(SUB, 'virtualMachines')[0]!;
  });

  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  beforeEach(async () => {
    sink = new RecordingSink();
    validations = memoryValidationStore();
    directory = undefined;
    served = await serveReceiver(
      createEventGridReceiver({ sink, config, validations, logger: silent, directory: { vmIdOf: (...args) => directory?.vmIdOf(...args) ?? Promise.resolve(undefined) } }),
    );
  });

  afterEach(async () => {
    emulator.eventGrid.unsubscribe();
    await served.close();
  });

  async function adapterVm(): Promise<VirtualMachine> {
    const [listed] = await adapter.get('vm', { provider: 'azure', account: SUB, region: ALL_REGIONS }, [vm.id]);
    if (!listed) throw new Error(`the adapter does not list ${vm.id}`);
    return listed;
  }

  async function change(condition: AzureVmCondition): Promise<void> {
    fleet.azure.setVmCondition(vm.id, condition);
    await emulator.eventGrid.settled();
  }

  describe('its URL secret', () => {
    it('refuses a request without the code, or with a wrong one, before reading anything', async () => {
      for (const url of [served.url, withCode(served.url, 'wrong'), withCode(served.url, `${SECRET}x`), `${served.url}?token=${SECRET}`]) {
        expect((await post(url, validationBody('C1'), aeg('SubscriptionValidation'))).status).toBe(401);
      }
      expect(await validations.has(NAME)).toBe(false);
      expect(sink.calls).toBe(0);
    });
  });

  describe('the validation handshake', () => {
    it('answers the validation code and remembers the subscription (by its upper-case name)', async () => {
      const reply = await post(withCode(served.url), validationBody('A1B2-C3'), aeg('SubscriptionValidation', 'ops-vms'));
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toEqual({ validationResponse: 'A1B2-C3' });
      expect(await validations.has(NAME)).toBe(true);
    });

    it('refuses a handshake without a validation event or a subscription name', async () => {
      expect((await post(withCode(served.url), JSON.stringify([{ eventType: 'Other', data: {} }]), aeg('SubscriptionValidation'))).status).toBe(400);
      expect((await post(withCode(served.url), validationBody('C1'), { 'aeg-event-type': 'SubscriptionValidation' })).status).toBe(400);
      expect(await validations.has(NAME)).toBe(false);
    });

    it('answers the CloudEvents abuse-protection preflight', async () => {
      const reply = await post(withCode(served.url), '', { 'webhook-request-origin': 'eventgrid.azure.net' }, 'OPTIONS');
      expect(reply.status).toBe(200);
      expect(reply.headers.get('webhook-allowed-origin')).toBe('eventgrid.azure.net');
      expect((await post(served.url, '', { 'webhook-request-origin': 'eventgrid.azure.net' }, 'OPTIONS')).status).toBe(401);
    });
  });

  describe('notifications', () => {
    it('refuses those of a subscription that never completed the handshake, recording nothing', async () => {
      // A real delivery, captured where the handshake was done…
      await emulator.eventGrid.subscribe(withCode(served.url));
      await change('stopped');
      const notification = served.requests.find((r) => r.headers['aeg-event-type'] === 'Notification')!;
      expect(sink.recorded).toHaveLength(1);

      // …replayed to a receiver that never saw that subscription's handshake.
      const stranger = new RecordingSink();
      const other = await serveReceiver(createEventGridReceiver({ sink: stranger, config, validations: memoryValidationStore(), logger: silent }));
      try {
        const reply = await post(withCode(other.url), notification.body, aeg('Notification', DEFAULT_EVENT_SUBSCRIPTION_NAME));
        expect(reply.status).toBe(403);
        expect(reply.text).toMatch(/handshake not completed/);
        expect((await post(withCode(other.url), notification.body, { 'aeg-event-type': 'Notification' })).status).toBe(400);
        expect(stranger.calls).toBe(0);
      } finally {
        await other.close();
      }
      expect((await post(withCode(served.url), notification.body, aeg('Notification', 'NEVER-VALIDATED'))).status).toBe(403);
      expect(sink.calls).toBe(1);
    });

    it('refuses a malformed body or event with 400 and records nothing', async () => {
      await post(withCode(served.url), validationBody('C1'), aeg('SubscriptionValidation'));
      const malformedVm = [{ eventType: 'Microsoft.ResourceNotifications.Resources.CreatedOrUpdated', eventTime: '2026-03-01T00:00:00Z', data: { resourceInfo: { id: vm.id, type: vm.type } } }];
      for (const body of ['not json', '{}', '[]', JSON.stringify(malformedVm)]) {
        expect((await post(withCode(served.url), body, aeg('Notification'))).status).toBe(400);
      }
      expect((await post(withCode(served.url), '[]', aeg('SubscriptionDeletion'))).status).toBe(400);
      expect(sink.calls).toBe(0);
    });

    it('places a Deleted event (no location) through the directory, and drops it when the VM is not known', async () => {
      await post(withCode(served.url), validationBody('C1'), aeg('SubscriptionValidation'));
      expect((await post(withCode(served.url), deletedBody(vm), aeg('Notification'))).status).toBe(200);
      expect(sink.recorded).toEqual([]);

      const listed = await adapterVm();
      const asked: string[][] = [];
      directory = { vmIdOf: async (provider, account, nativeId) => (asked.push([provider, account, nativeId]), listed.id) };
      expect((await post(withCode(served.url), deletedBody(vm), aeg('Notification'))).status).toBe(200);
      expect(asked).toEqual([['azure', listed.account, listed.nativeId]]);
      expect(sink.recorded).toEqual([{ vmId: listed.id, state: 'TERMINATED', providerState: AZURE_DELETED_PROVIDER_STATE, observedAt: new Date('2026-03-01T10:00:00Z'), source: 'PUSH' }]);

      directory = { vmIdOf: async () => Promise.reject(new Error('poller state unavailable')) };
      expect((await post(withCode(served.url), deletedBody(vm), aeg('Notification'))).status).toBe(503);
      expect(sink.recorded).toHaveLength(1);
    });
  });

  describe('fed by the emulator', () => {
    it('rejects a subscription whose endpoint does not echo the validation code', async () => {
      await expect(emulator.eventGrid.subscribe(withCode(served.url, 'wrong-code'))).rejects.toThrow(/validation .* failed: HTTP 401/);
      const liar = await serveReceiver({ path: '/liar', handle: async (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"validationResponse":"nope"}') });
      try {
        await expect(emulator.eventGrid.subscribe(liar.url)).rejects.toThrow(/did not return the validation code/);
      } finally {
        await liar.close();
      }
    });

    it('delivers every VM change with the id, state and raw state the adapter lists after it', async () => {
      await emulator.eventGrid.subscribe(withCode(served.url));
      const handshake = served.requests[0]!;
      expect(handshake.headers['aeg-event-type']).toBe('SubscriptionValidation');
      expect(handshake.headers['aeg-subscription-name']).toBe(DEFAULT_EVENT_SUBSCRIPTION_NAME);

      const conditions: AzureVmCondition[] = ['deallocated', 'starting', 'running', 'stopping', 'stopped', 'deallocating', 'unknown', 'creating', 'deleting', 'running'];
      for (const condition of conditions) {
        const before = Date.now();
        await change(condition);
        const pushed = sink.recorded.at(-1)!;
        const listed = await adapterVm();
        expect({ condition, vmId: pushed.vmId, state: pushed.state, providerState: pushed.providerState }).toEqual({
          condition,
          vmId: listed.id,
          state: listed.state,
          providerState: listed.providerState,
        });
        expect(pushed.source).toBe('PUSH');
        expect(pushed.observedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
      }
      expect(sink.recorded).toHaveLength(conditions.length);
      const notification = served.requests.at(-1)!;
      expect(notification.headers).toMatchObject({ 'aeg-event-type': 'Notification', 'aeg-subscription-name': DEFAULT_EVENT_SUBSCRIPTION_NAME, 'aeg-delivery-count': '0' });
      expect(JSON.parse(notification.body)[0]).toMatchObject({ eventType: 'Microsoft.ResourceNotifications.Resources.CreatedOrUpdated', subject: vm.id });
    });

    it('acknowledges but records nothing for the states Resource Graph cannot spell as the listing does (left to the poll)', async () => {
      await emulator.eventGrid.subscribe(withCode(served.url));
      const delivered = emulator.eventGrid.stats.delivered;
      await change('failed');
      expect((await adapterVm()).state).toBe('ERROR');
      await change('hibernated');
      expect((await adapterVm()).state).toBe('SUSPENDED');
      expect(emulator.eventGrid.stats.delivered).toBe(delivered + 2);
      expect(sink.recorded).toEqual([]);
      await change('running');
      expect(sink.recorded.map((o) => o.providerState)).toEqual(['PowerState/running']);
    });

    it('answers 503 while the sink fails, and the emulator retries until it is recorded', async () => {
      await emulator.eventGrid.subscribe(withCode(served.url));
      const { retries, delivered } = emulator.eventGrid.stats;
      sink.failNext = 2;
      await change('stopped');
      expect(emulator.eventGrid.stats.retries - retries).toBe(2);
      expect(emulator.eventGrid.stats.delivered - delivered).toBe(1);
      const attempts = served.requests.filter((r) => r.headers['aeg-event-type'] === 'Notification');
      expect(attempts.map((r) => r.headers['aeg-delivery-count'])).toEqual(['0', '1', '2']);
      expect(sink.calls).toBe(3);
      expect(sink.recorded.map((o) => o.providerState)).toEqual(['PowerState/stopped']);
    });

    it('gives up after a bounded number of attempts and counts the drop', async () => {
      await emulator.eventGrid.subscribe(withCode(served.url));
      const { dropped, sent } = emulator.eventGrid.stats;
      sink.failNext = 1000;
      await change('stopping');
      expect(emulator.eventGrid.stats.sent - sent).toBe(1);
      expect(emulator.eventGrid.stats.dropped - dropped).toBe(1);
      expect(served.requests.filter((r) => r.headers['aeg-event-type'] === 'Notification')).toHaveLength(5);
      expect(sink.recorded).toEqual([]);
    });

    it('stops pushing once unsubscribed', async () => {
      await emulator.eventGrid.subscribe(withCode(served.url));
      emulator.eventGrid.unsubscribe();
      const { sent } = emulator.eventGrid.stats;
      await change('running');
      await change('stopped');
      expect(emulator.eventGrid.stats.sent).toBe(sent);
      expect(served.requests).toHaveLength(1);
    });
  });
});

describe('Event Grid receivers sharing Redis-backed validations', () => {
  const prefix = `fleetgraph-test:${randomUUID()}:`;
  let fleet: Fleet;
  let emulator: AzureEmulator;
  const clients: Redis[] = [];
  const servers: ServedReceiver[] = [];

  beforeAll(async () => {
    fleet = createFleet({ seed: 12, vmsPerScope: 1 });
    emulator = await startAzureEmulator({ fleet });
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    const cleaner = new Redis(SHARED_REDIS_URL);
    await deletePrefix(cleaner, prefix);
    cleaner.disconnect();
    for (const client of clients) client.disconnect();
    await emulator?.close();
  });

  async function replica(redis: Redis, sink: RecordingSink): Promise<ServedReceiver> {
    const served = await serveReceiver(createEventGridReceiver({ sink, config, validations: redisValidationStore(redis, prefix), logger: silent }));
    servers.push(served);
    return served;
  }

  function client(options?: RedisOptions): Redis {
    const redis = options ? new Redis(options) : new Redis(SHARED_REDIS_URL);
    redis.on('error', () => {});
    clients.push(redis);
    return redis;
  }

  it('accepts on one replica the notifications of a subscription validated through another', async () => {
    const sinkA = new RecordingSink();
    const sinkB = new RecordingSink();
    const a = await replica(client(), sinkA);
    const b = await replica(client(), sinkB);
    await emulator.eventGrid.subscribe(withCode(a.url));
    const vm = fleet.azure.resources(SUB, 'virtualMachines')[0]!;
    fleet.azure.setVmCondition(vm.id, 'stopped');
    await emulator.eventGrid.settled();
    emulator.eventGrid.unsubscribe();
    const notification = a.requests.find((r) => r.headers['aeg-event-type'] === 'Notification')!;

    // The same delivery landing on the other replica.
    expect((await post(withCode(b.url), notification.body, aeg('Notification', DEFAULT_EVENT_SUBSCRIPTION_NAME, 1))).status).toBe(200);
    expect(sinkB.recorded).toEqual(sinkA.recorded);
    expect(sinkB.recorded).toHaveLength(1);
    expect((await post(withCode(b.url), notification.body, aeg('Notification', 'SOMEONE-ELSE'))).status).toBe(403);
  });

  it('answers 503 (never accepts unverified) when Redis cannot be reached', async () => {
    const sink = new RecordingSink();
    const down = client({ host: '127.0.0.1', port: await freePort(), enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    const served = await replica(down, sink);
    const vm = fleet.azure.resources(SUB, 'virtualMachines')[0]!;
    expect((await post(withCode(served.url), deletedBody(vm), aeg('Notification', DEFAULT_EVENT_SUBSCRIPTION_NAME))).status).toBe(503);
    expect((await post(withCode(served.url), validationBody('C9'), aeg('SubscriptionValidation'))).status).toBe(503);
    expect(sink.calls).toBe(0);
  });
});
