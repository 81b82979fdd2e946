// Which browser pages may use the API: no CORS headers for other origins unless listed, no
// credentials unless asked for, CSRF prevention for requests a browser sends without a preflight,
// and WebSocket upgrades refused from origins that are neither the gateway's own nor listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp } from '../support/app.js';

const LISTED = 'https://app.example.com';
const OTHER = 'https://evil.example.net';

function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
}

function post(url: string, origin: string, contentType = 'application/json'): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { origin, 'content-type': contentType }, body: JSON.stringify({ query: '{ __typename }' }) });
}

/** Whether a WebSocket upgrade with this Origin is accepted (graphql-ws subprotocol). */
function upgrade(url: string, origin: string | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', origin ? { origin } : {});
    socket.once('open', () => {
      socket.close();
      resolve(true);
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode === 101));
    socket.once('error', () => resolve(false));
  });
}

describe('origins, by default', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 1 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('gives another origin no CORS headers, so its pages cannot read the API', async () => {
    const pre = await preflight(gatewayUrl(app), OTHER);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(gatewayUrl(app), OTHER);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses requests a browser sends without a preflight unless they carry a CSRF header', async () => {
    const get = await fetch(`${gatewayUrl(app)}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(403);
    const form = await post(gatewayUrl(app), OTHER, 'text/plain');
    expect(form.status).toBe(403);
    const scripted = await fetch(`${gatewayUrl(app)}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'x-graphql-csrf': '1' } });
    expect(scripted.status).toBe(200);
    expect(await scripted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("accepts WebSockets from non-browser clients and the gateway's own origin, not from other pages", async () => {
    const own = new URL(gatewayUrl(app)).origin;
    expect(await upgrade(gatewayUrl(app), undefined)).toBe(true);
    expect(await upgrade(gatewayUrl(app), own)).toBe(true);
    expect(await upgrade(gatewayUrl(app), OTHER)).toBe(false);
  });
});

describe('origins, with an allow-list', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 1, cors: { origins: [LISTED] } });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers a listed origin, without credentials unless configured; others still get nothing', async () => {
    const pre = await preflight(gatewayUrl(app), LISTED);
    expect(pre.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const res = await post(gatewayUrl(app), LISTED);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect((await preflight(gatewayUrl(app), OTHER)).headers.get('access-control-allow-origin')).toBeNull();
    expect(await upgrade(gatewayUrl(app), LISTED)).toBe(true);
    expect(await upgrade(gatewayUrl(app), OTHER)).toBe(false);
  });
});
