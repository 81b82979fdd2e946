// Canary secrets: FleetGraph runs with a distinctive value in every credential it is given (AWS
// access key id, secret key and session token; Azure and GCP access tokens; the Event Grid and
// Pub/Sub push secrets), the emulators refuse them, and nothing it logs (at debug) or answers —
// errors included — contains any of them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { sandboxCostsConfig, startSandboxEmulators, type SandboxEmulators } from '../../src/sandbox/emulators.js';
import { waitFor } from '../support/redis.js';

const mark = (name: string) => `canary-${name}-${randomBytes(12).toString('hex')}`;
const CANARIES = {
  awsAccessKeyId: `AKIA${randomBytes(8).toString('hex').toUpperCase()}`,
  awsSecretAccessKey: mark('aws-secret'),
  awsSessionToken: mark('aws-session'),
  azureToken: mark('azure-token'),
  gcpToken: mark('gcp-token'),
  eventGridSecret: mark('eventgrid'),
  pubSubToken: mark('pubsub'),
};

/** The emulators' own providers, with the first account of each cloud given the canaries. */
function canaryConfig(sandbox: SandboxEmulators): Record<string, unknown> {
  const { aws, azure, gcp } = sandbox.providers;
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

  beforeAll(async () => {
    sandbox = await startSandboxEmulators({ clouds: ['aws', 'azure', 'gcp'], seed: 42, vmsPerScope: 3, changesPerMinute: 0, push: false });
    dir = await mkdtemp(join(tmpdir(), 'fleetgraph-canary-'));
    const configFile = join(dir, 'fleetgraph.json');
    await writeFile(configFile, JSON.stringify(canaryConfig(sandbox)));
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
    expect([...refusedBy].sort()).toEqual(['aws', 'azure', 'gcp']);
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
