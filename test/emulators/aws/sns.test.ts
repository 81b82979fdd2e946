// The AWS emulator's SNS on its own, seen from a bare HTTP endpoint (no FleetGraph receiver):
// topics, the messages and headers it POSTs, the EventBridge event inside, confirmation and
// unsubscription through its HTTPS host, and its delivery policy.
import { X509Certificate } from 'node:crypto';
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpsGet } from '../../../src/events/push/aws/https-get.js';
import { verifySnsSignature } from '../../../src/events/push/aws/sns-signature.js';
import { parseSnsMessage, type SnsMessage } from '../../../src/events/push/aws/sns-message.js';
import { startAwsEmulator, type AwsEmulator } from '../../../emulators/aws/index.js';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { closeServer, listen } from '../../../emulators/kit/server.js';
import { ACCOUNT_A, ACCOUNT_B } from './helpers.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  message: SnsMessage;
}

/** How the bare endpoint answers: confirm or not, and with which status. */
interface Behaviour {
  confirm: boolean;
  status: number;
}

interface Endpoint {
  url: string;
  received: Received[];
  behaviour: Behaviour;
  close(): Promise<void>;
}

async function startEndpoint(emu: AwsEmulator, behaviour: Behaviour = { confirm: true, status: 200 }): Promise<Endpoint> {
  const received: Received[] = [];
  const endpoint = { behaviour } as Endpoint;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const message = parseSnsMessage(Buffer.concat(chunks).toString('utf8'));
    received.push({ headers: req.headers, message });
    if (message.Type === 'SubscriptionConfirmation' && endpoint.behaviour.confirm) {
      await httpsGet(new URL(message.SubscribeURL), { caCertificate: emu.sns.caCertificate, timeoutMs: 2000, maxBytes: 65536 });
    }
    res.writeHead(endpoint.behaviour.status).end();
  });
  return Object.assign(endpoint, {
    url: `http://${await listen(server, '127.0.0.1', 0)}/sns`,
    received,
    close: () => closeServer(server),
  });
}

const get = (emu: AwsEmulator, url: string) => httpsGet(new URL(url), { caCertificate: emu.sns.caCertificate, timeoutMs: 2000, maxBytes: 65536 });

