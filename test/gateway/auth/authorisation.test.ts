// Grants through the running gateway: a caller scoped to one AWS account and region sees only
// that part of the fleet — in listings (counts included), by id, in the providers list, in live
// events and in spend — and asking for anything else costs no upstream call. The subgraphs trust
// only the caller the gateway signs in: called directly, without it or with a forged one, they
// answer UNAUTHENTICATED.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { CALLER_EXTENSION } from '../../../src/auth/caller-token.js';
import { mintApiKey } from '../../../src/gateway/auth/api-keys.js';
import { globalId } from '../../../src/providers/ids.js';
import { CostsDocument, VmStateChangedIdsDocument } from '../../generated/operations.js';
import { gatewayUrl, startTestApp, untilEveryScopePolled } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { subscribe } from '../../support/subscriptions.js';

const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
const admin = mintApiKey('ops-admin');
const scoped = mintApiKey('team-east');

const VMS = parse('query($filter: VmFilter) { vms(filter: $filter, first: 1000) { totalCount nodes { id account region } } }');
const VM = parse('query($id: ID!) { vm(id: $id) { id } }');
const PROVIDERS = parse('{ providers { provider accounts { id regions { region } } } }');

let app: RunningApp;
const as = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

/** The fleet's instances as global VM ids, with where they live. */
function fleetVms() {
  return app.sandbox!.fleet.aws.scopes().flatMap((scope) =>
    scope.instances.map((i) => ({ instanceId: i.instanceId, state: i.state, account: scope.account, region: scope.region, id: globalId({ provider: 'aws', account: scope.account, region: scope.region }, 'vm', i.instanceId) })),
  );
}

beforeAll(async () => {
  app = await startTestApp({
    vmsPerScope: 3,
    pollIntervalSeconds: 0.2,
    auth: {
      mode: 'required',
      apiKeys: [
        { id: 'ops-admin', sha256: admin.sha256, role: 'admin' },
        { id: 'team-east', sha256: scoped.sha256, role: 'viewer', scopes: { accounts: [ACCOUNT], regions: [REGION] } },
      ],
    },
  });
  await untilEveryScopePolled(app);
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('grants', () => {
  it('lists only the granted account and region, and counts only them', async () => {
    const all = await execute(gatewayUrl(app), VMS, {}, as(admin));
    const mine = await execute(gatewayUrl(app), VMS, {}, as(scoped));
    type Vms = { vms: { totalCount: number; nodes: { id: string; account: string; region: string }[] } };
    const fleet = fleetVms();
    expect((all.data as Vms).vms.totalCount).toBe(fleet.length);
    const granted = fleet.filter((vm) => vm.account === ACCOUNT && vm.region === REGION);
    expect(granted.length).toBeGreaterThan(0);
    expect(granted.length).toBeLessThan(fleet.length);
    expect(mine.errors).toBeUndefined();
    expect((mine.data as Vms).vms.totalCount).toBe(granted.length);
    expect((mine.data as Vms).vms.nodes.map((n) => n.id).sort()).toEqual(granted.map((vm) => vm.id).sort());
    // Asking for another account narrows to nothing, not to an error that would confirm it exists.
    const other = await execute(gatewayUrl(app), VMS, { filter: { accounts: ['222222222222'] } }, as(scoped));
    expect(other.errors).toBeUndefined();
    expect((other.data as Vms).vms.totalCount).toBe(0);
  });

  it('delivers only events of the granted part of the fleet', async () => {
    const running = fleetVms().filter((vm) => vm.state === 'running');
    const outside = running.find((vm) => vm.account !== ACCOUNT)!;
    const inside = running.find((vm) => vm.account === ACCOUNT && vm.region === REGION)!;
    const subscription = subscribe(gatewayUrl(app), VmStateChangedIdsDocument, { since: '0-0' }, { apiKey: scoped.key });
    try {
      await subscription.connected;
      // The change outside comes first: had it leaked, it would be the first event delivered.
      app.sandbox!.fleet.aws.setInstanceState(outside.instanceId, 'stopping');
      await new Promise((resolve) => setTimeout(resolve, 600));
      app.sandbox!.fleet.aws.setInstanceState(inside.instanceId, 'stopping');
      const [event] = await subscription.take(1);
      expect(event!.errors).toBeUndefined();
      expect(event!.data!.vmStateChanged.vmId).toBe(inside.id);
    } finally {
      await subscription.dispose();
    }
  });

  it('answers a VM outside the grants like one that does not exist, without asking the cloud', async () => {
    const outside = fleetVms().find((vm) => vm.account !== ACCOUNT)!;
    const invented = globalId({ provider: 'aws', account: outside.account, region: outside.region }, 'vm', 'i-0000000000000dead');
    expect((await execute(gatewayUrl(app), VM, { id: outside.id }, as(admin))).data).toEqual({ vm: { id: outside.id } });
    await app.events!.poller!.stop(); // its listings would count too; no later test needs it
    app.sandbox!.aws!.requests.reset();
    for (const id of [outside.id, invented]) {
      const result = await execute(gatewayUrl(app), VM, { id }, as(scoped));
      expect(result).toEqual({ data: { vm: null } });
    }
    expect(app.sandbox!.aws!.requests.count({ service: 'ec2' })).toBe(0);
  });

  it('lists only granted accounts and regions among the providers', async () => {
    const result = await execute(gatewayUrl(app), PROVIDERS, {}, as(scoped));
    expect(result.data).toEqual({ providers: [{ provider: 'AWS', accounts: [{ id: ACCOUNT, regions: [{ region: REGION }] }] }] });
  });

  it('bills only the granted account and region', async () => {
    const day = 86_400_000;
    const today = new Date(Math.floor(Date.now() / day) * day);
    const variables = { from: new Date(today.getTime() - 5 * day).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10), groupBy: [{ dimension: 'ACCOUNT' as const }, { dimension: 'REGION' as const }] };
    const all = await execute(gatewayUrl(app), CostsDocument, variables, as(admin));
    const mine = await execute(gatewayUrl(app), CostsDocument, variables, as(scoped));
    expect(mine.errors).toBeUndefined();
    const keysOf = (rows: { keys: { value: string }[] }[]) => new Set(rows.map((row) => row.keys.map((k) => k.value).join('/')));
    expect(keysOf(all.data!.costs.rows).size).toBeGreaterThan(1);
    expect([...keysOf(mine.data!.costs.rows)]).toEqual([`${ACCOUNT}/${REGION}`]);
  });

});

describe('with writes off (the default)', () => {
  it('has no mutations in the schema at all', async () => {
    const result = await execute(gatewayUrl(app), parse('{ __schema { mutationType { name } } __type(name: "Operation") { name } }'), {}, as(admin));
    expect(result).toEqual({ data: { __schema: { mutationType: null }, __type: null } });
  });
});

describe('subgraphs behind the gateway', () => {
  it('refuse a request that does not carry a caller the gateway signed', async () => {
    const compute = app.subgraphs.find((s) => s.name === 'compute')!.url;
    for (const extensions of [undefined, { [CALLER_EXTENSION]: 'eyJjYWxsZXIiOnsiaWQiOiJldmUiLCJyb2xlIjoiYWRtaW4ifX0.forged' }]) {
      const response = await fetch(compute, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ vms(first: 1) { totalCount } }', extensions }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
