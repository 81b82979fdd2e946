// Back-pressure: a client that stops reading cannot make the gateway queue events for it without
// bound. Past events.maxQueuedPerSubscriber unsent messages the gateway closes it with code 4513;
// the client then resumes with `since` = the last id it received and loses nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningApp } from '../../src/app.js';
import { SLOW_SUBSCRIBER_CLOSE_CODE } from '../../src/graphql-ws/server.js';
import { startTestApp, gatewayUrl } from '../support/app.js';
import { subscribe, wsUrl } from '../support/subscriptions.js';
import { VmStateChangedIdsDocument } from '../generated/operations.js';
import { sampleEvent } from '../events/helpers.js';

const EVENTS = 2000;
// ~7 KB per message, so the burst outgrows what the OS buffers for a socket (several MB on loopback).
const WIDE_SELECTION = Array.from({ length: 100 }, (_, i) => `v${i}: vmId`).join(' ');
let app: RunningApp;

beforeAll(async () => {
  // The wide selection is 100 aliases, past the default operation limit of 30.
  app = await startTestApp({ vmsPerScope: 1, maxQueuedPerSubscriber: 50, server: { limits: { maxAliases: 200 } } });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

/** Publishes `count` events straight to the bus (what pollers and receivers do). */
async function publishBurst(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await app.events!.bus.publish(sampleEvent(i))).id);
  return ids;
}

interface RawClient {
  ids: string[];
  closed: Promise<{ code: number; reason: string }>;
  pause(): void;
  resume(): void;
}

/** A graphql-transport-ws client on a raw socket, so the test can stop reading like a stuck client. */
async function rawSubscriber(query: string): Promise<RawClient> {
  const socket = new WebSocket(wsUrl(gatewayUrl(app)), 'graphql-transport-ws');
  const ids: string[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.once('error', reject);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { vmStateChanged: { id: string } } } };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        resolve();
      }
      if (message.type === 'next' && message.payload?.data) ids.push(message.payload.data.vmStateChanged.id);
    });
  });
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  return { ids, closed, pause: () => tcp.pause(), resume: () => tcp.resume() };
}

describe('a subscriber that stops reading', () => {
  it('is closed with 4513 past the queue bound, and resumes with since without losing an event', async () => {
    // since "0-0" (all retained, then live): the burst cannot fall before the subscription is live.
    const client = await rawSubscriber(`subscription { vmStateChanged(since: "0-0") { id ${WIDE_SELECTION} } }`);
    const published = await stallThroughBurst(client);
    expect(client.ids.length).toBeLessThan(EVENTS);
    expect(client.ids).toEqual(published.slice(0, client.ids.length));

    const lastId = client.ids.at(-1) ?? '0-0';
    const rest = published.slice(client.ids.length);
    const resumed = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: lastId });
    try {
      const replayed = await resumed.take(rest.length, 60_000);
      expect(replayed.map((r) => r.data!.vmStateChanged.id)).toEqual(rest);
    } finally {
      await resumed.dispose();
    }
  }, 120_000);

  it('is closed the same way when its subscription is shared (results written pre-framed, past graphql-ws)', async () => {
    // No `since`: a live subscription runs as a shared execution (alone here) whose results are
    // written to the socket directly; the bound applies to them as to graphql-ws's own messages.
    const stuck = await rawSubscriber(`subscription { vmStateChanged { id ${WIDE_SELECTION} } }`);
    // It sees what is published once it is live: warm up until it has seen an event.
    while (stuck.ids.length === 0) {
      await publishBurst(1);
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 500));
    const before = stuck.ids.length;
    const published = await stallThroughBurst(stuck);
    const got = stuck.ids.slice(before);
    expect(got.length).toBeLessThan(EVENTS);
    expect(got).toEqual(published.slice(0, got.length));
  }, 120_000);
});

/**
 * Stops reading while a burst is published, until the gateway gives up on the client (however
 * long it takes to work through the burst), then reads again: the client must then see a 4513
 * close that says to resume with `since`. The burst's ids, in order.
 */
async function stallThroughBurst(client: RawClient): Promise<string[]> {
  client.pause();
  const closedBefore = await slowClosed();
  const published = await publishBurst(EVENTS);
  await until(async () => (await slowClosed()) > closedBefore);
  client.resume();
  const { code, reason } = await client.closed;
  expect(code).toBe(SLOW_SUBSCRIBER_CLOSE_CODE);
  expect(reason).toMatch(/since/);
  return published;
}

/** The gateway's count of subscribers it closed for being too slow, from its /metrics. */
async function slowClosed(): Promise<number> {
  const text = await (await fetch(new URL('/metrics', gatewayUrl(app)))).text();
  const line = text.split('\n').find((l) => l.startsWith('fleetgraph_slow_subscribers_closed_total '));
  return Number(line?.split(' ')[1] ?? 0);
}

async function until(condition: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
