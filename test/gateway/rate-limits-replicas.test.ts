// Two FleetGraph processes on one Redis, pointed at the same emulated AWS accounts, each asked for
// a listing paged across many requests at the same time: together they never send one bucket
// more than it allows in any second (the emulator's request log says when each request came),
// and both answer in full.
import type { ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxEmulators, type SandboxEmulators } from '../../src/sandbox/emulators.js';
import { VmStatesDocument } from '../generated/operations.js';
import { execute } from '../support/graphql.js';
import { deletePrefix, freePort, SHARED_REDIS_URL } from '../support/redis.js';
import { startReplica, writeReplicaConfig } from '../support/replicas.js';

const VMS_PER_SCOPE = 12;
const PAGE_SIZE = 2;
const BUCKET = { capacity: 2, refillPerSecond: 2 };
const keyPrefix = `fleetgraph-ratelimit-replicas-test:${process.pid}:${Date.now()}:`;
let emulators: SandboxEmulators;
const replicas: { port: number; child: ChildProcess }[] = [];

beforeAll(async () => {
  emulators = await startSandboxEmulators({ clouds: ['aws'], seed: 42, vmsPerScope: VMS_PER_SCOPE, changesPerMinute: 0, push: false });
  emulators.aws!.setMaxPageSize(PAGE_SIZE);
  const config = writeReplicaConfig({
    cache: { redisUrl: SHARED_REDIS_URL, keyPrefix, ttlSeconds: { vm: 0 } },
    events: { pollIntervalSeconds: 0 },
    providers: emulators.providers,
    costs: { aws: { enabled: false } },
    rateLimits: { maxWaitMs: 60_000, aws: { ec2: BUCKET } },
  });
  const ports = [await freePort(), await freePort()];
  const children = await Promise.all(ports.map((port) => startReplica(config, port)));
  ports.forEach((port, i) => replicas.push({ port, child: children[i]! }));
}, 120_000);

afterAll(async () => {
  for (const { child } of replicas) child.kill('SIGKILL');
  await emulators?.stop();
  const admin = new Redis(SHARED_REDIS_URL);
  await deletePrefix(admin, keyPrefix);
  admin.disconnect();
});

describe('two replicas sharing one Redis', () => {
  it('stay together under one bucket per account, region and API', async () => {
    emulators.aws!.requests.reset();
    const results = await Promise.all(replicas.map(({ port }) => execute(`http://127.0.0.1:${port}/graphql`, VmStatesDocument, { first: 1000 })));
    const scopes = emulators.fleet.aws.scopes();
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.vms.totalCount).toBe(scopes.length * VMS_PER_SCOPE);
    }
    const requests = emulators.aws!.requests;
    for (const { account, region } of scopes) {
      const bucket = { service: 'ec2' as const, action: 'DescribeInstances', account, region };
      // Each replica paged the scope: twice the pages of one listing went to this bucket…
      expect(requests.count(bucket)).toBe(2 * Math.ceil(VMS_PER_SCOPE / PAGE_SIZE));
      // …and no second held more than the one bucket allows.
      expect(requests.peakRate(bucket), `${account} ${region}`).toBeLessThanOrEqual(BUCKET.capacity + BUCKET.refillPerSecond);
    }
  }, 120_000);
});
