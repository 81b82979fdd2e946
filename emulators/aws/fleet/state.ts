// Instance state changes and what EC2 does alongside them: reasons, public IPs, and on
// termination the deletion or detachment of volumes and network interfaces.
import { closeActivity, openActivity } from '../../kit/activity.js';
import type { AwsScopeData, Ec2Address, Ec2Instance, Ec2InstanceStateName, Ec2NetworkInterface, Ec2Volume } from './types.js';

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

/** What is attached to an instance: what a change of its state updates. */
export interface InstanceLinks {
  enis: Ec2NetworkInterface[];
  volumes: Ec2Volume[];
  /** Elastic IPs associated with the instance or one of its interfaces. */
  addresses: Ec2Address[];
}

/** What terminations deleted, for a caller that removes it from the scope once after many. */
export interface Removals {
  networkInterfaceIds: Set<string>;
  volumeIds: Set<string>;
}

/** Nothing attached. */
export function noLinks(): InstanceLinks {
  return { enis: [], volumes: [], addresses: [] };
}

/** The instance's links, by scanning the scope. */
export function linksOf(scope: AwsScopeData, instance: Ec2Instance): InstanceLinks {
  return linksByInstance(scope).get(instance.instanceId) ?? noLinks();
}

/** Every instance's links, in one pass over each of the scope's collections (for changing many instances). */
export function linksByInstance(scope: AwsScopeData): Map<string, InstanceLinks> {
  const links = new Map<string, InstanceLinks>();
  const of = (instanceId: string) => {
    let found = links.get(instanceId);
    if (!found) links.set(instanceId, (found = noLinks()));
    return found;
  };
  const instanceOfEni = new Map<string, string>();
  for (const eni of scope.networkInterfaces) {
    if (!eni.attachment?.instanceId) continue;
    of(eni.attachment.instanceId).enis.push(eni);
    instanceOfEni.set(eni.networkInterfaceId, eni.attachment.instanceId);
  }
  for (const volume of scope.volumes) {
    for (const instanceId of new Set(volume.attachments.map((a) => a.instanceId))) of(instanceId).volumes.push(volume);
  }
  for (const address of scope.addresses) {
    const owners = new Set([address.instanceId, address.networkInterfaceId ? instanceOfEni.get(address.networkInterfaceId) : null]);
    for (const owner of owners) if (owner) of(owner).addresses.push(address);
  }
  return links;
}

/**
 * Moves `instance` to `state` at time `at`, updating everything EC2 updates with it. `links`:
 * what is attached to it, when the caller already knows (finding it scans the scope); `removals`:
 * where a termination records what it deletes, for the caller to remove (else removed at once).
 */
export function applyInstanceState(
  scope: AwsScopeData,
  instance: Ec2Instance,
  state: Ec2InstanceStateName,
  at: Date,
  links: InstanceLinks = linksOf(scope, instance),
  removals?: Removals,
): void {
  const from = instance.state;
  if (from === 'terminated' && state !== 'terminated') {
    throw new InvalidStateTransitionError(instance.instanceId, from, state);
  }
  instance.state = state;
  const { enis } = links;

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
      tearDown(scope, instance, links, removals);
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
function tearDown(scope: AwsScopeData, instance: Ec2Instance, links: InstanceLinks, removals: Removals | undefined): void {
  const deletedEnis = new Set<string>();
  for (const eni of links.enis) {
    dropAutoPublicIp(eni);
    if (eni.attachment?.deleteOnTermination) {
      deletedEnis.add(eni.networkInterfaceId);
    } else {
      eni.attachment = null;
      eni.status = 'available';
    }
  }
  for (const address of links.addresses) {
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
  for (const volume of links.volumes) {
    const attachment = volume.attachments.find((a) => a.instanceId === instance.instanceId);
    if (!attachment) continue;
    if (attachment.deleteOnTermination) {
      deletedVolumes.add(volume.volumeId);
    } else {
      volume.attachments = volume.attachments.filter((a) => a !== attachment);
      if (volume.attachments.length === 0) volume.state = 'available';
    }
  }
  const removing = removals ?? { networkInterfaceIds: new Set<string>(), volumeIds: new Set<string>() };
  for (const id of deletedEnis) removing.networkInterfaceIds.add(id);
  for (const id of deletedVolumes) removing.volumeIds.add(id);
  if (!removals) removeDeleted(scope, removing);
}

/** Drops what terminations deleted from the scope's collections. */
export function removeDeleted(scope: AwsScopeData, removals: Removals): void {
  if (removals.networkInterfaceIds.size > 0) scope.networkInterfaces = scope.networkInterfaces.filter((n) => !removals.networkInterfaceIds.has(n.networkInterfaceId));
  if (removals.volumeIds.size > 0) scope.volumes = scope.volumes.filter((v) => !removals.volumeIds.has(v.volumeId));
}
