// AttachVolume and DetachVolume: an attachment is `attaching` (the volume already `in-use`) until
// it is `attached` one step later; a detach is `detaching` until the volume is `available` again.
// EC2's refusals: a volume in use, another zone, a device taken, a root volume of an instance
// that is not stopped, an attachment that does not exist.
import type { Ec2Volume, Ec2VolumeAttachment } from '../../../fleet.js';
import type { XmlObject } from '../xml.js';
import { required, writeAction, type WriteContext } from './context.js';
import { writeErrors } from './errors.js';
import { instanceOf, volumeOf } from './lookup.js';

export const attachVolume = writeAction({
  check(ctx: WriteContext) {
    const volume = volumeOf(ctx, required(ctx, 'VolumeId'));
    const instance = instanceOf(ctx, required(ctx, 'InstanceId'));
    const device = required(ctx, 'Device');
    if (volume.attachments.length > 0) throw writeErrors.volumeInUse(volume.volumeId, volume.attachments[0]!.instanceId);
    if (volume.state !== 'available') throw writeErrors.incorrectVolumeState(volume.volumeId, volume.state);
    if (instance.state !== 'running' && instance.state !== 'stopped') throw writeErrors.incorrectInstanceState(instance.instanceId, 'attached to');
    if (volume.availabilityZone !== instance.availabilityZone) throw writeErrors.zoneMismatch(volume.volumeId, instance.instanceId);
    const taken = ctx.scope.volumes.some((v) => v.attachments.some((a) => a.instanceId === instance.instanceId && a.device === device));
    if (taken || device === instance.rootDeviceName) throw writeErrors.deviceInUse(device);
    return { volume, instanceId: instance.instanceId, device };
  },
  apply({ volume, instanceId, device }, ctx) {
    const attachment: Ec2VolumeAttachment = { instanceId, device, state: 'attaching', attachTime: ctx.now, deleteOnTermination: false };
    volume.attachments = [attachment];
    volume.state = 'in-use';
    const failure = ctx.writes.failures.take('AttachVolume');
    ctx.writes.steps.run([
      () => {
        if (attachment.state !== 'attaching') return;
        if (!failure) {
          attachment.state = 'attached';
          return;
        }
        volume.attachments = volume.attachments.filter((a) => a !== attachment);
        volume.state = 'available';
      },
    ]);
    return attachmentBody(volume, attachment);
  },
});

export const detachVolume = writeAction({
  check(ctx: WriteContext) {
    const volume = volumeOf(ctx, required(ctx, 'VolumeId'));
    const instanceId = ctx.params.get('InstanceId');
    const attachment = volume.attachments.find((a) => instanceId === undefined || a.instanceId === instanceId);
    if (volume.attachments.length === 0) throw writeErrors.incorrectVolumeState(volume.volumeId, volume.state);
    if (!attachment) throw writeErrors.attachmentNotFound(volume.volumeId, instanceId!);
    if (attachment.state === 'detaching') throw writeErrors.incorrectVolumeState(volume.volumeId, 'detaching');
    const instance = ctx.scope.instances.find((i) => i.instanceId === attachment.instanceId);
    if (instance && attachment.device === instance.rootDeviceName && instance.state !== 'stopped') {
      throw writeErrors.rootDetach(volume.volumeId, instance.instanceId);
    }
    return { volume, attachment };
  },
  apply({ volume, attachment }, ctx) {
    attachment.state = 'detaching';
    const body = attachmentBody(volume, attachment);
    ctx.writes.steps.run([
      () => {
        if (attachment.state !== 'detaching') return;
        volume.attachments = volume.attachments.filter((a) => a !== attachment);
        if (volume.attachments.length === 0) volume.state = 'available';
      },
    ]);
    return body;
  },
});

function attachmentBody(volume: Ec2Volume, attachment: Ec2VolumeAttachment): XmlObject {
  return {
    volumeId: volume.volumeId,
    instanceId: attachment.instanceId,
    device: attachment.device,
    status: attachment.state,
    attachTime: attachment.attachTime,
    deleteOnTermination: attachment.deleteOnTermination,
  };
}
