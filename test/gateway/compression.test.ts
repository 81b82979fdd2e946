// Compression: answers are compressed for clients that accept it (large VM listings and the
// GraphiQL page shrink several times over), and left plain for those that do not.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { gatewayUrl, startTestApp } from '../support/app.js';

const QUERY = JSON.stringify({ query: '{ vms(first: 200) { nodes { id name state instanceType region zone tags { key value } } } }' });

/** The raw answer, as the wire carries it (no automatic decompression). */
function raw(url: string, acceptEncoding: string | null): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(QUERY);
  });
}

describe('compression', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 40 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('gzips an answer for a client that accepts gzip, and the content is the same', async () => {
    const plain = await raw(gatewayUrl(app), null);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await raw(gatewayUrl(app), 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length * 3).toBeLessThan(plain.body.length);
    expect(JSON.parse(gunzipSync(zipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });
});
