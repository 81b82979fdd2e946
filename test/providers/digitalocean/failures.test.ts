// DigitalOcean failures through the adapter, against the emulator: a bad token, throttling (the
// API's 429 retried after the wait it names; a used-up window not hammered), an unreachable API,
// a token from the environment or missing there — each a ProviderError naming the team and the
// operation, never the token.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDigitalOceanEmulator } from '../../../emulators/digitalocean/index.js';
import { createFleet } from '../../../emulators/fleet.js';
import { digitalOceanProviderSchema } from '../../../src/config/digitalocean-schema.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { closedPortUrl, rejectionOf, startedForFile } from '../../support/harness.js';
import { adapterFor, teamScope } from './support.js';

const fleet = createFleet({ seed: 7, vmsPerScope: 3 });
const emulator = startedForFile(() => startDigitalOceanEmulator({ fleet }));
const team = () => fleet.digitalocean.teams[0]!;

beforeEach(() => {
  emulator().requests.reset();
  emulator().faults.clear();
});
afterEach(() => {
  emulator().setRateLimits({ perMinute: 250, perHour: 5000 });
  delete process.env.FLEETGRAPH_TEST_DO_TOKEN;
});


/** Two listings, then the third's failure, under the given limits. */
async function thirdListingWithin(limits: { perMinute: number; perHour: number }): Promise<ProviderError> {
  emulator().setRateLimits(limits);
  const adapter = adapterFor(fleet, emulator().url);
  const scope = teamScope(team().uuid);
  await adapter.list('volume', scope);
  await adapter.list('network', scope);
  return rejectionOf<ProviderError>(adapter.list('snapshot', scope));
}

describe('DigitalOcean failures', () => {
  it('a token the API refuses is AUTH, naming the team and operation, without the token', async () => {
    const wrong = 'dop_v1_' + 'ab'.repeat(32);
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, emulator().url, { credentials: { type: 'token', token: wrong } }).list('vm', teamScope(team().uuid)));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.category).toBe('AUTH');
    expect(error.operation).toBe('droplets.list');
    expect(error.message).toContain(team().uuid);
    expect(error.message).not.toContain(wrong);
    expect(JSON.stringify(error.cause ?? {})).not.toContain(wrong);
    // Not retried: a refused token stays refused.
    expect(emulator().requests.count({ action: 'droplets.list' })).toBe(1);
  });

  it('a throttled request is tried again after the wait the API names, and the listing completes', async () => {
    emulator().faults.add({ service: 'droplets', kind: 'throttle', times: 1, retryAfterSeconds: 0 });
    const vms = await adapterFor(fleet, emulator().url).list('vm', teamScope(team().uuid));
    expect(vms.length).toBe(3 * fleet.digitalocean.regions.length);
    expect(emulator().requests.count({ action: 'droplets.list', status: 429 })).toBe(1);
    expect(emulator().requests.count({ action: 'droplets.list', status: 200 })).toBe(1);
  });

  it('once the hourly quota is used up, it fails THROTTLED and sends nothing more until the window frees', async () => {
    const error = await thirdListingWithin({ perMinute: 250, perHour: 2 });
    expect(error.category).toBe('THROTTLED');
    expect(error.message).toContain('ratelimit-reset');
    // The second answer said nothing remains: the third request was never sent.
    expect(emulator().requests.count()).toBe(2);
  });

  it('past the burst limit, it is THROTTLED by the 429 and its Retry-After, not by the hourly headers', async () => {
    // Retry-After (up to a minute) is longer than a request may wait: the 429 is the answer.
    const error = await thirdListingWithin({ perMinute: 2, perHour: 5000 });
    expect(error.category).toBe('THROTTLED');
    expect(emulator().requests.count({ status: 429 })).toBe(1);
  });

  it('an API it cannot reach is UNAVAILABLE', async () => {
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, await closedPortUrl()).list('vm', teamScope(team().uuid)));
    expect(error.category).toBe('UNAVAILABLE');
    expect(error.operation).toBe('droplets.list');
  });

  it('reads the token from the environment, and fails AUTH unsent when the variable is empty', async () => {
    const credentials = { type: 'env' as const, variable: 'FLEETGRAPH_TEST_DO_TOKEN' };
    const missing = await rejectionOf<ProviderError>(adapterFor(fleet, emulator().url, { credentials }).list('vm', teamScope(team().uuid)));
    expect(missing.category).toBe('AUTH');
    expect(missing.message).toContain('FLEETGRAPH_TEST_DO_TOKEN');
    expect(emulator().requests.count()).toBe(0);
    process.env.FLEETGRAPH_TEST_DO_TOKEN = team().token;
    const vms = await adapterFor(fleet, emulator().url, { credentials }).list('vm', teamScope(team().uuid));
    expect(vms.length).toBe(3 * fleet.digitalocean.regions.length);
  });

  it('reads a token the API refused again on the next request: a rotated token is picked up without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fleetgraph-do-token-'));
    const path = join(dir, 'token');
    await writeFile(path, 'dop_v1_revoked');
    try {
      const adapter = adapterFor(fleet, emulator().url, { credentials: { type: 'file', path } });
      expect((await rejectionOf<ProviderError>(adapter.list('vm', teamScope(team().uuid)))).category).toBe('AUTH');
      await writeFile(path, team().token);
      expect(await adapter.list('vm', teamScope(team().uuid))).toHaveLength(3 * fleet.digitalocean.regions.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an endpoint that would send the token in the clear, but for one on this machine (the emulator)', () => {
    const account = { id: team().uuid, credentials: { type: 'token', token: 'dop_v1_x' } };
    expect(() => digitalOceanProviderSchema.parse({ accounts: [{ ...account, endpoint: 'http://api.example.com' }] })).toThrow(/https/);
    expect(() => digitalOceanProviderSchema.parse({ accounts: [{ ...account, endpoint: 'http://10.0.0.5:8080' }] })).toThrow(/https/);
    for (const endpoint of ['https://api.example.com', 'http://127.0.0.1:4010', 'http://localhost:4010']) {
      expect(digitalOceanProviderSchema.parse({ accounts: [{ ...account, endpoint }] }).accounts[0]!.endpoint).toBe(endpoint);
    }
  });

  it('refuses a scope that is not a configured team, before any call', async () => {
    const error = await rejectionOf<ProviderError>(adapterFor(fleet, emulator().url).list('vm', teamScope('00000000-0000-4000-8000-000000000000')));
    expect(error.category).toBe('INVALID_INPUT');
    expect(emulator().requests.count()).toBe(0);
  });
});
