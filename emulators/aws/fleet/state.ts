// Instance state changes and what EC2 does alongside them: reasons, public IPs, and on
// termination the deletion or detachment of volumes and network interfaces.
import { closeActivity, openActivity } from '../../kit/activity.js';
import type { AwsScopeData, Ec2Instance, Ec2InstanceStateName, Ec2NetworkInterface } from './types.js';

export class InvalidStateTransitionError extends Error {
  constructor(
    readonly instanceId: string,
    readonly from: Ec2InstanceStateName,
    readonly to: Ec2InstanceStateName,
  ) {
    super(`Instance ${instanceId} is ${from} and cannot become ${to}`);
    this.name = 'InvalidStateTransitionError';
  }
}

/** "2025-03-01 10:00:00 GMT", as EC2 writes times inside reasons. */
export function reasonTime(at: Date): string {
  return `${at.toISOString().slice(0, 19).replace('T', ' ')} GMT`;
}

const USER_SHUTDOWN = {
  code: 'Client.UserInitiatedShutdown',
  message: 'Client.UserInitiatedShutdown: User initiated shutdown',
};

/** Moves `instance` to `state` at time `at`, updating everything EC2 updates with it. */
export function applyInstanceState(
  scope: AwsScopeData,
  instance: Ec2Instance,
  state: Ec2InstanceStateName,
  at: Date,
): void {
  const from = instance.state;
  if (from === 'terminated' && state !== 'terminated') {
    throw new InvalidStateTransitionError(instance.instanceId, from, state);
  }
  instance.state = state;
  const enis = scope.networkInterfaces.filter((n) => n.attachment?.instanceId === instance.instanceId);

  switch (state) {
    case 'running':
      instance.stateTransitionReason = '';
      instance.stateReason = null;
      openActivity(instance.sim.activity, at);
      for (const eni of enis) restoreAutoPublicIp(eni);
      return;
    case 'pending':
      instance.stateTransitionReason = '';
      instance.stateReason = { code: 'pending', message: 'pending' };
      closeActivity(instance.sim.activity, at);
      return;
    case 'stopping':
    case 'shutting-down':
      instance.stateTransitionReason = `User initiated (${reasonTime(at)})`;
      instance.stateReason = { ...USER_SHUTDOWN };
      closeActivity(instance.sim.activity, at);
      return;
    case 'stopped':
      instance.stateTransitionReason = `User initiated (${reasonTime(at)})`;
      instance.stateReason = { ...USER_SHUTDOWN };
      closeActivity(instance.sim.activity, at);
      for (const eni of enis) dropAutoPublicIp(eni);
      return;
    case 'terminated':
      instance.stateTransitionReason = `User initiated (${reasonTime(at)})`;
      instance.stateReason = { ...USER_SHUTDOWN };
      closeActivity(instance.sim.activity, at);
      tearDown(scope, instance, enis);
      return;
  }
}

function restoreAutoPublicIp(eni: Ec2NetworkInterface): void {
  if (eni.association || !eni.sim.autoPublicIp) return;
  eni.association = {
    publicIp: eni.sim.autoPublicIp.publicIp,
    publicDnsName: eni.sim.autoPublicIp.publicDnsName,
    ipOwnerId: 'amazon',
    allocationId: null,
    associationId: null,
  };
}

function dropAutoPublicIp(eni: Ec2NetworkInterface): void {
  if (eni.association && eni.association.allocationId === null) eni.association = null;
}

/** Termination: interfaces and volumes marked deleteOnTermination go away, the rest are detached; Elastic IPs are released from the instance. */
function tearDown(scope: AwsScopeData, instance: Ec2Instance, enis: Ec2NetworkInterface[]): void {
  const deletedEnis = new Set<string>();
  for (const eni of enis) {
    dropAutoPublicIp(eni);
    if (eni.attachment?.deleteOnTermination) {
      deletedEnis.add(eni.networkInterfaceId);
    } else {
      eni.attachment = null;
      eni.status = 'available';
    }
  }
  scope.networkInterfaces = scope.networkInterfaces.filter((n) => !deletedEnis.has(n.networkInterfaceId));
  for (const address of scope.addresses) {
    if (address.instanceId === instance.instanceId || (address.networkInterfaceId && deletedEnis.has(address.networkInterfaceId))) {
      address.associationId = null;
      address.instanceId = null;
      if (address.networkInterfaceId && deletedEnis.has(address.networkInterfaceId)) {
        address.networkInterfaceId = null;
        address.networkInterfaceOwnerId = null;
        address.privateIpAddress = null;
      }
    }
  }
  const deletedVolumes = new Set<string>();
  for (const volume of scope.volumes) {
    const attachment = volume.attachments.find((a) => a.instanceId === instance.instanceId);
    if (!attachment) continue;
    if (attachment.deleteOnTermination) {
      deletedVolumes.add(volume.volumeId);
    } else {
      volume.attachments = volume.attachments.filter((a) => a !== attachment);
      if (volume.attachments.length === 0) volume.state = 'available';
    }
  }
  scope.volumes = scope.volumes.filter((v) => !deletedVolumes.has(v.volumeId));
}
