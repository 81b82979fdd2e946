// Volumes in motion. EC2 lists an attachment while it is being made or undone, so a live account
// always shows a few: a data volume being attached, one being detached, and one whose detach waits
// on the instance (busy: still mounted). Each on a different running instance.
import { MINUTE, beforeEpoch } from '../../../kit/time.js';
import type { Ec2VolumeAttachment, Ec2VolumeAttachmentState } from '../types.js';
import type { ScopeBuilder } from './context.js';

const IN_MOTION: readonly Ec2VolumeAttachmentState[] = ['attaching', 'detaching', 'busy'];

export function setVolumesInMotion(b: ScopeBuilder): void {
  const { rng, scope } = b;
  const rootDevices = new Map(scope.instances.filter((i) => i.state === 'running').map((i) => [i.instanceId, i.rootDeviceName]));
  let candidates: Ec2VolumeAttachment[] = scope.volumes.flatMap((v) =>
    v.attachments.filter((a) => rootDevices.has(a.instanceId) && a.device !== rootDevices.get(a.instanceId)),
  );
  for (const state of IN_MOTION) {
    if (candidates.length === 0) return;
    const attachment = rng.pick(candidates);
    attachment.state = state;
    if (state === 'attaching') attachment.attachTime = beforeEpoch(rng.int(1, 3) * MINUTE);
    candidates = candidates.filter((a) => a.instanceId !== attachment.instanceId);
  }
}
