// Client-side rate limits through the gateway, on all three clouds, buckets in Redis: a listing
// paged across many requests waits for tokens and arrives whole, and no emulator ever sees more
// requests of one bucket within a second than the bucket allows (capacity + one second of refill);
// with no time to wait, the requests past the bucket are never sent and the listing fails
// PROVIDER_THROTTLED naming the bucket.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ProvidersDocument, VmStatesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { deletePrefix, SHARED_REDIS_URL } from '../support/redis.js';

const NO_CACHE = { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 };
const VMS_PER_SCOPE = 12;
const CLOUDS = ['aws', 'azure', 'gcp'] as const;
const prefixes: string[] = [];

function start(rateLimits: Record<string, unknown>): Promise<RunningApp> {
  const keyPrefix = `fleetgraph-ratelimit-gateway-test:${process.pid}:${Date.now()}:${prefixes.length}:`;
  prefixes.push(keyPrefix);
  return startTestApp({ clouds: [...CLOUDS], vmsPerScope: VMS_PER_SCOPE, ttlSeconds: NO_CACHE, redisUrl: SHARED_REDIS_URL, keyPrefix, rateLimits });
}

interface BucketRequests {
  name: string;
  /** Requests the emulator answered from this bucket. */
  count(): number;
  /** The most of them answered within one second. */
  peakPerSecond(): number;
}

function bucket<E>(name: string, log: { count(match: (e: E) => boolean): number; peakRate(match: (e: E) => boolean): number }, match: (e: E) => boolean): BucketRequests {
  return { name, count: () => log.count(match), peakPerSecond: () => log.peakRate(match) };
}

/** Each emulator's requests that draw from one bucket of the limits configured below. */
function bucketsOf(app: RunningApp): BucketRequests[] {
  const { aws, azure, gcp, fleet } = app.sandbox!;
  return [
    ...fleet.aws.scopes().map((s) =>
      bucket(`aws ${s.account} ${s.region} DescribeInstances`, aws!.requests, (e) => e.service === 'ec2' && e.action === 'DescribeInstances' && e.account === s.account && e.region === s.region),
    ),
    ...fleet.azure.subscriptions.map((s) =>
      bucket(`azure ${s.subscriptionId} ARM reads`, azure!.requests, (e) => (e.service === 'compute' || e.service === 'network') && e.account === s.subscriptionId),
    ),
    ...fleet.gcp.projects.map((p) => bucket(`gcp ${p.projectId} Compute Engine reads`, gcp!.requests, (e) => e.service === 'compute' && e.account === p.projectId)),
  ];
}

afterAll(async () => {
  const admin = new Redis(SHARED_REDIS_URL);
  for (const prefix of prefixes) await deletePrefix(admin, prefix);
  admin.disconnect();
});

describe('a listing paged across more requests than its buckets hold', () => {
  // capacity + refillPerSecond: the most requests any one second may see.
  const LIMITS = { aws: { ec2: { capacity: 2, refillPerSecond: 2 } }, azure: { arm: { capacity: 4, refillPerSecond: 3 } }, gcp: { compute: { capacity: 3, refillPerSecond: 2 } } };
  const perSecond = { aws: 4, azure: 7, gcp: 5 };
  let app: RunningApp;
  beforeAll(async () => {
    app = await start({ maxWaitMs: 60_000, ...LIMITS });
    app.sandbox!.aws!.setMaxPageSize(2);
    app.sandbox!.azure!.setMaxPageSize(3);
    app.sandbox!.gcp!.setMaxPageSize(3);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('waits for tokens, answers in full, and never sends a bucket more than it allows in a second', async () => {
    const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    const fleet = app.sandbox!.fleet;
    const scopes = fleet.aws.scopes().length + fleet.azure.scopes().length + fleet.gcp.projects.reduce((n, p) => n + fleet.gcp.project(p.projectId)!.regions.length, 0);
    expect(result.data!.vms.totalCount).toBe(scopes * VMS_PER_SCOPE);
    for (const requests of bucketsOf(app)) {
      const cloud = requests.name.split(' ')[0] as keyof typeof perSecond;
      // More requests than one second allows: the limit had to spread them out.
      expect(requests.count(), requests.name).toBeGreaterThan(perSecond[cloud]);
      expect(requests.peakPerSecond(), requests.name).toBeLessThanOrEqual(perSecond[cloud]);
    }
  }, 120_000);
});

describe('a listing whose buckets run dry with no time to wait', () => {
  const CAPACITY = 3;
  const bucket = { capacity: CAPACITY, refillPerSecond: 0.001 };
  let app: RunningApp;
  beforeAll(async () => {
    app = await start({ maxWaitMs: 0, aws: { ec2: bucket }, azure: { arm: bucket }, gcp: { compute: bucket } });
    for (const cloud of CLOUDS) app.sandbox![cloud]!.setMaxPageSize(2);
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('sends exactly what the buckets hold and fails the rest PROVIDER_THROTTLED, naming the bucket', async () => {
    const result = await execute(gatewayUrl(app), VmStatesDocument, { first: 1000 });
    for (const requests of bucketsOf(app)) expect(requests.count(), requests.name).toBe(CAPACITY);
    const errors = result.errors ?? [];
    expect(new Set(errors.map((e) => e.extensions?.provider))).toEqual(new Set(CLOUDS));
    for (const error of errors) {
      expect(error.extensions).toMatchObject({ code: 'PROVIDER_THROTTLED', providerCode: 'ClientRateLimit' });
      expect(error.message).toMatch(/no token of rate-limit bucket (aws|azure|gcp):\S+ \(3 tokens, 0\.001\/s\) within 0 ms; the request was not sent/);
    }
    const aws = errors.find((e) => e.extensions?.provider === 'aws' && e.extensions.region === 'eu-west-1')!;
    expect(aws.message).toContain(`aws:${aws.extensions!.account}:eu-west-1:ec2:DescribeInstances`);
    const health = await execute(gatewayUrl(app), ProvidersDocument, {});
    const regions = health.data!.providers.find((p) => p.provider === 'AWS')!.accounts.find((a) => a.id === aws.extensions!.account)!.regions;
    expect(regions.find((r) => r.region === 'eu-west-1')!.health).toBe('THROTTLED');
  }, 120_000);
});
