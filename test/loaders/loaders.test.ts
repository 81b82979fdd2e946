// The per-request loaders over the real AWS adapter and emulator: one call per scope for any
// number of ids, listings that make later lookups free, and failures that stay in their scope.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { createLoaders } from '../../src/loaders/index.js';
import { ProviderError } from '../../src/providers/errors.js';
import { globalId } from '../../src/providers/ids.js';
import type { Scope } from '../../src/providers/types.js';
import { startTestApp } from '../support/app.js';

const A: Scope = { provider: 'aws', account: '111111111111', region: 'us-east-1' };
const B: Scope = { provider: 'aws', account: '222222222222', region: 'eu-west-1' };

describe('per-request loaders', () => {
  let app: RunningApp;
  const emulator = () => app.sandbox!.aws!;
  const instanceIds = (scope: Scope) => app.sandbox!.fleet.aws.scope(scope.account, scope.region)!.instances.map((i) => i.instanceId);

  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 30, ttlSeconds: { vm: 0, volume: 0 } });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    emulator().requests.reset();
    emulator().faults.clear();
  });

  it('loads any number of VMs by id with one call per scope', async () => {
    const loaders = createLoaders(app.services);
    const ids = [...instanceIds(A).slice(0, 20).map((id) => globalId(A, 'vm', id)), ...instanceIds(B).slice(0, 7).map((id) => globalId(B, 'vm', id))];
    const vms = await Promise.all(ids.map((id) => loaders.resource('vm').load(id)));
    expect(vms.map((vm) => vm?.id)).toEqual(ids);
    expect(emulator().requests.count({ action: 'DescribeInstances' })).toBe(2);
  });

  it('answers ids of unknown resources and unconfigured scopes with null, asking only configured scopes', async () => {
    const loaders = createLoaders(app.services);
    const unknown = globalId(A, 'vm', 'i-0ffffffffffffffff');
    const elsewhere = globalId({ provider: 'aws', account: '999999999999', region: 'us-east-1' }, 'vm', 'i-0123456789abcdef0');
    expect(await loaders.resource('vm').loadMany([unknown, elsewhere])).toEqual([null, null]);
    expect(emulator().requests.count({ action: 'DescribeInstances' })).toBe(1);
  });

  it('primes lookups from a listing: a VM listed once costs nothing more in the same request', async () => {
    const loaders = createLoaders(app.services);
    const listing = await loaders.list('vm', [A]);
    expect(listing.failures).toEqual([]);
    const items = listing.scopes.flatMap((read) => read.indexed.items);
    expect(items).toHaveLength(30);
    await loaders.resource('vm').loadMany(items.map((vm) => vm.id));
    expect(emulator().requests.count({ action: 'DescribeInstances' })).toBe(1);
  });

  it('keeps a failing scope’s error with its own ids and leaves the others whole', async () => {
    emulator().faults.add({ action: 'DescribeInstances', account: B.account, kind: 'unavailable' });
    const loaders = createLoaders(app.services);
    const good = globalId(A, 'vm', instanceIds(A)[0]!);
    const bad = globalId(B, 'vm', instanceIds(B)[0]!);
    const [a, b] = await loaders.resource('vm').loadMany([good, bad]);
    expect((a as { id: string }).id).toBe(good);
    expect(b).toBeInstanceOf(ProviderError);
    expect((b as ProviderError).category).toBe('UNAVAILABLE');

    const listing = await loaders.list('vm', [A, B]);
    expect(listing.scopes.map((read) => read.indexed.scope)).toEqual([A]);
    expect(listing.failures.map((f) => f.scope)).toEqual([B]);
  });

  it('batches every metric series of many VMs into one GetMetricData call per scope and window', async () => {
    const loaders = createLoaders(app.services);
    const from = new Date('2026-11-20T00:00:00Z');
    const to = new Date('2026-11-20T01:00:00Z');
    const keys = instanceIds(A).flatMap((id) =>
      (['CPU_UTILIZATION', 'NETWORK_OUT_BYTES'] as const).map((name) => ({ resourceId: globalId(A, 'vm', id), name, nativeName: null, period: 300, from, to })),
    );
    const series = await loaders.metrics.loadMany(keys);
    expect(series).toHaveLength(60);
    expect(emulator().requests.count({ action: 'GetMetricData' })).toBe(1);
  });
});
