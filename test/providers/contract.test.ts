// One contract, every provider: the same behaviour asked of each cloud through the gateway on
// the sandbox, against that cloud's wire-level emulator.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ContractInventoryDocument, ContractVmDetailsDocument, VmByIdDocument, VmStatesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { azure } from './azure/contract-subject.js';
import { aws, awsStatesCovered, type ContractSubject } from './contract/subjects.js';
import { gcp } from './gcp/contract-subject.js';

const SUBJECTS: ContractSubject[] = [aws, azure, gcp];
const VMS_PER_SCOPE = 24;
const window = () => ({ from: new Date(Date.now() - 2 * 3600_000).toISOString(), to: new Date().toISOString() });

describe.each(SUBJECTS)('provider contract: $provider', (subject) => {
  let app: RunningApp;
  const url = () => gatewayUrl(app);
  const emulator = () => subject.emulator(app);
  const only = { providers: [subject.provider] };
  const cloud = subject.provider.toLowerCase() as 'aws' | 'azure' | 'gcp';

  beforeAll(async () => {
    // VM listings uncached, so every test sees the emulator; the cache has its own test below.
    app = await startTestApp({ vmsPerScope: VMS_PER_SCOPE, ttlSeconds: { vm: 0 }, clouds: [cloud] });
  });
  afterAll(async () => {
    await app?.stop();
  });
  afterEach(() => {
    emulator().faults.clear();
    emulator().setMaxPageSize(null);
  });

  it('lists the whole inventory of the cloud', async () => {
    const truth = subject.truth(app);
    const result = await execute(url(), ContractInventoryDocument, only);
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect({
      vms: data.vms.totalCount,
      volumes: data.volumes.totalCount,
      snapshots: data.snapshots.totalCount,
      networks: data.networks.totalCount,
      subnets: data.subnets.totalCount,
      securityGroups: data.securityGroups.totalCount,
      publicIps: data.publicIps.totalCount,
      networkInterfaces: data.networkInterfaces.totalCount,
    }).toEqual({ ...truth, vmsPerListing: undefined, vms: truth.vms } as never);
  });

  it('maps every documented VM state and keeps the raw value', async () => {
    expect(awsStatesCovered).toBe(true);
    const result = await execute(url(), ContractVmDetailsDocument, { filter: only, ...window() });
    const vms = result.data!.vms.nodes;
    expect(new Set(vms.map((vm) => vm.providerState))).toEqual(new Set(Object.keys(subject.states)));
    for (const vm of vms) expect(vm.state, vm.providerState).toBe(subject.states[vm.providerState]);
  });

  it('gives running VMs their sizes, volumes, security rules and metrics in the model units', async () => {
    const result = await execute(url(), ContractVmDetailsDocument, { filter: { ...only, states: ['RUNNING'] }, ...window() });
    expect(result.errors).toBeUndefined();
    const vms = result.data!.vms.nodes;
    expect(vms.length).toBeGreaterThan(0);
    for (const vm of vms) {
      expect(vm.provider).toBe(subject.provider);
      expect(vm.vcpus).toBeGreaterThan(0);
      expect(vm.memoryMiB).toBeGreaterThan(0);
      expect(vm.volumes!.map((v) => v.id).sort()).toEqual([...vm.volumeIds!].sort());
      for (const volume of vm.volumes!) expect(volume.attachments.map((a) => a.vm.id)).toContain(vm.id);
      expect(vm.securityGroups!.map((g) => g.id).sort()).toEqual([...vm.securityGroupIds!].sort());
      expect(vm.securityGroups!.flatMap((g) => g.rules).length).toBeGreaterThan(0);
      const [cpu, network, memory] = vm.metrics!;
      expect(cpu).toMatchObject({ name: 'CPU_UTILIZATION', unit: 'PERCENT', available: true });
      expect(cpu!.points.length).toBeGreaterThan(0);
      for (const point of cpu!.points) expect(point.value >= 0 && point.value <= 100, String(point.value)).toBe(true);
      expect(network).toMatchObject({ name: 'NETWORK_IN_BYTES', unit: 'BYTES', available: true });
      expect(memory).toMatchObject({ name: 'MEMORY_UTILIZATION', unit: 'PERCENT' });
      if (memory!.available) for (const point of memory!.points) expect(point.value).toBeLessThanOrEqual(100);
    }
  });

  it('follows small pages to a complete listing, one page request per page', async () => {
    emulator().setMaxPageSize(5);
    emulator().requests.reset();
    const result = await execute(url(), VmStatesDocument, { first: 1000, filter: { ...only } });
    expect(result.errors).toBeUndefined();
    const truth = subject.truth(app);
    expect(result.data!.vms.totalCount).toBe(truth.vms);
    for (const account of subject.accounts) {
      const pages = truth.vmsPerListing[account]!.reduce((n, vms) => n + Math.max(1, Math.ceil(vms / 5)), 0);
      expect(emulator().requests.count({ action: subject.listVmsAction, account }), account).toBe(pages);
    }
  });

  it('filters by state and tag', async () => {
    const all = (await execute(url(), ContractVmDetailsDocument, { filter: only, ...window() })).data!.vms.nodes;
    const running = all.filter((vm) => vm.state === 'RUNNING');
    const byState = await execute(url(), VmStatesDocument, { first: 1000, filter: { ...only, states: ['RUNNING'] } });
    expect(byState.data!.vms.totalCount).toBe(running.length);
    const tag = all.flatMap((vm) => vm.tags).find((t) => t.key !== 'Name')!;
    const tagged = all.filter((vm) => vm.tags.some((t) => t.key === tag.key && t.value === tag.value));
    const byTag = await execute(url(), VmStatesDocument, { first: 1000, filter: { ...only, tags: [{ key: tag.key, values: [tag.value] }] } });
    expect(byTag.data!.vms.totalCount).toBe(tagged.length);
  });

  it('resolves its ids again, answers unknown ids with null and malformed ones with BAD_USER_INPUT', async () => {
    const some = (await execute(url(), VmStatesDocument, { first: 3, filter: only })).data!.vms.edges.map((e) => e.node);
    for (const vm of some) expect((await execute(url(), VmByIdDocument, { id: vm.id })).data!.vm?.id).toBe(vm.id);
    const parts = some[0]!.id.split(':');
    const unknown = [...parts.slice(0, 4), `${parts[4]}-gone`].join(':');
    const missing = await execute(url(), VmByIdDocument, { id: unknown });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.vm).toBeNull();
    const malformed = await execute(url(), VmByIdDocument, { id: parts.slice(0, 3).join(':') });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('retries a throttled listing, and names the account that keeps failing beside the others’ data', async () => {
    const [first, second] = subject.accounts as [string, string];
    emulator().requests.reset();
    emulator().faults.add({ action: subject.listVmsAction, account: first, kind: 'throttle', times: 1 });
    const retried = await execute(url(), VmStatesDocument, { first: 1000, filter: { ...only, accounts: [first] } });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.vms.totalCount).toBe(subject.truth(app).vmsPerListing[first]!.reduce((a, b) => a + b, 0));

    emulator().faults.add({ action: subject.listVmsAction, account: second, kind: 'unavailable' });
    const partial = await execute(url(), VmStatesDocument, { first: 1000, filter: only });
    expect(partial.data!.vms.edges.every((e) => e.node.id.split(':')[1] === first)).toBe(true);
    expect(partial.data!.vms.totalCount).toBeGreaterThan(0);
    const error = partial.errors?.find((e) => e.extensions?.account === second);
    expect(error?.extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: subject.provider.toLowerCase(), account: second });
  });

  it('answers a repeated query from the cache, with no upstream request', async () => {
    const cached = await startTestApp({ vmsPerScope: 6, clouds: [cloud] });
    try {
      const variables = { filter: only, ...window() };
      const first = await execute(gatewayUrl(cached), ContractVmDetailsDocument, variables);
      expect(first.errors).toBeUndefined();
      const controls = subject.emulator(cached);
      controls.requests.reset();
      const second = await execute(gatewayUrl(cached), ContractVmDetailsDocument, variables);
      expect(second.data).toEqual(first.data);
      expect(controls.requests.count()).toBe(0);
    } finally {
      await cached.stop();
    }
  });
});
