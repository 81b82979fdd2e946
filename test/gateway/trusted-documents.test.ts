// Trusted documents: with a manifest configured, the gateway runs the operations it lists (sent by
// id) and refuses any other document, before anything is asked of a cloud.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadTrustedDocuments } from '../../src/gateway/trusted-documents.js';
import { gatewayUrl, startTestApp } from '../support/app.js';

const LISTED_ID = 'sha256:7f4c5d8a0e1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5';
const LISTED = 'query FirstVms { vms(first: 2) { nodes { id } } }';

async function post(app: RunningApp, body: Record<string, unknown>) {
  const response = await fetch(gatewayUrl(app), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: { vms?: { nodes: { id: string }[] } } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

describe('trusted documents', () => {
  let dir: string;
  let app: RunningApp;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fleetgraph-trusted-'));
    const manifest = join(dir, 'persisted-documents.json');
    await writeFile(manifest, JSON.stringify({ [LISTED_ID]: LISTED }));
    app = await startTestApp({ server: { trustedDocuments: { manifest } } });
  });
  afterAll(async () => {
    await app?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs an operation of the manifest sent by its id', async () => {
    const answer = await post(app, { documentId: LISTED_ID });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.vms!.nodes).toHaveLength(2);
  });

  it('refuses a document that is not in the manifest, even one the manifest also holds', async () => {
    app.sandbox!.aws!.requests.reset();
    for (const query of ['{ vms(first: 1) { nodes { id name } } }', LISTED]) {
      const answer = await post(app, { query });
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors![0]!.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
    }
    expect(app.sandbox!.aws!.requests.count()).toBe(0);
  });

  it('refuses an id the manifest does not list', async () => {
    const answer = await post(app, { documentId: 'sha256:0000' });
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });

  it('stops start-up on a manifest that is not an object of id → document', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify(['{ vms { nodes { id } } }']));
    await expect(loadTrustedDocuments(bad)).rejects.toThrow(/server\.trustedDocuments\.manifest: .*bad\.json must be a JSON object/);
    await expect(loadTrustedDocuments(join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
  });
});
