// Canary secrets: FleetGraph runs with a distinctive value in every credential it is given (AWS
// access key id, secret key and session token; an Azure client secret and access token; a GCP
// service account key and access token; a DigitalOcean token; a Proxmox VE API token; the Event
// Grid and Pub/Sub push secrets), the emulators
// refuse them, and nothing it logs (at debug) or answers — errors included — contains any of them.
// Token endpoints stay on loopback: Entra ID's is the Azure emulator (authorityHost), and the GCP
// key signs its own tokens (a universe of its own needs no token exchange).
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { sandboxCostsConfig, startSandboxEmulators, type SandboxEmulators } from '../../src/sandbox/emulators.js';
import { waitFor } from '../support/redis.js';

const mark = (name: string) => `canary-${name}-${randomBytes(12).toString('hex')}`;
const GCP_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const CANARIES = {
  azureClientSecret: mark('azure-client-secret'),
  gcpPrivateKeyId: mark('gcp-key-id'),
  /** A line from the middle of the PEM: any part of the key in a log is a leak. */
  gcpPrivateKey: GCP_PRIVATE_KEY.split('\n')[5]!,
  awsAccessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
  awsSecretAccessKey: mark('aws-secret'),
  awsSessionToken: mark('aws-session'),
  azureToken: mark('azure-token'),
  gcpToken: mark('gcp-token'),
  doToken: `dop_v1_${randomBytes(32).toString('hex')}`,
  /** Proxmox's USER@REALM!TOKENID=SECRET: the secret is a UUID. */
  pveSecret: randomUUID(),
  eventGridSecret: mark('eventgrid'),
  pubSubToken: mark('pubsub'),
};

/** The emulators' own providers, with the first accounts of each cloud given the canaries. */
function canaryConfig(sandbox: SandboxEmulators, gcpKeyFile: string): Record<string, unknown> {
  const { aws, azure, gcp, digitalocean, proxmox } = sandbox.providers;
  digitalocean!.accounts[0]!.credentials = { type: 'token', token: CANARIES.doToken };
  proxmox!.clusters[0]!.credentials = { type: 'token', token: `canary@pve!fleetgraph=${CANARIES.pveSecret}` };
  Object.assign(azure!.subscriptions[1]!, {
    credentials: { type: 'clientSecret', tenantId: '6a0f3c2e-0000-4000-8000-000000000001', clientId: '6a0f3c2e-0000-4000-8000-000000000002', clientSecret: CANARIES.azureClientSecret },
    authorityHost: sandbox.azure!.url,
  });
  gcp!.projects[1]!.credentials = { type: 'serviceAccountKey', keyFile: gcpKeyFile };
  aws!.accounts[0]!.credentials = {
    type: 'static',
    accessKeyId: CANARIES.awsAccessKeyId,
    secretAccessKey: CANARIES.awsSecretAccessKey,
    sessionToken: CANARIES.awsSessionToken,
  };
  azure!.subscriptions[0]!.credentials = { type: 'accessToken', token: CANARIES.azureToken };
  gcp!.projects[0]!.credentials = { type: 'accessToken', token: CANARIES.gcpToken };
  return {
    server: { host: '127.0.0.1' },
    providers: sandbox.providers,
    costs: sandboxCostsConfig(sandbox, parseConfig({}).costs),
    events: { pollIntervalSeconds: 0, push: { azure: { secret: CANARIES.eventGridSecret }, gcp: { token: CANARIES.pubSubToken } } },
  };
}

const QUERIES = [
  '{ vms(first: 200) { nodes { id state vcpus publicIp volumes { id } securityGroups { id } } } }',
  '{ volumes(first: 200) { nodes { id } } snapshots(first: 200) { nodes { id } } }',
  '{ securityGroups(first: 200) { nodes { id } } publicIps(first: 200) { nodes { id } } }',
  '{ costs(from: "2026-11-01", to: "2026-12-01") { totals { amount currency } } }',
  '{ vms(first: 20) { nodes { id price { offer { hourly { amount } } reason } metrics(names: [CPU_UTILIZATION], from: "2026-11-20T00:00:00Z", to: "2026-11-20T01:00:00Z") { points { value } } } } }',
];

