// Who may act, through the running gateway: each role allowed and refused, grants deciding from
// the ids alone (a VM in another account is refused the same way whether it exists or not), the
// protection tag, delete's confirmation, malformed input, the per-caller limit — and every one of
// those attempts in the audit log, which only admins read.
import { connect } from 'node:net';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { mintApiKey } from '../../../src/gateway/auth/api-keys.js';
import { globalId } from '../../../src/providers/ids.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';

const ACCOUNT = '111111111111';
const viewer = mintApiKey('watcher');
const operator = mintApiKey('night-ops');
const scoped = mintApiKey('team-east');
const admin = mintApiKey('root-ops');
const burst = mintApiKey('burst-bot');
const eastAdmin = mintApiKey('east-admin');

const STOP = parse('mutation($id: ID!, $key: String!, $dryRun: Boolean) { stopVm(id: $id, idempotencyKey: $key, dryRun: $dryRun) { id status } }');
const DELETE = parse('mutation($id: ID!, $name: String!, $key: String!) { deleteVm(id: $id, confirmName: $name, idempotencyKey: $key) { id status } }');
const AUDIT = parse(
  'query($filter: AuditFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) { nodes { id caller role via kind target decision outcome errorCode message arguments } pageInfo { hasNextPage endCursor } } }',
);

type Errors = { message: string; extensions?: Record<string, unknown> }[];
let app: RunningApp;
const as = (key: { key: string }) => ({ authorization: `Bearer ${key.key}` });

function vms() {
  return app.sandbox!.fleet.aws.scopes().flatMap((scope) =>
    scope.instances.map((i) => ({ ...i, account: scope.account, region: scope.region, id: globalId({ provider: 'aws', account: scope.account, region: scope.region }, 'vm', i.instanceId) })),
  );
}
const unprotected = (account: string) => vms().find((vm) => vm.account === account && !vm.tags.some((t) => t.key === 'env' && t.value === 'prod'))!;

async function stop(key: { key: string }, id: string, idempotencyKey = `k-${Math.random().toString(36).slice(2)}`, dryRun = false) {
  return execute(gatewayUrl(app), STOP, { id, key: idempotencyKey, dryRun }, as(key));
}

