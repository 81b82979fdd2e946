// attachVolume, detachVolume and resizeVolume: one EC2 call each, followed through the volume's
// attachment or its modification. A device left to FleetGraph is the first of /dev/sdf–/dev/sdp
// the instance does not use.
import { AttachVolumeCommand, DescribeVolumesCommand, DetachVolumeCommand, ModifyVolumeCommand } from '@aws-sdk/client-ec2';
import { ProviderError } from '../../errors.js';
import type { ActionOptions, ActionRequest, StartedAction } from '../../types.js';
import { requestIdOf, sameScope, scopeOfId, sendRead, sendWrite, type ActionContext, type ActionContextFor } from './context.js';
import type { AwsTracking } from './tracking.js';

type AttachRequest = Extract<ActionRequest, { kind: 'attachVolume' }>;
type DetachRequest = Extract<ActionRequest, { kind: 'detachVolume' }>;
type ResizeVolumeRequest = Extract<ActionRequest, { kind: 'resizeVolume' }>;

const DEVICES = Array.from({ length: 11 }, (_, i) => `/dev/sd${String.fromCharCode('f'.charCodeAt(0) + i)}`);

export async function startAttach(contextFor: ActionContextFor, request: AttachRequest, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(sameScope(request.volume, request.vm, 'AttachVolume'), 'AttachVolume');
  const volumeId = request.volume.nativeId;
  const instanceId = request.vm.nativeId;
  const device = request.device ?? (await freeDevice(ctx, instanceId));
  const out = await sendWrite(
    ctx,
    'AttachVolume',
    (ec2) => ec2.send(new AttachVolumeCommand({ VolumeId: volumeId, InstanceId: instanceId, Device: device, DryRun: options.dryRun })),
    options.dryRun,
  );
  if (!out) return null;
  const tracking: AwsTracking = { follow: 'attach', volumeId, instanceId };
  return { providerOperationId: requestIdOf(out), tracking, resourceId: null };
}

export async function startDetach(contextFor: ActionContextFor, request: DetachRequest, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(sameScope(request.volume, request.vm, 'DetachVolume'), 'DetachVolume');
  const volumeId = request.volume.nativeId;
  const instanceId = request.vm.nativeId;
  const out = await sendWrite(
    ctx,
    'DetachVolume',
    (ec2) => ec2.send(new DetachVolumeCommand({ VolumeId: volumeId, InstanceId: instanceId, Force: request.force, DryRun: options.dryRun })),
    options.dryRun,
  );
  if (!out) return null;
  const tracking: AwsTracking = { follow: 'detach', volumeId, instanceId };
  return { providerOperationId: requestIdOf(out), tracking, resourceId: null };
}

export async function startResizeVolume(contextFor: ActionContextFor, request: ResizeVolumeRequest, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(scopeOfId(request.volume), 'ModifyVolume');
  const volumeId = request.volume.nativeId;
  const out = await sendWrite(
    ctx,
    'ModifyVolume',
    (ec2) => ec2.send(new ModifyVolumeCommand({ VolumeId: volumeId, Size: request.sizeGiB, DryRun: options.dryRun })),
    options.dryRun,
  );
  if (!out) return null;
  const tracking: AwsTracking = { follow: 'modifyVolume', volumeId };
  return { providerOperationId: requestIdOf(out), tracking, resourceId: null };
}

async function freeDevice(ctx: ActionContext, instanceId: string): Promise<string> {
  const out = await sendRead(ctx, 'DescribeVolumes', (ec2) =>
    ec2.send(new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [instanceId] }] })),
  );
  const used = new Set((out.Volumes ?? []).flatMap((v) => (v.Attachments ?? []).filter((a) => a.InstanceId === instanceId).map((a) => a.Device)));
  const device = DEVICES.find((d) => !used.has(d));
  if (!device) throw new ProviderError('QUOTA_EXCEEDED', ctx.scope, 'AttachVolume', null, `instance ${instanceId} has no free device name left in /dev/sdf–/dev/sdp`);
  return device;
}
