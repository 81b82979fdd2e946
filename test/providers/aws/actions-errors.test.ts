// AWS action failures through the adapter: each EC2 refusal in its category with EC2's code,
// actions EC2 fails mid-way ending FAILED with EC2's reason, dry runs that act never, and
// ClientToken idempotency.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/providers/errors.js';
import type { ActionOptions, ActionRequest, CreateVmSpec } from '../../../src/providers/types.js';
import { DEFAULT_STORAGE_HEADROOM_GIB, DEFAULT_VCPU_HEADROOM } from '../../../emulators/aws/index.js';
import { US, followToEnd, idOf, runAction, startActionHarness, takeInstances, usScope, type ActionHarness } from './actions-support.js';

let h: ActionHarness;
const taken = new Set<string>();
const once = (key: string): ActionOptions => ({ idempotencyKey: key, dryRun: false });
const dry = (key: string): ActionOptions => ({ idempotencyKey: key, dryRun: true });

beforeAll(async () => {
  h = await startActionHarness();
});
afterAll(() => h?.close());
beforeEach(() => {
  h.emulator.requests.reset();
  h.emulator.faults.clear();
  h.emulator.writes.failures.clear();
  h.emulator.writes.limits.vcpuHeadroom = DEFAULT_VCPU_HEADROOM;
  h.emulator.writes.limits.storageHeadroomGiB = DEFAULT_STORAGE_HEADROOM_GIB;
});

