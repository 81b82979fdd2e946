// The SNS receiver end to end: the AWS emulator's SNS signs and POSTs real messages over HTTP to
// the receiver in a real server; the receiver fetches the signing certificate and confirms
// subscriptions over HTTPS from the emulator. Forged variants are real deliveries, edited.
import http from 'node:http';
import { Readable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ObservationSink, VmObservation } from '../../../../src/events/observation.js';
import type { PushReceiver } from '../../../../src/events/push/receiver.js';
import { createSnsReceiver, SNS_RECEIVER_PATH, type SnsReceiverConfig } from '../../../../src/events/push/aws/sns.js';
import { startAwsEmulator, type AwsEmulator } from '../../../../emulators/aws/index.js';
import { createFleet, type Fleet } from '../../../../emulators/fleet.js';
import { closeServer, listen } from '../../../../emulators/kit/server.js';
import { globalId } from '../../../../src/providers/ids.js';

const ACCOUNT = '111111111111';
const REGION = 'us-east-1';

class RecordingSink implements ObservationSink {
  readonly observations: VmObservation[] = [];
  /** Calls to fail before recording again (the bus is down). */
  failures = 0;

  async record(observations: readonly VmObservation[]): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('bus down');
    }
    this.observations.push(...observations);
  }
}

/** One request the receiver answered, as it arrived. */
interface Exchange {
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
  response: string;
}

interface ReceiverServer {
  url: string;
  sink: RecordingSink;
  exchanges: Exchange[];
  close(): Promise<void>;
}

// The receiver behind a real HTTP server that also keeps each request and its answer, so a test
// can replay a genuine delivery with one thing changed.
async function startReceiver(config: SnsReceiverConfig, now?: () => Date): Promise<ReceiverServer> {
  const sink = new RecordingSink();
  const receiver = createSnsReceiver({ sink, config, now, fetchTimeoutMs: 2000, logger: pino({ level: 'silent' }) });
  const exchanges: Exchange[] = [];
  const server = http.createServer((req, res) => void serve(receiver, exchanges, req, res));
  const url = `http://${await listen(server, '127.0.0.1', 0)}${SNS_RECEIVER_PATH}`;
  return { url, sink, exchanges, close: () => closeServer(server) };
}

async function serve(receiver: PushReceiver, exchanges: Exchange[], req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString('utf8');
  const replay = Object.assign(Readable.from([Buffer.from(body)]), { method: req.method, headers: req.headers, url: req.url });
  let response = '';
  const end = res.end.bind(res);
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string') response = chunk;
    return end(chunk as never, ...(rest as []));
  }) as typeof res.end;
  await receiver.handle(replay as unknown as http.IncomingMessage, res);
  exchanges.push({ headers: req.headers, body, status: res.statusCode, response });
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'text/plain; charset=UTF-8', ...headers } });
  return { status: response.status, text: await response.text() };
}

/** A delivery replayed with its own headers, optionally with an edited body. */
function replay(target: ReceiverServer, exchange: Exchange, edit: (message: Record<string, string>) => void = () => undefined) {
  const message = JSON.parse(exchange.body) as Record<string, string>;
  edit(message);
  return post(target.url, JSON.stringify(message), { 'x-amz-sns-message-type': String(exchange.headers['x-amz-sns-message-type']) });
}

/** The latest delivery of this type that came from SNS (not a test's own replay). */
function lastOfType(server: ReceiverServer, type: string): Exchange {
  const fromSns = server.exchanges.filter((e) => e.headers['user-agent'] === 'Amazon Simple Notification Service Agent');
  const found = fromSns.filter((e) => e.headers['x-amz-sns-message-type'] === type).at(-1);
  if (!found) throw new Error(`no ${type} was delivered`);
  return found;
}