beforeAll(async () => {
  app = await startTestApp({
    vmsPerScope: 3,
    writes: { enabled: true, protectionTag: { key: 'env', value: 'PROD' }, perCallerPerMinute: 8 },
    auth: {
      mode: 'required',
      apiKeys: [
        { id: 'watcher', sha256: viewer.sha256, role: 'viewer' },
        { id: 'night-ops', sha256: operator.sha256, role: 'operator' },
        { id: 'team-east', sha256: scoped.sha256, role: 'operator', scopes: { accounts: [ACCOUNT] } },
        { id: 'root-ops', sha256: admin.sha256, role: 'admin' },
        { id: 'burst-bot', sha256: burst.sha256, role: 'operator' },
        { id: 'east-admin', sha256: eastAdmin.sha256, role: 'admin', scopes: { accounts: [ACCOUNT] } },
      ],
    },
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('mutation guard rails', () => {
  it('refuses a viewer any action, naming the permission and the role it needs', async () => {
    const result = await stop(viewer, unprotected(ACCOUNT).id);
    expect(result.data ?? null).toBeNull();
    expect((result.errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', permission: 'stopVm', requiredRole: 'operator' } });
  });

  it('refuses an operator a delete: admins only', async () => {
    const vm = unprotected(ACCOUNT);
    const result = await execute(gatewayUrl(app), DELETE, { id: vm.id, name: vm.instanceId, key: 'del-1' }, as(operator));
    expect((result.errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', permission: 'deleteVm', requiredRole: 'admin' } });
  });

  it('refuses a caller outside its grants alike for a VM that exists and one that does not, asking the cloud nothing', async () => {
    const other = unprotected('222222222222');
    const invented = globalId({ provider: 'aws', account: other.account, region: other.region }, 'vm', 'i-0000000000000beef');
    app.sandbox!.aws!.requests.reset();
    const [existing, missing] = [await stop(scoped, other.id), await stop(scoped, invented)];
    for (const result of [existing, missing]) {
      expect((result.errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', permission: 'stopVm', account: other.account, region: other.region } });
    }
    expect((existing.errors as Errors)[0]!.message).toBe((missing.errors as Errors)[0]!.message);
    expect(app.sandbox!.aws!.requests.count({ service: 'ec2' })).toBe(0);
  });

  it('says NOT_FOUND for a VM that does not exist where the caller is granted', async () => {
    const id = globalId({ provider: 'aws', account: ACCOUNT, region: 'us-east-1' }, 'vm', 'i-0000000000000cafe');
    expect(((await stop(scoped, id)).errors as Errors)[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a malformed id or idempotency key as BAD_USER_INPUT', async () => {
    expect(((await stop(operator, 'not-an-id')).errors as Errors)[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(((await stop(operator, unprotected(ACCOUNT).id, 'has spaces')).errors as Errors)[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'idempotencyKey' } });
  });

  it('refuses to stop a VM carrying the protection tag (value compared without case)', async () => {
    const guarded = vms().find((vm) => vm.tags.some((t) => t.key === 'env' && t.value === 'prod'))!;
    const result = await stop(operator, guarded.id);
    expect((result.errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', permission: 'stopVm', protectionTag: 'env' } });
    expect(app.sandbox!.fleet.aws.findInstance(guarded.instanceId)!.instance.state).toBe(guarded.state);
    // Nothing was recorded, so the key is free for the corrected request.
    const again = await stop(operator, guarded.id, 'reused-after-refusal');
    expect((again.errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    // (Stopping a stopped instance is accepted by EC2 and changes nothing.)
    const stopped = vms().find((vm) => vm.state === 'stopped' && !vm.tags.some((t) => t.key === 'env' && t.value === 'prod'))!;
    const corrected = await stop(operator, stopped.id, 'reused-after-refusal');
    expect(corrected.errors, JSON.stringify(corrected.errors)).toBeUndefined();
  });

  it("refuses a delete whose confirmName is not the VM's name", async () => {
    const vm = unprotected(ACCOUNT);
    const result = await execute(gatewayUrl(app), DELETE, { id: vm.id, name: 'something-else', key: 'del-2' }, as(admin));
    expect((result.errors as Errors)[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'confirmName' } });
  });

  it('limits mutations per caller per minute, dry runs included', async () => {
    // Nine calls inside one clock minute.
    if (Date.now() % 60_000 > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 100));
    const id = unprotected(ACCOUNT).id;
    const results = [];
    for (let i = 0; i < 9; i++) results.push(await stop(burst, id, `burst-${i}`, true));
    for (const result of results.slice(0, 8)) expect(JSON.stringify(result.errors ?? [])).not.toContain('RATE_LIMITED');
    expect((results[8]!.errors as Errors)[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(((results[8]!.errors as Errors)[0]!.extensions!.retryAfterSeconds as number) > 0).toBe(true);
  });

  it('lets each role do what it may: operators stop (a scoped one within its grants), admins delete, viewers follow', async () => {
    const mine = vms().filter((vm) => vm.account === ACCOUNT && vm.state === 'running' && !vm.tags.some((t) => t.key === 'env' && t.value === 'prod'));
    const theirs = vms().find((vm) => vm.account !== ACCOUNT && !vm.tags.some((t) => t.key === 'env' && t.value === 'prod'))!;
    const byOperator = await stop(operator, mine[0]!.id);
    expect(byOperator.errors).toBeUndefined();
    expect(byOperator.data).toMatchObject({ stopVm: { status: 'RUNNING' } });
    const byScoped = await stop(scoped, mine[1]!.id);
    expect(byScoped.errors).toBeUndefined();
    const name = theirs.tags.find((t) => t.key === 'Name')?.value ?? theirs.instanceId;
    const byAdmin = await execute(gatewayUrl(app), DELETE, { id: theirs.id, name, key: 'del-allowed' }, as(admin));
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data).toMatchObject({ deleteVm: { status: 'RUNNING' } });
    const id = (byOperator.data as { stopVm: { id: string } }).stopVm.id;
    const followed = await execute(gatewayUrl(app), parse('query($id: ID!) { operation(id: $id) { id requestedBy requestedByRole } }'), { id }, as(viewer));
    expect(followed.data).toEqual({ operation: { id, requestedBy: 'night-ops', requestedByRole: 'OPERATOR' } });
  });

  it('refuses a mutation without valid credentials with 401, and audits the attempt', async () => {
    const response = await fetch(gatewayUrl(app), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer fgk_former-bot_revoked' },
      body: JSON.stringify({ query: 'mutation($id: ID!) { a: stopVm(id: $id, idempotencyKey: "a") { id } b: stopVm(id: $id, idempotencyKey: "b") { id } }', variables: { id: unprotected(ACCOUNT).id } }),
    });
    expect(response.status).toBe(401);
    const audit = await execute(gatewayUrl(app), AUDIT, { filter: { callers: ['unauthenticated'] } }, as(admin));
    const entries = (audit.data as { auditLog: { nodes: { kind: string; errorCode: string; decision: string }[] } }).auditLog.nodes;
    // One entry per request, however many fields it repeats.
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'STOP_VM', errorCode: 'UNAUTHENTICATED', decision: 'REFUSED' });
    // A refused client that hangs up mid-body takes nothing down.
    const { port } = new URL(gatewayUrl(app));
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"query":"mutation');
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(gatewayUrl(app).replace('/graphql', '/healthz'))).status).toBe(200);
  });

  it('keeps every attempt in the audit log, which only admins may read', async () => {
    expect(((await execute(gatewayUrl(app), AUDIT, {}, as(operator))).errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', permission: 'readAuditLog' } });
    // The log spans every account: an admin granted one account may not read it.
    expect(((await execute(gatewayUrl(app), AUDIT, {}, as(eastAdmin))).errors as Errors)[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', permission: 'readAuditLog' } });
    const result = await execute(gatewayUrl(app), AUDIT, { filter: { decisions: ['REFUSED'] }, first: 100 }, as(admin));
    expect(result.errors).toBeUndefined();
    type Entry = { caller: string; role: string; via: string; kind: string; decision: string; outcome: string; errorCode: string; arguments: string };
    const entries = (result.data as { auditLog: { nodes: Entry[] } }).auditLog.nodes;
    const seen = (caller: string, code: string) => entries.some((e) => e.caller === caller && e.errorCode === code && e.decision === 'REFUSED' && e.outcome === 'REFUSED');
    expect(seen('watcher', 'FORBIDDEN')).toBe(true);
    expect(seen('night-ops', 'FORBIDDEN')).toBe(true);
    expect(seen('team-east', 'FORBIDDEN')).toBe(true);
    expect(seen('team-east', 'NOT_FOUND')).toBe(true);
    expect(seen('night-ops', 'BAD_USER_INPUT')).toBe(true);
    expect(seen('root-ops', 'BAD_USER_INPUT')).toBe(true);
    expect(seen('burst-bot', 'RATE_LIMITED')).toBe(true);
    const allowed = await execute(gatewayUrl(app), AUDIT, { filter: { decisions: ['ALLOWED'] }, first: 100 }, as(admin));
    const accepted = (allowed.data as { auditLog: { nodes: Entry[] } }).auditLog.nodes.filter((e) => e.outcome === 'ACCEPTED').map((e) => `${e.caller}:${e.kind}`);
    expect(accepted).toEqual(expect.arrayContaining(['night-ops:STOP_VM', 'team-east:STOP_VM', 'root-ops:DELETE_VM']));
    const viewerEntry = entries.find((e) => e.caller === 'watcher')!;
    expect(viewerEntry).toMatchObject({ role: 'VIEWER', via: 'API_KEY', kind: 'STOP_VM' });
    expect(JSON.parse(viewerEntry.arguments)).toMatchObject({ idempotencyKey: expect.any(String), id: expect.any(String) });
    // Pages: newest first, the next page after the last id.
    const first = await execute(gatewayUrl(app), AUDIT, { first: 2 }, as(admin));
    const page = (first.data as { auditLog: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }).auditLog;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await execute(gatewayUrl(app), AUDIT, { first: 2, after: page.pageInfo.endCursor }, as(admin));
    const nextIds = (next.data as { auditLog: { nodes: { id: string }[] } }).auditLog.nodes.map((n) => n.id);
    expect(nextIds).toHaveLength(2);
    expect(nextIds.some((id) => page.nodes.some((n) => n.id === id))).toBe(false);
  });
});