async function refusal(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const running = () => takeInstances(h.fleet, taken, 'running')[0]!.instanceId;
/** A running x86 instance (the resize targets below are x86 types). */
function runningX86(): string {
  const instance = usScope(h.fleet).instances.find((i) => i.state === 'running' && i.architecture === 'x86_64' && !taken.has(i.instanceId))!;
  taken.add(instance.instanceId);
  return instance.instanceId;
}
function stopped(): string {
  const id = runningX86();
  h.fleet.aws.setInstanceState(id, 'stopping');
  h.fleet.aws.setInstanceState(id, 'stopped');
  return id;
}
const image = () => usScope(h.fleet).instances.find((i) => i.architecture === 'x86_64')!.imageId;
const spec = (over: Partial<CreateVmSpec> = {}): CreateVmSpec => ({
  scope: US,
  zone: 'us-east-1a',
  name: 'vm',
  image: image(),
  instanceType: 't3.micro',
  subnetId: null,
  securityGroupIds: [],
  bootDiskGiB: null,
  dataDisks: [],
  tags: [],
  ...over,
});
const writes = () => h.emulator.requests.count((e) => !e.action.startsWith('Describe'));

describe('AWS action refusals, classified', () => {
  it.each([
    ['rebootVm of a stopped instance', () => ({ kind: 'rebootVm', vm: idOf('vm', stopped()) }) as ActionRequest, 'CONFLICT', 'IncorrectInstanceState'],
    ['detachVolume of a volume attached to nothing', () => ({ kind: 'detachVolume', volume: idOf('volume', looseVolume()), vm: idOf('vm', running()), force: false }) as ActionRequest, 'CONFLICT', 'IncorrectState'],
    ['attachVolume of a volume in use', () => attachInUse(), 'CONFLICT', 'VolumeInUse'],
    ['startVm of an unknown instance', () => ({ kind: 'startVm', vm: idOf('vm', 'i-0ffffffffffffff01') }) as ActionRequest, 'NOT_FOUND', 'InvalidInstanceID.NotFound'],
    ['deleteSnapshot of an unknown snapshot', () => ({ kind: 'deleteSnapshot', snapshot: idOf('snapshot', 'snap-0ffffffffffffff01') }) as ActionRequest, 'NOT_FOUND', 'InvalidSnapshot.NotFound'],
    ['createVm of a type EC2 does not offer here', () => ({ kind: 'createVm', spec: spec({ instanceType: 'p5.48xlarge' }) }) as ActionRequest, 'INVALID_INPUT', 'Unsupported'],
    ['createVm of a type that does not exist', () => ({ kind: 'createVm', spec: spec({ instanceType: 'x9.colossal' }) }) as ActionRequest, 'INVALID_INPUT', 'InvalidParameterValue'],
    ['resizeVolume to a smaller size', () => ({ kind: 'resizeVolume', volume: idOf('volume', looseVolume()), sizeGiB: 1 }) as ActionRequest, 'INVALID_INPUT', 'InvalidParameterValue'],
  ])('%s', async (_name, make, category, code) => {
    const error = await refusal(h.actions.start(make(), once(`refuse-${code}`)));
    expect([error.category, error.providerCode]).toEqual([category, code]);
    expect(error.message).toContain(code);
  });

  it('quota: starting past the vCPU limit is VcpuLimitExceeded, growing past the storage limit VolumeLimitExceeded', async () => {
    const id = stopped();
    // A limit below what already runs, as when AWS lowers a quota.
    h.emulator.writes.limits.vcpuHeadroom = -1000;
    const vcpus = await refusal(h.actions.start({ kind: 'startVm', vm: idOf('vm', id) }, once('quota-1')));
    expect([vcpus.category, vcpus.providerCode]).toEqual(['QUOTA_EXCEEDED', 'VcpuLimitExceeded']);
    const launch = await refusal(h.actions.start({ kind: 'createVm', spec: spec() }, once('quota-2')));
    expect([launch.category, launch.providerCode]).toEqual(['QUOTA_EXCEEDED', 'VcpuLimitExceeded']);
    h.emulator.writes.limits.storageHeadroomGiB = 10;
    const volume = looseVolume();
    const grow = await refusal(h.actions.start({ kind: 'resizeVolume', volume: idOf('volume', volume), sizeGiB: sizeOf(volume) + 50 }, once('quota-3')));
    expect([grow.category, grow.providerCode]).toEqual(['QUOTA_EXCEEDED', 'VolumeLimitExceeded']);
  });

  it('resizeVm of a running instance without allowRestart is CONFLICT before any write', async () => {
    const error = await refusal(h.actions.start({ kind: 'resizeVm', vm: idOf('vm', running()), instanceType: 'm5.xlarge', allowRestart: false }, once('resize-no')));
    expect(error.category).toBe('CONFLICT');
    expect(writes()).toBe(0);
  });

  it('resizeVm to a type that does not exist is INVALID_INPUT before the instance is stopped', async () => {
    const id = running();
    const error = await refusal(h.actions.start({ kind: 'resizeVm', vm: idOf('vm', id), instanceType: 'x9.colossal', allowRestart: true }, once('resize-bad')));
    expect(error.category).toBe('INVALID_INPUT');
    expect(writes()).toBe(0);
    expect(usScope(h.fleet).instances.find((i) => i.instanceId === id)?.state).toBe('running');
  });

  it('a scope that is not configured is INVALID_INPUT before any call', async () => {
    const elsewhere = { provider: 'aws' as const, account: '999999999999', region: 'us-east-1' };
    const error = await refusal(h.actions.start({ kind: 'startVm', vm: idOf('vm', 'i-0ffffffffffffff01', elsewhere) }, once('nowhere')));
    expect(error.category).toBe('INVALID_INPUT');
    expect(h.emulator.requests.count()).toBe(0);
  });

  it.each([
    ['forbidden', 'AUTH', 'UnauthorizedOperation'],
    ['throttle', 'THROTTLED', 'RequestLimitExceeded'],
    ['unavailable', 'UNAVAILABLE', 'Unavailable'],
  ] as const)('injected %s on the write is %s', async (kind, category, code) => {
    h.emulator.faults.add({ service: 'ec2', action: 'StopInstances', kind });
    const error = await refusal(h.actions.start({ kind: 'stopVm', vm: idOf('vm', running()), hibernate: false }, once(`fault-${kind}`)));
    expect([error.category, error.providerCode]).toEqual([category, code]);
  });

  it('secrets never reach a write failure', async () => {
    h.emulator.faults.add({ service: 'ec2', action: 'StartInstances', kind: 'forbidden' });
    const error = await refusal(h.actions.start({ kind: 'startVm', vm: idOf('vm', stopped()) }, once('secret')));
    expect(error.message).not.toMatch(/AKIA|fleetDemoSecretKey/);
  });
});

describe('AWS actions EC2 fails mid-way end FAILED with its reason', () => {
  it('createVm whose launch fails: terminated, Server.InternalError', async () => {
    h.emulator.writes.failures.add({ action: 'RunInstances' });
    const result = await runAction(h.actions, { kind: 'createVm', spec: spec({ name: 'doomed' }) }, 'fail-1');
    expect(result).toMatchObject({ status: 'FAILED', providerCode: 'Server.InternalError' });
  });

  it('startVm without capacity: stopped again, Server.InsufficientInstanceCapacity', async () => {
    h.emulator.writes.failures.add({ action: 'StartInstances' });
    const id = stopped();
    expect(await runAction(h.actions, { kind: 'startVm', vm: idOf('vm', id) }, 'fail-2')).toMatchObject({ status: 'FAILED', providerCode: 'Server.InsufficientInstanceCapacity' });
    expect((await h.adapter.get('vm', US, [id]))[0]?.state).toBe('STOPPED');
  });

  it('resizeVm whose restart fails ends FAILED after the type changed', async () => {
    h.emulator.writes.failures.add({ action: 'StartInstances' });
    const id = runningX86();
    const result = await runAction(h.actions, { kind: 'resizeVm', vm: idOf('vm', id), instanceType: 'm5.xlarge', allowRestart: true }, 'fail-3');
    expect(result).toMatchObject({ status: 'FAILED', providerCode: 'Server.InsufficientInstanceCapacity' });
    expect((await h.adapter.get('vm', US, [id]))[0]).toMatchObject({ instanceType: 'm5.xlarge', state: 'STOPPED' });
  });

  it('resizeVm whose restart passes the vCPU limit ends FAILED with VcpuLimitExceeded', async () => {
    const id = runningX86();
    const request: ActionRequest = { kind: 'resizeVm', vm: idOf('vm', id), instanceType: 'c6i.2xlarge', allowRestart: true };
    const started = await h.actions.start(request, once('fail-4'));
    h.emulator.writes.limits.vcpuHeadroom = -1000;
    expect(await followToEnd(h.actions, request, started!.tracking)).toMatchObject({ status: 'FAILED', providerCode: 'VcpuLimitExceeded' });
  });

  it('createSnapshot that fails: error, with EC2\u2019s state message', async () => {
    h.emulator.writes.failures.add({ action: 'CreateSnapshot', message: 'Snapshot creation failed: volume I/O error' });
    const result = await runAction(h.actions, { kind: 'createSnapshot', volume: idOf('volume', looseVolume()), name: null, description: null, tags: [] }, 'fail-5');
    expect(result).toEqual({ status: 'FAILED', providerCode: null, message: 'Snapshot creation failed: volume I/O error' });
  });

  it('resizeVolume whose modification fails: failed, the size unchanged', async () => {
    h.emulator.writes.failures.add({ action: 'ModifyVolume' });
    const volume = looseVolume();
    const size = sizeOf(volume);
    expect((await runAction(h.actions, { kind: 'resizeVolume', volume: idOf('volume', volume), sizeGiB: size + 10 }, 'fail-6')).status).toBe('FAILED');
    expect((await h.adapter.get('volume', US, [volume]))[0]?.sizeGiB).toBe(size);
  });
});

describe('AWS dry runs and idempotency', () => {
  it('every action with dryRun answers null, sends only DryRun requests and changes nothing', async () => {
    const [a, b] = [runningX86(), stopped()];
    const volume = looseVolume(b);
    const snapshot = usScope(h.fleet).snapshots.find((s) => s.state === 'completed')!.snapshotId;
    const before = JSON.stringify(usScope(h.fleet));
    const requests: ActionRequest[] = [
      { kind: 'stopVm', vm: idOf('vm', a), hibernate: false },
      { kind: 'rebootVm', vm: idOf('vm', a) },
      { kind: 'deleteVm', vm: idOf('vm', a) },
      { kind: 'resizeVm', vm: idOf('vm', a), instanceType: 'm5.xlarge', allowRestart: true },
      { kind: 'startVm', vm: idOf('vm', b) },
      { kind: 'resizeVm', vm: idOf('vm', b), instanceType: 'm5.xlarge', allowRestart: false },
      { kind: 'createVm', spec: spec() },
      { kind: 'attachVolume', volume: idOf('volume', volume), vm: idOf('vm', b), device: '/dev/sdz' },
      { kind: 'resizeVolume', volume: idOf('volume', volume), sizeGiB: sizeOf(volume) + 1 },
      { kind: 'createSnapshot', volume: idOf('volume', volume), name: null, description: null, tags: [] },
      { kind: 'deleteSnapshot', snapshot: idOf('snapshot', snapshot) },
    ];
    for (const request of requests) expect(await h.actions.start(request, dry(`dry-${request.kind}`))).toBeNull();
    expect(JSON.stringify(usScope(h.fleet))).toBe(before);
    const writeEntries = h.emulator.requests.entries().filter((e) => !e.action.startsWith('Describe'));
    expect(writeEntries.length).toBe(requests.length);
    expect(writeEntries.every((e) => e.status === 412)).toBe(true);
  });

  it('a dry run EC2 would refuse fails as the real call would', async () => {
    const error = await refusal(h.actions.start({ kind: 'rebootVm', vm: idOf('vm', stopped()) }, dry('dry-refused')));
    expect([error.category, error.providerCode]).toEqual(['CONFLICT', 'IncorrectInstanceState']);
    h.emulator.faults.add({ service: 'ec2', action: 'TerminateInstances', kind: 'forbidden' });
    const denied = await refusal(h.actions.start({ kind: 'deleteVm', vm: idOf('vm', running()) }, dry('dry-denied')));
    expect([denied.category, denied.providerCode]).toEqual(['AUTH', 'UnauthorizedOperation']);
  });

  it('createVm twice with one key launches once (ClientToken); the key with another spec is CONFLICT', async () => {
    const count = () => usScope(h.fleet).instances.length;
    const before = count();
    const first = await h.actions.start({ kind: 'createVm', spec: spec({ name: 'once' }) }, once('same-key'));
    const second = await h.actions.start({ kind: 'createVm', spec: spec({ name: 'once' }) }, once('same-key'));
    expect(second?.resourceId).toBe(first?.resourceId);
    expect(count()).toBe(before + 1);
    expect(h.emulator.requests.count({ action: 'RunInstances', status: 200 })).toBe(2);
    const other = await refusal(h.actions.start({ kind: 'createVm', spec: spec({ name: 'other' }) }, once('same-key')));
    expect([other.category, other.providerCode]).toEqual(['CONFLICT', 'IdempotentParameterMismatch']);
    expect(count()).toBe(before + 1);
  });
});

/** A volume attached to nothing, of this test's own: a fixture put straight into the fleet, as CreateVolume would leave it. */
function looseVolume(nearInstance?: string): string {
  const model = usScope(h.fleet).volumes[0]!;
  const volumeId = h.fleet.aws.allocator.id('vol', h.fleet.aws.writeRandom);
  const zone = usScope(h.fleet).instances.find((i) => i.instanceId === nearInstance)?.availabilityZone ?? model.availabilityZone;
  usScope(h.fleet).volumes.push({ ...model, volumeId, availabilityZone: zone, state: 'available', attachments: [], tags: [] });
  return volumeId;
}

const sizeOf = (volumeId: string) => usScope(h.fleet).volumes.find((v) => v.volumeId === volumeId)!.size;

function attachInUse(): ActionRequest {
  const volume = usScope(h.fleet).volumes.find((v) => v.state === 'in-use' && v.attachments[0]?.state === 'attached')!;
  const instance = usScope(h.fleet).instances.find((i) => i.availabilityZone === volume.availabilityZone && i.instanceId !== volume.attachments[0]!.instanceId && i.state === 'running')!;
  return { kind: 'attachVolume', volume: idOf('volume', volume.volumeId), vm: idOf('vm', instance.instanceId), device: '/dev/sdz' };
}
