// createVm: one RunInstances of one instance, its ClientToken the caller's idempotency key (the
// same key launches once, however often it is sent). The boot disk is the image's root device
// (DescribeImages names it, when the size changes); data disks follow at /dev/sdf, /dev/sdg, …
import { DescribeImagesCommand, RunInstancesCommand, type BlockDeviceMapping, type RunInstancesCommandInput, type Tag } from '@aws-sdk/client-ec2';
import { ProviderError } from '../../errors.js';
import { globalId } from '../../ids.js';
import type { ActionOptions, CreateVmSpec, GlobalId, StartedAction } from '../../types.js';
import { parseGlobalIdOfKind } from '../../ids.js';
import { requestIdOf, sendRead, sendWrite, type ActionContext, type ActionContextFor } from './context.js';
import type { AwsTracking } from './tracking.js';

export async function startCreate(contextFor: ActionContextFor, spec: CreateVmSpec, options: ActionOptions): Promise<StartedAction | null> {
  const ctx = contextFor(spec.scope, 'RunInstances');
  const input: RunInstancesCommandInput = {
    ImageId: spec.image,
    InstanceType: spec.instanceType as never,
    MinCount: 1,
    MaxCount: 1,
    ClientToken: options.idempotencyKey,
    DryRun: options.dryRun,
    ...(spec.subnetId ? { SubnetId: nativeIn(ctx, spec.subnetId, 'subnet') } : {}),
    ...(spec.zone && !spec.subnetId ? { Placement: { AvailabilityZone: spec.zone } } : {}),
    ...(spec.securityGroupIds.length > 0 ? { SecurityGroupIds: spec.securityGroupIds.map((id) => nativeIn(ctx, id, 'securityGroup')) } : {}),
    BlockDeviceMappings: await blockDevices(ctx, spec),
    TagSpecifications: tagSpecifications(spec),
  };
  const out = await sendWrite(ctx, 'RunInstances', (ec2) => ec2.send(new RunInstancesCommand(input)), options.dryRun);
  if (!out) return null;
  const instanceId = out.Instances?.[0]?.InstanceId;
  if (!instanceId) throw new ProviderError('UNKNOWN', ctx.scope, 'RunInstances', null, 'RunInstances answered no instance');
  const tracking: AwsTracking = { follow: 'instance', instanceId, goal: 'running', created: true };
  return { providerOperationId: requestIdOf(out), tracking, resourceId: globalId(ctx.scope, 'vm', instanceId) };
}

/** A global id's native id, when it names a resource of the VM's own account and region; INVALID_INPUT otherwise. */
function nativeIn(ctx: ActionContext, id: string, kind: 'subnet' | 'securityGroup'): string {
  let parsed: GlobalId;
  try {
    parsed = parseGlobalIdOfKind(id, kind);
  } catch (error) {
    throw new ProviderError('INVALID_INPUT', ctx.scope, 'RunInstances', null, (error as Error).message);
  }
  if (parsed.provider !== 'aws' || parsed.account !== ctx.scope.account || parsed.region !== ctx.scope.region) {
    throw new ProviderError('INVALID_INPUT', ctx.scope, 'RunInstances', null, `${kind} ${id} is not in ${ctx.scope.account}/${ctx.scope.region}`);
  }
  return parsed.nativeId;
}

async function blockDevices(ctx: ActionContext, spec: CreateVmSpec): Promise<BlockDeviceMapping[]> {
  const mappings: BlockDeviceMapping[] = [];
  if (spec.bootDiskGiB !== null) {
    mappings.push({ DeviceName: await rootDeviceOf(ctx, spec.image), Ebs: { VolumeSize: spec.bootDiskGiB, DeleteOnTermination: true } });
  }
  spec.dataDisks.forEach((disk, index) => {
    mappings.push({
      DeviceName: `/dev/sd${String.fromCharCode('f'.charCodeAt(0) + index)}`,
      Ebs: { VolumeSize: disk.sizeGiB, DeleteOnTermination: true, ...(disk.volumeType ? { VolumeType: disk.volumeType as never } : {}) },
    });
  });
  return mappings;
}

async function rootDeviceOf(ctx: ActionContext, imageId: string): Promise<string> {
  const out = await sendRead(ctx, 'DescribeImages', (ec2) => ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] })));
  const device = out.Images?.[0]?.RootDeviceName;
  if (!device) throw new ProviderError('NOT_FOUND', ctx.scope, 'DescribeImages', 'InvalidAMIID.NotFound', `image ${imageId} not found`);
  return device;
}

/** The VM's name as its Name tag; its tags on the instance and its volumes. */
function tagSpecifications(spec: CreateVmSpec): RunInstancesCommandInput['TagSpecifications'] {
  const tags: Tag[] = [{ Key: 'Name', Value: spec.name }, ...spec.tags.filter((t) => t.key !== 'Name').map((t) => ({ Key: t.key, Value: t.value }))];
  return [
    { ResourceType: 'instance', Tags: tags },
    { ResourceType: 'volume', Tags: tags },
  ];
}
