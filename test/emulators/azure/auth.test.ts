// Who may call: sandbox bearer tokens map to their subscription; everything else is refused the
// way ARM refuses it. And the transport: HTTPS only, with the emulator's own certificate.
import { ComputeManagementClient } from '@azure/arm-compute';
import { afterEach, describe, expect, it } from 'vitest';
import { AZURE_SUBSCRIPTIONS } from '../../../emulators/fleet.js';
import { SUB_A, SUB_B, all, rawRequest, rejectionOf, tokenCredential, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 4 });
const vmsPath = (sub: string) => `/subscriptions/${sub}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01`;

afterEach(() => h.emu.requests.reset());

describe('authentication and authorisation', () => {
  it('maps each sandbox token to its subscription', () => {
    for (const s of AZURE_SUBSCRIPTIONS) expect(h.fleet.azure.subscriptionForToken(s.token)?.subscriptionId).toBe(s.subscriptionId);
    expect(h.fleet.azure.subscriptionForToken('nope')).toBeUndefined();
  });

  it('answers 401 AuthenticationFailed without a token, with a Bearer challenge', async () => {
    const res = await rawRequest(h.emu, vmsPath(SUB_A));
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ error: { code: 'AuthenticationFailed', message: "Authentication failed. The 'Authorization' header is missing." } });
    expect(res.headers['www-authenticate']).toMatch(/^Bearer authorization_uri="https:\/\/login\.microsoftonline\.com\//);
    const malformed = await rawRequest(h.emu, vmsPath(SUB_A), { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
    expect(h.emu.requests.entries()).toEqual([
      { service: 'compute', action: 'virtualMachines.listAll', account: null, region: null, status: 401 },
      { service: 'compute', action: 'virtualMachines.listAll', account: null, region: null, status: 401 },
    ]);
  });

  it('answers 401 InvalidAuthenticationToken for an unknown token, through the SDK', async () => {
    const e = await rejectionOf(all(h.compute(SUB_A, { token: 'not-a-sandbox-token' }).virtualMachines.listAll()));
    expect(e).toMatchObject({ name: 'RestError', code: 'InvalidAuthenticationToken', statusCode: 401 });
    // The modular SDK's pager reports a failed first page generically; ARM's code survives.
    expect(e.message).toBe('Pagination failed with unexpected statusCode 401');
  });

  it('answers 403 AuthorizationFailed for another subscription, naming the action', async () => {
    const e = await rejectionOf(all(h.network(SUB_B, { token: h.fleet.azure.token(SUB_A) }).virtualNetworks.listAll()));
    expect(e).toMatchObject({ code: 'AuthorizationFailed', statusCode: 403 });
    expect(e.message).toContain("to perform action 'Microsoft.Network/virtualNetworks/read' over scope '/subscriptions/" + SUB_B + "'");
    expect(h.emu.requests.entries()).toEqual([{ service: 'network', action: 'virtualNetworks.listAll', account: SUB_A, region: null, status: 403 }]);
  });

  it('answers 404 SubscriptionNotFound for a subscription that does not exist', async () => {
    const ghost = '99999999-9999-4999-8999-999999999999';
    const e = await rejectionOf(all(h.compute(ghost, { token: h.fleet.azure.token(SUB_A) }).disks.list()));
    expect(e).toMatchObject({ code: 'SubscriptionNotFound', statusCode: 404 });
  });

  it('matches subscriptions case-insensitively, as ARM does', async () => {
    const upper = SUB_A.toUpperCase();
    const vms = await all(h.compute(upper, { token: h.fleet.azure.token(SUB_A) }).virtualMachines.listAll());
    expect(vms.length).toBe(h.fleet.azure.resources(SUB_A, 'virtualMachines').length);
  });
});

describe('transport', () => {
  it('speaks HTTPS only, with a certificate clients must be told to trust', async () => {
    expect(h.emu.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(h.emu.caCertificate).toMatch(/^-----BEGIN CERTIFICATE-----/);
    const untrusting = new ComputeManagementClient(tokenCredential(h.fleet.azure.token(SUB_A)), SUB_A, {
      endpoint: h.emu.url,
      retryOptions: { maxRetries: 0 },
    });
    const e = await rejectionOf(all(untrusting.virtualMachines.listAll()));
    expect(e.code).toMatch(/SELF_SIGNED|UNABLE_TO_VERIFY|CERT/);
    expect(h.emu.requests.count()).toBe(0);
  });

  it('is refused by the SDK over plain http: bearer tokens need TLS', async () => {
    const plain = new ComputeManagementClient(tokenCredential('x'), SUB_A, {
      endpoint: h.emu.url.replace('https:', 'http:'),
      retryOptions: { maxRetries: 0 },
    });
    const e = await rejectionOf(all(plain.virtualMachines.listAll()));
    expect(e.message).toMatch(/Bearer token authentication is not permitted for non-TLS/);
  });
});