describe('AWS emulator SNS', () => {
  const now = new Date('2026-03-01T10:00:00.789Z');
  let fleet: Fleet;
  let emu: AwsEmulator;
  const endpoints: Endpoint[] = [];

  beforeAll(async () => {
    fleet = createFleet({ vmsPerScope: 3, clock: () => now });
    emu = await startAwsEmulator({ fleet, sns: { retry: { maxAttempts: 3, initialDelayMs: 10, maxDelayMs: 20 }, confirmTimeoutMs: 300 } });
  });

  afterEach(async () => {
    emu.sns.unsubscribe();
    await emu.sns.settled();
    await Promise.all(endpoints.splice(0).map((e) => e.close()));
    emu.sns.deliveries.reset();
  });

  afterAll(async () => {
    await emu?.close();
  });

  async function subscribed(behaviour?: Behaviour): Promise<Endpoint> {
    const endpoint = await startEndpoint(emu, behaviour);
    endpoints.push(endpoint);
    await emu.sns.subscribe(endpoint.url);
    return endpoint;
  }

  it('has one topic per account and region, and trusts its own host', () => {
    expect(emu.sns.topicArns.sort()).toEqual(
      [ACCOUNT_A, ACCOUNT_B].flatMap((a) => ['eu-west-1', 'us-east-1'].map((r) => `arn:aws:sns:${r}:${a}:fleetgraph-ec2-state-change`)).sort(),
    );
    expect(new RegExp(emu.sns.trustedHostPattern).test(new URL(emu.sns.url).hostname)).toBe(true);
    expect(new RegExp(emu.sns.trustedHostPattern).test('sns.us-east-1.amazonaws.com')).toBe(false);
  });

  it('sends a signed SubscriptionConfirmation per topic, with SNS headers, and confirms through SubscribeURL', async () => {
    const endpoint = await subscribed();
    expect(endpoint.received.map((r) => r.message.TopicArn).sort()).toEqual([...emu.sns.topicArns].sort());
    const { headers, message } = endpoint.received[0]!;
    expect(message.Type).toBe('SubscriptionConfirmation');
    expect(headers).toMatchObject({
      'content-type': 'text/plain; charset=UTF-8',
      'x-amz-sns-message-type': 'SubscriptionConfirmation',
      'x-amz-sns-message-id': message.MessageId,
      'x-amz-sns-topic-arn': message.TopicArn,
    });
    expect(headers['x-amz-sns-subscription-arn']).toBeUndefined();
    const certificate = await get(emu, message.SigningCertURL);
    expect(certificate.status).toBe(200);
    expect(new URL(message.SigningCertURL).pathname).toMatch(/^\/SimpleNotificationService-[0-9a-f]{32}\.pem$/);
    expect(verifySnsSignature(message, new X509Certificate(certificate.body))).toBe(true);
  });

  it('pushes every state change once to the subscriber of its topic, as the EventBridge event', async () => {
    const endpoint = await subscribed();
    await emu.sns.subscribe(endpoint.url);
    expect(endpoint.received).toHaveLength(4);
    const instance = fleet.aws.scope(ACCOUNT_B, 'eu-west-1')!.instances.find((i) => i.state !== 'terminated')!;
    fleet.aws.setInstanceState(instance.instanceId, 'shutting-down');
    await emu.sns.settled();
    const notifications = endpoint.received.filter((r) => r.message.Type === 'Notification');
    expect(notifications).toHaveLength(1);
    const { headers, message } = notifications[0]!;
    expect(message.TopicArn).toBe(emu.sns.topicArnOf(ACCOUNT_B, 'eu-west-1'));
    expect(headers['x-amz-sns-subscription-arn']).toMatch(new RegExp(`^${message.TopicArn}:[0-9a-f-]{36}$`));
    expect(message).toMatchObject({ SignatureVersion: '1', UnsubscribeURL: expect.stringContaining('Action=Unsubscribe') });
    const event = JSON.parse(message.Message);
    expect(Object.keys(event)).toEqual(['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    expect(event).toEqual({
      version: '0',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      'detail-type': 'EC2 Instance State-change Notification',
      source: 'aws.ec2',
      account: ACCOUNT_B,
      time: '2026-03-01T10:00:00Z',
      region: 'eu-west-1',
      resources: [`arn:aws:ec2:eu-west-1:${ACCOUNT_B}:instance/${instance.instanceId}`],
      detail: { 'instance-id': instance.instanceId, state: 'shutting-down' },
    });
  });

  it('refuses a ConfirmSubscription with a wrong token', async () => {
    const topic = encodeURIComponent(emu.sns.topicArns[0]!);
    const response = await get(emu, `${emu.sns.url}/?Action=ConfirmSubscription&TopicArn=${topic}&Token=nope`);
    expect(response.status).toBe(400);
    expect(response.body).toContain('<Code>InvalidParameter</Code>');
  });

  it('rejects subscribe when the endpoint accepts but never confirms, and delivers nothing to it', async () => {
    const endpoint = await startEndpoint(emu, { confirm: false, status: 200 });
    endpoints.push(endpoint);
    await expect(emu.sns.subscribe(endpoint.url)).rejects.toThrow(/did not visit its SubscribeURL within 300 ms/);
    fleet.aws.setInstanceState(fleet.aws.scope(ACCOUNT_A, 'us-east-1')!.instances[0]!.instanceId, 'stopped');
    await emu.sns.settled();
    expect(endpoint.received.every((r) => r.message.Type === 'SubscriptionConfirmation')).toBe(true);
  });

  it('rejects subscribe when the endpoint cannot be reached, after retrying', async () => {
    const gone = await startEndpoint(emu);
    await gone.close();
    await expect(emu.sns.subscribe(gone.url)).rejects.toThrow(/SubscriptionConfirmation to .* failed after 3 attempts: TypeError: fetch failed/);
    expect(emu.sns.stats).toEqual({ sent: 4, dropped: 4, retries: 8, delivered: 0 });
  });

  it('retries a 5xx, drops after the policy\'s attempts, and does not retry a 404', async () => {
    const endpoint = await subscribed();
    const [first, second] = fleet.aws.scope(ACCOUNT_A, 'us-east-1')!.instances.filter((i) => i.state !== 'terminated');
    endpoint.behaviour.status = 500;
    fleet.aws.setInstanceState(first!.instanceId, 'stopping');
    await emu.sns.settled();
    endpoint.behaviour.status = 404;
    fleet.aws.setInstanceState(second!.instanceId, 'stopping');
    await emu.sns.settled();
    const notifications = emu.sns.deliveries.entries().filter((d) => d.type === 'Notification');
    expect(notifications.map((d) => [d.delivered, d.attempts, d.result])).toEqual([
      [false, 3, 'HTTP 500'],
      [false, 1, 'HTTP 404'],
    ]);
    expect(endpoint.received.filter((r) => r.message.Type === 'Notification')).toHaveLength(4);
  });

  it('stops pushing after the subscriber visits its UnsubscribeURL, and says so', async () => {
    const endpoint = await subscribed();
    const instance = fleet.aws.scope(ACCOUNT_A, 'eu-west-1')!.instances.find((i) => i.state !== 'terminated')!;
    fleet.aws.setInstanceState(instance.instanceId, 'stopping');
    await emu.sns.settled();
    const notification = endpoint.received.find((r) => r.message.Type === 'Notification')!.message;
    if (notification.Type !== 'Notification') throw new Error('unreachable');
    expect((await get(emu, notification.UnsubscribeURL!)).body).toContain('<UnsubscribeResponse');
    await emu.sns.settled();
    expect(endpoint.received.at(-1)!.message).toMatchObject({ Type: 'UnsubscribeConfirmation', TopicArn: notification.TopicArn });
    const count = endpoint.received.length;
    fleet.aws.setInstanceState(instance.instanceId, 'stopped');
    await emu.sns.settled();
    expect(endpoint.received).toHaveLength(count);
  });

  it('ends waiting retries on close', async () => {
    const own = await startAwsEmulator({ fleet, sns: { retry: { maxAttempts: 4, initialDelayMs: 60_000, maxDelayMs: 60_000 } } });
    const endpoint = await startEndpoint(own);
    endpoints.push(endpoint);
    await own.sns.subscribe(endpoint.url);
    endpoint.behaviour.status = 503;
    fleet.aws.setInstanceState(fleet.aws.scope(ACCOUNT_A, 'us-east-1')!.instances[1]!.instanceId, 'running');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(own.sns.deliveries.entries().at(-1)).toMatchObject({ delivered: false, attempts: 1, result: 'cancelled' });
  });
});
