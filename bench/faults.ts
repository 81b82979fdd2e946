// The fault part of `npm run bench` (BENCH_ONLY=faults): the three clouds' emulators, every one
// throttling 30% of the requests it gets (fault injection, spread evenly, Retry-After 1 s where
// the cloud sends one), FleetGraph pointed at them with small client-side buckets, a cold-cache
// query under load. What it shows: answers complete (the shared retry policy absorbs the
// throttling: with 30% of attempts refused, MAX_ATTEMPTS attempts leave 0.3^MAX_ATTEMPTS of
// requests failed), and per bucket the most requests any emulator got within one second against
// what the bucket allows (capacity + refillPerSecond; goal <= 1.00).
import type { Config } from '../src/config/schema.js';
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { startSandboxEmulators, type SandboxEmulators } from '../src/sandbox/emulators.js';
import type { RequestLog, RequestLogEntry } from '../emulators/kit/request-log.js';

const VMS_PER_SCOPE = 20;
const PAGE_SIZE = 10;
const THROTTLED_SHARE = 0.3;
const CONNECTIONS = 4;
const MAX_ATTEMPTS = 6;
const QUERY = `query Faults($from: DateTime!, $to: DateTime!) {
  vms(first: 1000) { totalCount nodes { id volumes { id } securityGroups { id }
    metrics(names: [CPU_UTILIZATION], from: $from, to: $to, period: 300) { available } } }
}`;

/** Small enough that the load needs more than they hold. */
const LIMITS = {
  aws: { ec2: { capacity: 2, refillPerSecond: 2 }, cloudwatch: { capacity: 2, refillPerSecond: 2 } },
  azure: { arm: { capacity: 4, refillPerSecond: 4 }, metrics: { capacity: 2, refillPerSecond: 2 } },
  gcp: { compute: { capacity: 3, refillPerSecond: 3 }, monitoring: { capacity: 2, refillPerSecond: 2 } },
};
type Cloud = keyof typeof LIMITS;

/** The bucket (family, and its key) an emulator's logged request drew from, as FleetGraph keys them. */
const BUCKET_OF: Record<Cloud, (e: RequestLogEntry) => [family: string, key: string] | null> = {
  aws: (e) => (e.service === 'ec2' ? ['ec2', `${e.account}/${e.region}/${e.action}`] : e.service === 'monitoring' ? ['cloudwatch', `${e.account}/${e.region}`] : null),
  azure: (e) => (e.service === 'compute' || e.service === 'network' ? ['arm', `${e.account}`] : e.service === 'monitor' ? ['metrics', `${e.account}/${e.region}`] : null),
  gcp: (e) => (e.service === 'compute' ? ['compute', `${e.account}`] : e.service === 'monitoring' ? ['monitoring', `${e.account}`] : null),
};

function variables() {
  const to = new Date();
  return { from: new Date(to.getTime() - 3600_000).toISOString(), to: to.toISOString() };
}

interface Run {
  answers: number;
  complete: number;
  /** The errors of incomplete answers, by code and operation. */
  failures: Map<string, number>;
  latencies: number[];
  /** From the first request to the last answer (the last requests finish past the deadline). */
  elapsedMs: number;
}

/** `CONNECTIONS` clients asking one after another for `seconds`; an answer is complete with every VM and no error. */
async function drive(url: string, expectedVms: number, seconds: number): Promise<Run> {
  const run: Run = { answers: 0, complete: 0, failures: new Map(), latencies: [], elapsedMs: 0 };
  const started = performance.now();
  const deadline = Date.now() + seconds * 1000;
  const client = async () => {
    do {
      const sent = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: variables() }) });
      const body = (await response.json()) as { data?: { vms: { totalCount: number } }; errors?: { extensions?: Record<string, unknown> }[] };
      run.latencies.push(performance.now() - sent);
      run.answers++;
      if (!body.errors && body.data?.vms.totalCount === expectedVms) run.complete++;
      for (const error of body.errors ?? []) {
        const key = `${String(error.extensions?.code)} ${String(error.extensions?.provider)} ${String(error.extensions?.operation)} ${String(error.extensions?.providerCode)}`;
        run.failures.set(key, (run.failures.get(key) ?? 0) + 1);
      }
    } while (Date.now() < deadline);
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  run.elapsedMs = performance.now() - started;
  return run;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

