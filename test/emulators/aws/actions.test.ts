// The EC2 writes over the wire with the real SDK: what the adapter tests do not reach — launch
// replays by ClientToken, DryRun, faults on writes, state-change listeners, EC2's refusals in its
// own shape, DescribeVolumesModifications, and steps cancelled on close.
import {
  AttachVolumeCommand,
  DescribeImagesCommand,
  DescribeVolumesModificationsCommand,
  DetachVolumeCommand,
  ModifyInstanceAttributeCommand,
  ModifyVolumeCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
  type RunInstancesCommandInput,
} from '@aws-sdk/client-ec2';
import { afterEach, describe, expect, it } from 'vitest';
import type { InstanceStateChange } from '../../../emulators/fleet.js';
import { ACCOUNT_A, rejectionOf, startHarness, useHarness } from './helpers.js';

const STEP_MS = 20;
const h = useHarness({ vmsPerScope: 40 }, STEP_MS);
const taken = new Set<string>();

afterEach(() => {
  h.emu.faults.clear();
  h.emu.requests.reset();
  h.emu.writes.failures.clear();
});

const scope = () => h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function running(): string {
  const instance = scope().instances.find((i) => i.state === 'running' && i.architecture === 'x86_64' && !taken.has(i.instanceId))!;
  taken.add(instance.instanceId);
  return instance.instanceId;
}

async function until(check: () => boolean): Promise<void> {
  for (let look = 0; look < 200 && !check(); look++) await pause(STEP_MS / 2);
  expect(check()).toBe(true);
}

const launch = (over: Partial<RunInstancesCommandInput> = {}): RunInstancesCommandInput => ({
  ImageId: scope().instances.find((i) => i.architecture === 'x86_64')!.imageId,
  InstanceType: 't3.micro',
  MinCount: 1,
  MaxCount: 1,
  ...over,
});

