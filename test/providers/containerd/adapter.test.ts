// The containerd adapter against a real containerd (tasks run by runc): containers listed as
// workloads of kind container with their task's state, at one Namespaces/List and one
// Containers/List and one Tasks/List per namespace; a namespace that does not exist named beside
// the rest; a socket that is not there UNAVAILABLE; metrics from cgroup statistics.
import { describe, expect, it } from 'vitest';
import { startContainerd } from '../../../emulators/containerd/index.js';
import { ProviderError } from '../../../src/providers/errors.js';
import { globalId } from '../../../src/providers/ids.js';
import type { Gap } from '../../../src/providers/types.js';
import { rejectionOf, startedForFile } from '../../support/harness.js';
import { adapterFor, hostScope } from './support.js';

const daemon = startedForFile(() => startContainerd({ seed: 8, perNamespace: 4 }));

describe('the containerd adapter', () => {
  it("lists every namespace's containers as containers, each with its task's state and its labels", async () => {
    const vms = await adapterFor(daemon()).list('vm', hostScope());
    const workloads = daemon().workloads;
    expect(vms.map((v) => v.nativeId).sort()).toEqual(workloads.map((w) => `${w.namespace}/${w.id}`).sort());
    const expected = { running: ['RUNNING', 'RUNNING'], paused: ['SUSPENDED', 'PAUSED'], exited: ['STOPPED', 'STOPPED'], 'no-task': ['STOPPED', 'no task'] };
    for (const vm of vms) {
      const workload = workloads.find((w) => `${w.namespace}/${w.id}` === vm.nativeId)!;
      expect([vm.state, vm.providerState]).toEqual(expected[workload.state]);
      expect(vm).toMatchObject({ workload: 'container', provider: 'containerd', volumeIds: [], networkInterfaceIds: [], instanceType: null, name: workload.labels['nerdctl/name'] });
      expect(vm.tags).toEqual(expect.arrayContaining(Object.entries(workload.labels).map(([key, value]) => ({ key, value }))));
      expect(vm.extras).toContainEqual({ key: 'namespace', value: workload.namespace });
    }
    expect(vms.find((v) => v.providerState === 'STOPPED')!.extras).toContainEqual({ key: 'exitStatus', value: '3' });
  });

  it('names a configured namespace that does not exist in a gap, beside the containers of the others', async () => {
    const gaps: Gap[] = [];
    const vms = await adapterFor(daemon(), { namespaces: ['fleet-web', 'nowhere'] }).list('vm', hostScope(), {}, gaps);
    expect(new Set(vms.map((v) => v.nativeId.split('/')[0]))).toEqual(new Set(['fleet-web']));
    expect(gaps).toEqual([expect.objectContaining({ category: 'NOT_FOUND', providerCode: 'NamespaceNotFound' })]);
    expect(gaps[0]!.message).toContain('"nowhere"');
  });

  it('has no volumes, snapshots or networks; a socket that is not there is UNAVAILABLE, naming the host', async () => {
    expect(await adapterFor(daemon()).list('volume', hostScope())).toEqual([]);
    const error = await rejectionOf<ProviderError>(adapterFor(daemon(), { socket: '/nonexistent/containerd.sock' }).list('vm', hostScope()));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ category: 'UNAVAILABLE', operation: 'namespaces.list' });
    expect(error.message).toContain('ctr-1');
  });

  it("answers a running container's CPU and memory from its cgroup statistics, sampled at each request", async () => {
    const adapter = adapterFor(daemon(), {}, { sampleSpacingSeconds: 1 });
    const running = daemon().workloads.find((w) => w.state === 'running')!;
    const resourceId = globalId(hostScope(), 'vm', `${running.namespace}/${running.id}`);
    const ask = () => {
      const to = new Date(Date.now() + 60_000);
      return adapter.metrics(hostScope(), { from: new Date(to.getTime() - 3_600_000), to, queries: [{ resourceId, name: 'CPU_UTILIZATION', nativeName: null, period: 60 }, { resourceId, name: 'MEMORY_UTILIZATION', nativeName: null, period: 60 }] });
    };
    const [first] = await ask();
    // One sample: CPU time is reported, but a point needs two.
    expect(first).toMatchObject({ available: true, points: [] });
    await new Promise((r) => setTimeout(r, 1_100));
    const [cpu, memory] = await ask();
    expect(cpu!.points).toHaveLength(1);
    expect(cpu!.points[0]!.value).toBeGreaterThanOrEqual(0);
    expect(cpu!.points[0]!.value).toBeLessThan(5);
    // No memory limit on the container: a share of nothing is not made up.
    expect(memory).toMatchObject({ available: false, points: [] });
  });
});