/** Per cloud and family: requests, the emulator's throttled share, and the busiest bucket's peak second against its allowance. */
function bucketTable(sandbox: SandboxEmulators): Record<string, string | number>[] {
  return (Object.keys(LIMITS) as Cloud[]).flatMap((cloud) => {
    // Each emulator's log names its own services; here only the fields every entry has are read.
    const log = sandbox[cloud]!.requests as unknown as RequestLog;
    const entries = log.entries();
    const families = Object.entries(LIMITS[cloud]) as [string, { capacity: number; refillPerSecond: number }][];
    return families.map(([family, bucket]) => {
      const mine = entries.filter((e) => BUCKET_OF[cloud](e)?.[0] === family);
      const keys = new Set(mine.map((e) => BUCKET_OF[cloud](e)![1]));
      const peak = Math.max(0, ...[...keys].map((key) => log.peakRate((e) => BUCKET_OF[cloud](e)?.join(':') === `${family}:${key}`)));
      const allowed = bucket.capacity + bucket.refillPerSecond;
      const throttled = mine.filter((e) => e.status !== 200).length;
      return {
        cloud,
        bucket: `${family} (${keys.size})`,
        requests: mine.length,
        'throttled by emulator': mine.length ? (throttled / mine.length).toFixed(2) : '-',
        'peak req in 1 s': peak,
        allowed,
        'peak / allowed': (peak / allowed).toFixed(2),
      };
    });
  });
}

/** The emulators' providers with MAX_ATTEMPTS attempts per request. */
function withAttempts(providers: Config['providers']): Config['providers'] {
  return {
    aws: { ...providers.aws!, maxAttempts: MAX_ATTEMPTS },
    azure: { ...providers.azure!, maxRetries: MAX_ATTEMPTS - 1 },
    gcp: { ...providers.gcp!, maxAttempts: MAX_ATTEMPTS },
  };
}

export async function faultsBench(seconds: number): Promise<void> {
  const sandbox = await startSandboxEmulators({ clouds: ['aws', 'azure', 'gcp'], seed: 42, vmsPerScope: VMS_PER_SCOPE, changesPerMinute: 0, push: false });
  const app = await startApp(
    parseConfig({
      server: { port: 0 },
      logLevel: 'silent',
      cache: { ttlSeconds: { vm: 0, volume: 0, securityGroup: 0, networkInterface: 0, metrics: 0 } },
      events: { pollIntervalSeconds: 0 },
      providers: withAttempts(sandbox.providers),
      costs: { aws: { enabled: false }, azure: { enabled: false }, gcp: { enabled: false } },
      rateLimits: LIMITS,
    }),
  ).catch(async (error: unknown) => {
    await sandbox.stop();
    throw error;
  });
  try {
    const expectedVms = sandbox.fleet.aws.scopes().length * VMS_PER_SCOPE + sandbox.fleet.azure.scopes().length * VMS_PER_SCOPE + sandbox.fleet.gcp.projects.reduce((n, p) => n + sandbox.fleet.gcp.project(p.projectId)!.regions.length * VMS_PER_SCOPE, 0);
    for (const cloud of Object.keys(LIMITS) as Cloud[]) sandbox[cloud]!.setMaxPageSize(PAGE_SIZE);
    // One answer first, without faults: the SDKs load on the first call, which is not what is measured.
    await drive(app.gateway!.url, expectedVms, 0);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the warm-up's buckets refill
    for (const cloud of Object.keys(LIMITS) as Cloud[]) {
      sandbox[cloud]!.requests.reset();
      sandbox[cloud]!.faults.add({ kind: 'throttle', share: THROTTLED_SHARE, retryAfterSeconds: 1 });
    }
    const run = await drive(app.gateway!.url, expectedVms, seconds);
    console.log(
      `\n9. faults: ${expectedVms} VMs, cold cache, every emulator throttling ${THROTTLED_SHARE * 100}% of requests, ${MAX_ATTEMPTS} attempts, small buckets, ${seconds}s, ${CONNECTIONS} connections`,
    );
    console.table([
      {
        answers: run.answers,
        'complete / answers': (run.complete / Math.max(1, run.answers)).toFixed(2),
        'req/s': (run.answers / (run.elapsedMs / 1000)).toFixed(2),
        'p50 ms': percentile(run.latencies, 50),
        'p99 ms': percentile(run.latencies, 99),
      },
    ]);
    if (run.failures.size > 0) console.table([...run.failures].map(([error, count]) => ({ error, count })));
    console.log('10. upstream requests per bucket: the busiest second of the busiest bucket of each family against what it allows (goal <= 1.00)');
    console.table(bucketTable(sandbox));
  } finally {
    await app.stop();
    await sandbox.stop();
  }
}
