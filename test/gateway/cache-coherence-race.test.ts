// The cache and events race: a VM listing (or lookup) that was already on its way to the cloud
// when an event changed a VM must not be stored after the event, or queries would show the old
// state until the TTL ran out. Loads read their scope's generation before calling the cloud and
// store only if no event moved it meanwhile. Run with the memory cache and with Redis.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { globalId } from '../../src/providers/ids.js';
import { startTestApp, gatewayUrl } from '../support/app.js';
import { execute } from '../support/graphql.js';
import { SHARED_REDIS_URL, waitFor } from '../support/redis.js';
import { VmStateDocument } from '../generated/operations.js';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

const VmStatesInRegion = parse(`query VmStatesInRegion($regions: [String!]) { vms(first: 100, filter: { regions: $regions }) { nodes { id state providerState } } }`) as TypedDocumentNode<
  { vms: { nodes: { id: string; state: string; providerState: string }[] } },
  { regions: string[] }
>;

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe.each([
  { cache: 'memory', redisUrl: undefined },
  { cache: 'redis', redisUrl: SHARED_REDIS_URL },
])('a load in flight when an event arrives ($cache cache)', ({ redisUrl }) => {
  async function changeWhileLoading(query: () => Promise<unknown>): Promise<{ vmId: string; instanceId: string }> {
    app = await startTestApp({ vmsPerScope: 3, ...(redisUrl ? { redisUrl } : {}) });
    const scope = app.sandbox!.fleet.aws.scope('111111111111', 'us-east-1')!;
    const instance = scope.instances.find((i) => i.state === 'running')!;
    const vmId = globalId({ provider: 'aws', account: '111111111111', region: 'us-east-1' }, 'vm', instance.instanceId);
    app.sandbox!.aws!.faults.add({ kind: 'latency', latencyMs: 800, action: 'DescribeInstances', times: 1 });
    const inFlight = query();
    // In flight: the request reached the emulator, which holds its answer for the latency rule.
    await waitFor(() => app!.sandbox!.aws!.faults.active().length === 0, 10_000, 'the DescribeInstances call to reach the emulator');
    // What a push receiver does when EventBridge reports the change, while the cloud's answer to
    // the query in flight still says "running" (the emulator reads its fleet when it answers, so
    // the fleet itself changes once that answer is out).
    await app.events!.recorder.record([{ vmId, state: 'STOPPING', providerState: 'stopping', observedAt: new Date(), source: 'PUSH' }]);
    const answered = (await inFlight) as { data?: unknown };
    expect(JSON.stringify(answered.data)).toContain('"RUNNING"');
    app.sandbox!.fleet.aws.setInstanceState(instance.instanceId, 'stopping');
    return { vmId, instanceId: instance.instanceId };
  }

  it('does not cache a listing fetched before the event', async () => {
    const { vmId } = await changeWhileLoading(() => execute(gatewayUrl(app!), VmStatesInRegion, { regions: ['us-east-1'] }));
    const after = await execute(gatewayUrl(app!), VmStatesInRegion, { regions: ['us-east-1'] });
    expect(after.data!.vms.nodes.find((vm) => vm.id === vmId)).toMatchObject({ state: 'STOPPING', providerState: 'stopping' });
    const byId = await execute(gatewayUrl(app!), VmStateDocument, { id: vmId });
    expect(byId.data!.vm).toMatchObject({ state: 'STOPPING' });
  });

  it('does not cache a VM looked up before the event', async () => {
    let vmIdOf = '';
    const { vmId } = await changeWhileLoading(async () => {
      const scope = app!.sandbox!.fleet.aws.scope('111111111111', 'us-east-1')!;
      const instance = scope.instances.find((i) => i.state === 'running')!;
      vmIdOf = globalId({ provider: 'aws', account: '111111111111', region: 'us-east-1' }, 'vm', instance.instanceId);
      return execute(gatewayUrl(app!), VmStateDocument, { id: vmIdOf });
    });
    expect(vmId).toBe(vmIdOf);
    const after = await execute(gatewayUrl(app!), VmStateDocument, { id: vmId });
    expect(after.data!.vm).toMatchObject({ state: 'STOPPING', providerState: 'stopping' });
  });
});
