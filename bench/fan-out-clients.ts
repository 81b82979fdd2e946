// Child process of the fan-out bench: the subscribers, each a graphql-ws client on its own
// WebSocket to the gateway with one vmStateChanged subscription. Each delivery's latency is
// its receive time minus the event's `at` (the publish time, stamped by the subgraphs process
// on the same machine, so one clock).
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { serveRequests } from './fan-out-ipc.js';

const SUBSCRIPTION = 'subscription FanOut { vmStateChanged { id vmId newState at } }';

interface Delivered {
  id: string;
  vmId: string;
  newState: string;
  at: string;
}

interface Subscriber {
  client: Client;
  live: boolean;
}

export interface OpenRequest {
  url: string;
  count: number;
  batchSize: number;
  timeoutMs: number;
}

export interface OpenResult {
  opened: number;
  failed: number;
  firstFailure?: string;
  seconds: number;
}

export interface CollectRequest {
  /** Deliveries of events about this VM are the ones counted. */
  vmId: string;
  expected: number;
  timeoutMs: number;
  /** Stop waiting early when no delivery came for this long (the rest are lost, not late). */
  quietMs: number;
}

export interface CollectResult {
  latenciesMs: number[];
  /** Date.now() at the last delivery recorded; null if none came. */
  lastDeliveryAt: number | null;
  /** Subscriptions that ended with an error or completed, and sockets closed, while recording. */
  errors: number;
  completed: number;
  closeCodes: Record<string, number>;
}

const subscribers: Subscriber[] = [];
let ended = { errors: 0, completed: 0, closeCodes: {} as Record<string, number> };
let liveCount = 0;
let onLive: (() => void) | null = null;
let recording: { vmId: string; add: (latencyMs: number, receivedAt: number) => void } | null = null;
let recorded: Promise<CollectResult> | null = null;

function onEvent(subscriber: Subscriber, event: Delivered, receivedAt: number): void {
  if (!subscriber.live) {
    subscriber.live = true;
    liveCount++;
    onLive?.();
  }
  if (recording?.vmId !== event.vmId) return;
  recording.add(receivedAt - Date.parse(event.at), receivedAt);
}

/** One client, resolved once the gateway acknowledged the connection (its subscription is then sent). */
function openSubscriber(url: string, timeoutMs: number): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no connection_ack within ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      void client.dispose();
      reject(error);
    };
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      on: {
        connected: () => {
          clearTimeout(timer);
          resolve(subscriber);
        },
        closed: (event) => {
          const code = String((event as { code?: number }).code);
          ended.closeCodes[code] = (ended.closeCodes[code] ?? 0) + 1;
          fail(new Error(`closed with ${code} before connection_ack`));
        },
      },
    });
    const subscriber: Subscriber = { client, live: false };
    client.subscribe<{ vmStateChanged: Delivered }>(
      { query: SUBSCRIPTION },
      {
        next: (result) => {
          const receivedAt = Date.now();
          if (result.data) onEvent(subscriber, result.data.vmStateChanged, receivedAt);
          else ended.errors++;
        },
        error: () => ended.errors++,
        complete: () => ended.completed++,
      },
    );
  });
}

async function open({ url, count, batchSize, timeoutMs }: OpenRequest): Promise<OpenResult> {
  const started = performance.now();
  let failed = 0;
  let firstFailure: string | undefined;
  for (let start = 0; start < count; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, count - start) }, () => openSubscriber(url, timeoutMs));
    for (const outcome of await Promise.allSettled(batch)) {
      if (outcome.status === 'fulfilled') subscribers.push(outcome.value);
      else {
        failed++;
        firstFailure ??= String(outcome.reason);
      }
    }
  }
  return { opened: subscribers.length, failed, ...(firstFailure ? { firstFailure } : {}), seconds: (performance.now() - started) / 1000 };
}

/** Resolves with how many subscribers have received an event, once all have or after timeoutMs. */
function awaitLive({ timeoutMs }: { timeoutMs: number }): Promise<number> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      onLive = null;
      resolve(liveCount);
    };
    const timer = setTimeout(finish, timeoutMs);
    onLive = () => {
      if (liveCount >= subscribers.length) finish();
    };
    onLive();
  });
}

/** Starts recording deliveries about request.vmId; `collected` answers once `expected` arrived, or none came for quietMs, or after timeoutMs. */
function record({ vmId, expected, timeoutMs, quietMs }: CollectRequest): true {
  const latencies: number[] = [];
  ended = { errors: 0, completed: 0, closeCodes: {} };
  let lastDeliveryAt: number | null = null;
  recorded = new Promise<CollectResult>((resolve) => {
    let quiet: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(deadline);
      clearTimeout(quiet);
      recording = null;
      resolve({ latenciesMs: latencies, lastDeliveryAt, ...ended });
    };
    const deadline = setTimeout(done, timeoutMs);
    recording = {
      vmId,
      add: (latencyMs, receivedAt) => {
        latencies.push(latencyMs);
        lastDeliveryAt = receivedAt;
        if (quiet) quiet.refresh();
        else quiet = setTimeout(done, quietMs);
        if (latencies.length >= expected) done();
      },
    };
  });
  return true;
}

async function closeAll(): Promise<number> {
  const closing = subscribers.splice(0);
  await Promise.all(closing.map((s) => s.client.dispose()));
  for (const s of closing) if (s.live) liveCount--;
  return closing.length;
}

serveRequests({ open, awaitLive, record, collected: () => recorded, closeAll }, {});