describe('EC2 writes over the wire', () => {
  it('RunInstances with a ClientToken seen before answers the same reservation and launches nothing', async () => {
    const before = scope().instances.length;
    const first = await h.ec2().send(new RunInstancesCommand(launch({ ClientToken: 'token-a' })));
    const again = await h.ec2().send(new RunInstancesCommand(launch({ ClientToken: 'token-a' })));
    expect(again.ReservationId).toBe(first.ReservationId);
    expect(again.Instances?.map((i) => i.InstanceId)).toEqual(first.Instances?.map((i) => i.InstanceId));
    expect(first.Instances?.[0]?.ClientToken).toBe('token-a');
    expect(scope().instances.length).toBe(before + 1);
    const mismatch = await rejectionOf(h.ec2().send(new RunInstancesCommand(launch({ ClientToken: 'token-a', InstanceType: 't3.large' }))));
    expect([mismatch.name, mismatch.$metadata.httpStatusCode]).toEqual(['IdempotentParameterMismatch', 400]);
  });

  it('DryRun answers DryRunOperation (412) when the write would succeed, its error when not, UnauthorizedOperation without the permission', async () => {
    const id = running();
    const ok = await rejectionOf(h.ec2().send(new StopInstancesCommand({ InstanceIds: [id], DryRun: true })));
    expect([ok.name, ok.$metadata.httpStatusCode]).toEqual(['DryRunOperation', 412]);
    expect(scope().instances.find((i) => i.instanceId === id)?.state).toBe('running');
    const refused = await rejectionOf(h.ec2().send(new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 't3.large' }, DryRun: true })));
    expect(refused.name).toBe('IncorrectInstanceState');
    h.emu.faults.add({ service: 'ec2', action: 'StopInstances', kind: 'forbidden' });
    const denied = await rejectionOf(h.ec2().send(new StopInstancesCommand({ InstanceIds: [id], DryRun: true })));
    expect([denied.name, denied.$metadata.httpStatusCode]).toEqual(['UnauthorizedOperation', 403]);
    expect(denied.message).toContain('ec2:StopInstances');
  });

  it('fault rules match write actions: a throttled RunInstances launches nothing', async () => {
    const before = scope().instances.length;
    h.emu.faults.add({ service: 'ec2', action: 'RunInstances', kind: 'throttle' });
    const error = await rejectionOf(h.ec2().send(new RunInstancesCommand(launch())));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['RequestLimitExceeded', 503]);
    expect(scope().instances.length).toBe(before);
    expect(h.emu.requests.count({ action: 'RunInstances', status: 503 })).toBe(1);
  });

  it('state-change listeners see every step of a write, as they see the churn', async () => {
    const id = running();
    const seen: InstanceStateChange[] = [];
    const off = h.fleet.aws.onInstanceStateChange((change) => {
      if (change.instanceId === id) seen.push(change);
    });
    const stop = await h.ec2().send(new StopInstancesCommand({ InstanceIds: [id] }));
    expect(stop.StoppingInstances?.[0]).toMatchObject({ CurrentState: { Name: 'stopping', Code: 64 }, PreviousState: { Name: 'running', Code: 16 } });
    await until(() => seen.length === 2);
    await h.ec2().send(new StartInstancesCommand({ InstanceIds: [id] }));
    await until(() => seen.length === 4);
    off();
    expect(seen.map((c) => `${c.previousState}>${c.state}`)).toEqual(['running>stopping', 'stopping>stopped', 'stopped>pending', 'pending>running']);
  });

  it('a launch is announced as pending, then running', async () => {
    const states: string[] = [];
    const off = h.fleet.aws.onInstanceStateChange((change) => states.push(`${change.instanceId}:${change.state}`));
    const out = await h.ec2().send(new RunInstancesCommand(launch()));
    const id = out.Instances![0]!.InstanceId!;
    await until(() => states.includes(`${id}:running`));
    off();
    expect(states.filter((s) => s.startsWith(id))).toEqual([`${id}:pending`, `${id}:running`]);
  });

  it('refuses in EC2\u2019s words: a type change while running, the root volume of a running instance, another zone, a terminated instance', async () => {
    const id = running();
    const instance = scope().instances.find((i) => i.instanceId === id)!;
    const modify = await rejectionOf(h.ec2().send(new ModifyInstanceAttributeCommand({ InstanceId: id, InstanceType: { Value: 't3.large' } })));
    expect([modify.name, modify.message]).toEqual(['IncorrectInstanceState', `The instance '${id}' is not in the 'stopped' state.`]);
    const root = scope().volumes.find((v) => v.attachments.some((a) => a.instanceId === id && a.device === instance.rootDeviceName))!;
    expect((await rejectionOf(h.ec2().send(new DetachVolumeCommand({ VolumeId: root.volumeId, InstanceId: id })))).name).toBe('OperationNotPermitted');
    const elsewhere = scope().volumes.find((v) => v.availabilityZone !== instance.availabilityZone && v.state === 'available');
    if (elsewhere) {
      const zone = await rejectionOf(h.ec2().send(new AttachVolumeCommand({ VolumeId: elsewhere.volumeId, InstanceId: id, Device: '/dev/sdx' })));
      expect(zone.name).toBe('InvalidVolume.ZoneMismatch');
    }
    await h.ec2().send(new TerminateInstancesCommand({ InstanceIds: [id] }));
    await until(() => instance.state === 'terminated');
    const start = await rejectionOf(h.ec2().send(new StartInstancesCommand({ InstanceIds: [id] })));
    expect([start.name, start.message]).toEqual(['IncorrectInstanceState', `The instance '${id}' is not in a state from which it can be started.`]);
  });

  it('ModifyVolume: modifying, then optimizing with the new size, then completed; a second one meanwhile is refused', async () => {
    const volume = scope().volumes.find((v) => v.state === 'in-use' && !taken.has(v.volumeId))!;
    taken.add(volume.volumeId);
    const target = volume.size + 10;
    const out = await h.ec2().send(new ModifyVolumeCommand({ VolumeId: volume.volumeId, Size: target }));
    expect(out.VolumeModification).toMatchObject({ ModificationState: 'modifying', TargetSize: target, OriginalSize: target - 10 });
    const again = await rejectionOf(h.ec2().send(new ModifyVolumeCommand({ VolumeId: volume.volumeId, Size: target + 10 })));
    expect(again.name).toBe('IncorrectModificationState');
    const states = new Set<string>();
    await until(() => {
      const m = h.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!.volumes.find((v) => v.volumeId === volume.volumeId);
      return m?.size === target;
    });
    for (let look = 0; look < 200 && !states.has('completed'); look++) {
      const read = await h.ec2().send(new DescribeVolumesModificationsCommand({ VolumeIds: [volume.volumeId] }));
      states.add(read.VolumesModifications![0]!.ModificationState!);
      await pause(STEP_MS / 2);
    }
    expect(states.has('completed')).toBe(true);
  });

  it('DescribeImages names the region\u2019s images and their root devices', async () => {
    const imageId = launch().ImageId!;
    const out = await h.ec2().send(new DescribeImagesCommand({ ImageIds: [imageId] }));
    expect(out.Images?.[0]).toMatchObject({ ImageId: imageId, State: 'available', RootDeviceType: 'ebs' });
    expect(out.Images?.[0]?.RootDeviceName).toMatch(/^\/dev\//);
  });
});

describe('closing the emulator', () => {
  it('cancels the steps still due: a started instance stays pending', async () => {
    const slow = await startHarness({ vmsPerScope: 5 }, 60_000);
    const stoppedOne = slow.fleet.aws.scope(ACCOUNT_A, 'us-east-1')!.instances.find((i) => i.state === 'running')!;
    slow.fleet.aws.setInstanceState(stoppedOne.instanceId, 'stopping');
    slow.fleet.aws.setInstanceState(stoppedOne.instanceId, 'stopped');
    await slow.ec2().send(new StartInstancesCommand({ InstanceIds: [stoppedOne.instanceId] }));
    await slow.close();
    expect(stoppedOne.state).toBe('pending');
  });
});
