// Shared set-up for the Azure emulator tests: a fleet, a started emulator, real SDK clients that
// trust the emulator's certificate and present a sandbox bearer token.
import tls from 'node:tls';
import { ComputeManagementClient } from '@azure/arm-compute';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { NetworkManagementClient } from '@azure/arm-network';
import { MetricsClient } from '@azure/monitor-query-metrics';
import { collect, rejectionOf as rejectionOfCall, startedForFile } from '../../support/harness.js';
import { startAzureEmulator, type AzureEmulator } from '../../../emulators/azure/index.js';
import { AZURE_SUBSCRIPTIONS, createFleet, type Fleet, type FleetOptions } from '../../../emulators/fleet.js';

export const SUB_A = AZURE_SUBSCRIPTIONS[0]!.subscriptionId;
export const SUB_B = AZURE_SUBSCRIPTIONS[1]!.subscriptionId;

export function tokenCredential(token: string): TokenCredential {
  return { getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}

export interface ClientOptions {
  /** Bearer token; the subscription's own by default. */
  token?: string;
  /** SDK retries (default 0: tests see each answer). */
  maxRetries?: number;
}

export interface EmulatorHarness {
  fleet: Fleet;
  emu: AzureEmulator;
  compute(subscriptionId?: string, options?: ClientOptions): ComputeManagementClient;
  network(subscriptionId?: string, options?: ClientOptions): NetworkManagementClient;
  metrics(subscriptionId?: string, options?: ClientOptions): MetricsClient;
}

export async function startHarness(options: FleetOptions = {}): Promise<EmulatorHarness & { close(): Promise<void> }> {
  const fleet = createFleet(options);
  const emu = await startAzureEmulator({ fleet, host: '127.0.0.1', port: 0 });
  const common = (o: ClientOptions = {}) => ({
    tlsOptions: { ca: [...tls.rootCertificates, emu.caCertificate] },
    retryOptions: { maxRetries: o.maxRetries ?? 0, retryDelayInMs: 10, maxRetryDelayInMs: 50 },
  });
  const credential = (subscriptionId: string, o: ClientOptions = {}) => tokenCredential(o.token ?? fleet.azure.token(subscriptionId));
  return {
    fleet,
    emu,
    compute: (subscriptionId = SUB_A, o) => new ComputeManagementClient(credential(subscriptionId, o), subscriptionId, { ...common(o), endpoint: emu.url }),
    network: (subscriptionId = SUB_A, o) =>
      new NetworkManagementClient(credential(subscriptionId, o), subscriptionId, {
        ...common(o),
        endpoint: emu.url,
        $host: emu.url,
        credentialScopes: ['https://management.azure.com/.default'],
      }),
    metrics: (subscriptionId = SUB_A, o) => new MetricsClient(emu.url, credential(subscriptionId, o), common(o)),
    close: () => emu.close(),
  };
}

/** One emulator for the whole file, stopped after it. */
export function useHarness(options: FleetOptions = {}): EmulatorHarness {
  const get = startedForFile(() => startHarness(options));
  return {
    get fleet() {
      return get().fleet;
    },
    get emu() {
      return get().emu;
    },
    compute: (s, o) => get().compute(s, o),
    network: (s, o) => get().network(s, o),
    metrics: (s, o) => get().metrics(s, o),
  };
}

/** Every item of an SDK paged listing. */
export const all = collect;

/** What an Azure SDK call rejected with (RestError: code, statusCode, response headers). */
export interface AzureSdkError {
  name: string;
  message: string;
  code?: string;
  statusCode?: number;
  response?: { headers: { get(name: string): string | undefined }; bodyAsText?: string | null };
}

export const rejectionOf = (promise: Promise<unknown>) => rejectionOfCall<AzureSdkError>(promise);

/** A raw HTTPS request to the emulator (for what the SDKs would not send). */
export async function rawRequest(
  emu: AzureEmulator,
  path: string,
  init: { method?: string; token?: string | null; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const https = await import('node:https');
  const url = new URL(path, emu.url);
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: init.method ?? 'GET',
        ca: emu.caCertificate,
        headers: {
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
          ...(init.body ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (init.body) req.write(init.body);
    req.end();
  });
}