describe('canary secrets', () => {
  let sandbox: SandboxEmulators;
  let dir: string;
  let child: ChildProcess | undefined;
  let output = '';
  const answers: string[] = [];
  /** The accounts given canaries, one per credential type. */
  let canaryAccounts: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandboxEmulators({ clouds: ['aws', 'azure', 'gcp', 'digitalocean', 'proxmox'], seed: 42, vmsPerScope: 3, changesPerMinute: 0, push: false });
    dir = await mkdtemp(join(tmpdir(), 'fleetgraph-canary-'));
    const configFile = join(dir, 'fleetgraph.json');
    const keyFile = join(dir, 'gcp-key.json');
    await writeFile(
      keyFile,
      JSON.stringify({
        type: 'service_account',
        project_id: sandbox.providers.gcp!.projects[1]!.id,
        private_key_id: CANARIES.gcpPrivateKeyId,
        private_key: GCP_PRIVATE_KEY,
        client_email: 'fleetgraph@canary.iam.gserviceaccount.com',
        universe_domain: 'canary.invalid',
      }),
    );
    await writeFile(configFile, JSON.stringify(canaryConfig(sandbox, keyFile)));
    const { aws, azure, gcp, digitalocean, proxmox } = sandbox.providers;
    canaryAccounts = [aws!.accounts[0]!.id, azure!.subscriptions[0]!.id, azure!.subscriptions[1]!.id, gcp!.projects[0]!.id, gcp!.projects[1]!.id, digitalocean!.accounts[0]!.id, proxmox!.clusters[0]!.id];
    child = spawn(process.execPath, ['bin/fleetgraph.js', 'start'], {
      env: { ...process.env, FLEETGRAPH_CONFIG: configFile, PORT: '0', LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    await waitFor(() => /FleetGraph ready at (\S+)/.test(output), 60_000, 'FleetGraph to start');
    const url = /FleetGraph ready at (\S+)/.exec(output)![1]!;
    for (const query of QUERIES) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      answers.push(await response.text());
    }
    // The push receivers, with their secrets and with wrong ones.
    const origin = new URL(url).origin;
    for (const path of [`/events/azure/eventgrid?code=${CANARIES.eventGridSecret}`, '/events/azure/eventgrid?code=wrong-secret-0000000', `/events/gcp/pubsub?token=${CANARIES.pubSubToken}`]) {
      const response = await fetch(new URL(path, origin), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"not":"an event"}' });
      answers.push(await response.text());
    }
    child.kill('SIGTERM');
    await new Promise((resolve) => child!.once('exit', resolve));
    child = undefined;
  }, 120_000);

  afterAll(async () => {
    child?.kill('SIGKILL');
    await sandbox?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('used every canary credential and was refused (the test would see a leak)', () => {
    const errors = answers.flatMap((text) => (text.startsWith('{') ? ((JSON.parse(text) as { errors?: { extensions?: Record<string, unknown> }[] }).errors ?? []) : []));
    const refusedBy = new Set(errors.filter((e) => e.extensions?.code === 'PROVIDER_AUTH_FAILED').map((e) => e.extensions!.provider));
    expect([...refusedBy].sort()).toEqual(['aws', 'azure', 'digitalocean', 'gcp', 'proxmox']);
    const refusedAccounts = new Set(errors.filter((e) => e.extensions?.code === 'PROVIDER_AUTH_FAILED').map((e) => e.extensions!.account));
    for (const account of canaryAccounts) expect(refusedAccounts.has(account), `${account} refused`).toBe(true);
    expect(errors.filter((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toEqual([]);
    // Debug logging was on: the log is not empty, and it records the refusals.
    expect(output).toContain('"level":20');
    expect(output).toMatch(/"category":"AUTH"/);
  });

  it('logs and answers none of them', () => {
    for (const [name, secret] of Object.entries(CANARIES)) {
      expect(output.includes(secret), `${name} in the log`).toBe(false);
      for (const answer of answers) expect(answer.includes(secret), `${name} in an answer`).toBe(false);
    }
    expect(output).not.toMatch(/canary-[a-z-]+-[0-9a-f]{24}/);
  });
});