describe.each(['1', '2'] as const)('SNS receiver with SignatureVersion %s', (signatureVersion) => {
  let now = new Date('2026-03-01T10:00:00.250Z');
  let fleet: Fleet;
  let emu: AwsEmulator;
  let gateway: ReceiverServer;
  let topicArn: string;

  const configOf = (overrides: Partial<SnsReceiverConfig> = {}): SnsReceiverConfig => ({
    topicArns: emu.sns.topicArns,
    trustedHostPattern: emu.sns.trustedHostPattern,
    caCertificate: emu.sns.caCertificate,
    ...overrides,
  });

  /** Flips one instance of ACCOUNT/REGION between running and stopping; waits for the push. */
  async function changeState(): Promise<{ instanceId: string; state: string }> {
    const instance = fleet.aws.scope(ACCOUNT, REGION)!.instances.find((i) => i.state === 'running' || i.state === 'stopping')!;
    const state = instance.state === 'running' ? 'stopping' : 'running';
    now = new Date(now.getTime() + 1500);
    fleet.aws.setInstanceState(instance.instanceId, state);
    await emu.sns.settled();
    return { instanceId: instance.instanceId, state };
  }

  beforeAll(async () => {
    fleet = createFleet({ vmsPerScope: 4, clock: () => now });
    emu = await startAwsEmulator({
      fleet,
      sns: { signatureVersion, retry: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 40, timeoutMs: 3000 } },
    });
    topicArn = emu.sns.topicArnOf(ACCOUNT, REGION);
    gateway = await startReceiver(configOf());
    await emu.sns.subscribe(gateway.url);
  });

  afterAll(async () => {
    await emu?.close();
    await gateway?.close();
  });

  beforeEach(() => {
    gateway.sink.failures = 0;
    gateway.sink.observations.length = 0;
  });

  it('confirms every topic by visiting its SubscribeURL', () => {
    const confirmations = gateway.exchanges.filter((e) => e.headers['x-amz-sns-message-type'] === 'SubscriptionConfirmation');
    expect(confirmations.map((e) => e.status)).toEqual([200, 200, 200, 200]);
    expect(confirmations.map((e) => JSON.parse(e.body).TopicArn).sort()).toEqual([...emu.sns.topicArns].sort());
    expect(emu.sns.deliveries.entries().filter((d) => d.type === 'SubscriptionConfirmation' && d.delivered)).toHaveLength(4);
  });

  it('does not confirm a topic it is not configured for, so the subscription fails', async () => {
    const partial = await startReceiver(configOf({ topicArns: [topicArn] }));
    try {
      await expect(emu.sns.subscribe(partial.url)).rejects.toThrow(/SubscriptionConfirmation to .* failed after 1 attempts: HTTP 403/);
      await emu.sns.settled();
      const statuses = partial.exchanges.map((e) => [JSON.parse(e.body).TopicArn, e.status]);
      expect(statuses).toContainEqual([topicArn, 200]);
      expect(statuses.filter(([, status]) => status === 403)).toHaveLength(3);
    } finally {
      await partial.close();
    }
  });

  it('records a valid notification with the global id, states and event time', async () => {
    const { instanceId, state } = await changeState();
    expect(gateway.sink.observations).toEqual([
      {
        vmId: globalId({ provider: 'aws', account: ACCOUNT, region: REGION }, 'vm', instanceId),
        state: state === 'running' ? 'RUNNING' : 'STOPPING',
        providerState: state,
        // EventBridge times have whole seconds: the change is dated at the end of that second
        // (this receiver runs on the real clock, long after the fleet's fake one).
        observedAt: new Date(Math.floor(now.getTime() / 1000) * 1000 + 999),
        source: 'PUSH',
      },
    ]);
    const delivered = lastOfType(gateway, 'Notification');
    expect(delivered.status).toBe(200);
    expect(JSON.parse(delivered.body)).toMatchObject({ SignatureVersion: signatureVersion, TopicArn: topicArn });
  });

  it('refuses a tampered message with 403 and records nothing', async () => {
    await changeState();
    const genuine = lastOfType(gateway, 'Notification');
    gateway.sink.observations.length = 0;
    const tampered = await replay(gateway, genuine, (m) => {
      m.Message = m.Message!.replace(/"state":"[a-z-]+"/, '"state":"terminated"');
    });
    expect(tampered.status).toBe(403);
    expect(JSON.parse(tampered.text)).toEqual({ error: 'signature does not verify' });
    expect(gateway.sink.observations).toEqual([]);
    // The same delivery unchanged is accepted: the 403 is the edit's doing.
    expect((await replay(gateway, genuine)).status).toBe(200);
    expect(gateway.sink.observations).toHaveLength(1);
  });

  it('refuses a signing certificate on an untrusted host without fetching it', async () => {
    await changeState();
    const genuine = lastOfType(gateway, 'Notification');
    gateway.sink.observations.length = 0;
    // localhost is the same emulator host (its TLS certificate names it too); only trust differs.
    const onLocalhost = (m: Record<string, string>) => {
      m.SigningCertURL = m.SigningCertURL!.replace('//127.0.0.1:', '//localhost:');
    };
    const refused = await replay(gateway, genuine, onLocalhost);
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toEqual({ error: 'SigningCertURL is not on a trusted host' });
    expect((await replay(gateway, genuine, (m) => (m.SigningCertURL = m.SigningCertURL!.replace('https:', 'http:')))).status).toBe(403);
    expect(gateway.sink.observations).toEqual([]);

    const trustingLocalhost = await startReceiver(configOf({ trustedHostPattern: '127\\.0\\.0\\.1|localhost' }));
    try {
      expect((await replay(trustingLocalhost, genuine, onLocalhost)).status).toBe(200);
      expect(trustingLocalhost.sink.observations).toHaveLength(1);
    } finally {
      await trustingLocalhost.close();
    }
  });

  it('refuses a message from a topic it is not configured for', async () => {
    await changeState();
    const genuine = lastOfType(gateway, 'Notification');
    const otherTopicsOnly = await startReceiver(configOf({ topicArns: emu.sns.topicArns.filter((t) => t !== topicArn) }));
    try {
      const refused = await replay(otherTopicsOnly, genuine);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toEqual({ error: 'topic is not accepted' });
      expect(otherTopicsOnly.sink.observations).toEqual([]);
    } finally {
      await otherTopicsOnly.close();
    }
  });

  it('refuses a message once its signing certificate has expired', async () => {
    await changeState();
    const genuine = lastOfType(gateway, 'Notification');
    // The emulator's certificates are valid for a day.
    const twoDaysLater = await startReceiver(configOf(), () => new Date(Date.now() + 48 * 3_600_000));
    try {
      const refused = await replay(twoDaysLater, genuine);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toEqual({ error: 'signing certificate is not currently valid' });
      expect(twoDaysLater.sink.observations).toEqual([]);
    } finally {
      await twoDaysLater.close();
    }
  });

  it('answers 503 while the sink fails, and SNS delivers on its retry', async () => {
    gateway.sink.failures = 1;
    const { instanceId } = await changeState();
    const delivery = emu.sns.deliveries.entries().at(-1)!;
    expect(delivery).toMatchObject({ type: 'Notification', delivered: true, attempts: 2, result: 'HTTP 200' });
    const attempts = gateway.exchanges.filter((e) => e.headers['x-amz-sns-message-id'] === delivery.messageId);
    expect(attempts.map((e) => e.status)).toEqual([503, 200]);
    expect(JSON.parse(attempts[0]!.response)).toEqual({ error: 'could not record the events, retry later' });
    expect(gateway.sink.observations.map((o) => o.vmId)).toEqual([globalId({ provider: 'aws', account: ACCOUNT, region: REGION }, 'vm', instanceId)]);
  });

  it('drops a delivery after the retries SNS allows, and counts it', async () => {
    gateway.sink.failures = 10;
    const before = { ...emu.sns.stats };
    await changeState();
    expect(emu.sns.deliveries.entries().at(-1)).toMatchObject({ delivered: false, attempts: 3, result: 'HTTP 503' });
    expect(emu.sns.stats).toMatchObject({ sent: before.sent + 1, dropped: before.dropped + 1, retries: before.retries + 2 });
    expect(gateway.sink.observations).toEqual([]);
  });

  it('answers 400 when the message-type header disagrees with the body', async () => {
    await changeState();
    const genuine = lastOfType(gateway, 'Notification');
    const mismatch = await post(gateway.url, genuine.body, { 'x-amz-sns-message-type': 'SubscriptionConfirmation' });
    expect(mismatch.status).toBe(400);
    expect(JSON.parse(mismatch.text).error).toMatch(/x-amz-sns-message-type header does not match/);
    expect((await post(gateway.url, genuine.body, {})).status).toBe(400);
  });

  it('answers 400 for a body that is not an SNS message, without echoing it', async () => {
    const headers = { 'x-amz-sns-message-type': 'Notification' };
    const broken = await post(gateway.url, '{"Type":"Notification", SECRET', headers);
    expect(broken.status).toBe(400);
    expect(broken.text).not.toContain('SECRET');
    const genuine = JSON.parse(lastOfType(gateway, 'Notification').body) as Record<string, string>;
    const { Signature: _, ...unsigned } = genuine;
    const missing = await post(gateway.url, JSON.stringify(unsigned), headers);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.text).error).toMatch(/Signature/);
    expect(missing.text).not.toContain(genuine.MessageId!);
    expect((await fetch(gateway.url)).status).toBe(405);
  });

  it('acknowledges other events on the topic and records nothing', async () => {
    const launch = { version: '0', id: 'x', 'detail-type': 'EC2 Instance Launch Successful', source: 'aws.autoscaling', account: ACCOUNT, region: REGION, detail: {} };
    emu.sns.publish(topicArn, JSON.stringify(launch));
    await emu.sns.settled();
    expect(lastOfType(gateway, 'Notification').status).toBe(200);
    expect(emu.sns.deliveries.entries().at(-1)).toMatchObject({ delivered: true, attempts: 1 });
    expect(gateway.sink.observations).toEqual([]);
  });

  it('refuses a signed EC2 state change that is malformed with 400, not echoing its values', async () => {
    const broken = { 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2', account: 'SECRET-ACCOUNT', region: REGION, time: '2026-03-01T10:00:00Z', detail: { 'instance-id': 'i-1' } };
    emu.sns.publish(topicArn, JSON.stringify(broken));
    await emu.sns.settled();
    const answered = lastOfType(gateway, 'Notification');
    expect(answered.status).toBe(400);
    expect(JSON.parse(answered.response).error).toMatch(/account: .*; detail\.state/);
    expect(answered.response).not.toContain('SECRET');
    expect(emu.sns.deliveries.entries().at(-1)).toMatchObject({ delivered: false, attempts: 1, result: 'HTTP 400' });
  });

  it('acknowledges the UnsubscribeConfirmation, and no pushes follow', async () => {
    const delivered = emu.sns.stats.delivered;
    emu.sns.unsubscribe();
    await emu.sns.settled();
    const confirmations = gateway.exchanges.filter((e) => e.headers['x-amz-sns-message-type'] === 'UnsubscribeConfirmation');
    expect(confirmations.map((e) => e.status)).toEqual([200, 200, 200, 200]);
    expect(emu.sns.stats.delivered).toBe(delivered + 4);
    const before = gateway.exchanges.length;
    await changeState();
    expect(gateway.exchanges).toHaveLength(before);
    expect(gateway.sink.observations).toEqual([]);
  });
});
