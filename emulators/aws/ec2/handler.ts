// EC2 query protocol: reads are Describe* over a resource family; writes are checked in full
// first, so DryRun answers DryRunOperation exactly when the write would have been accepted.
import { describe, type DescribeFamily, type Ec2Context } from './describe.js';
import { addressesFamily } from './addresses.js';
import { Ec2Error, ec2Errors } from './errors.js';
import { imagesFamily } from './images.js';
import { instanceTypesFamily } from './instance-types.js';
import { instancesFamily } from './instances.js';
import { networkInterfacesFamily } from './network-interfaces.js';
import { securityGroupsFamily } from './security-groups.js';
import { snapshotsFamily } from './snapshots.js';
import { subnetsFamily } from './subnets.js';
import { volumesFamily } from './volumes.js';
import { vpcsFamily } from './vpcs.js';
import { WRITE_ACTIONS, describeVolumesModifications, type WriteContext, type WriteServices } from './writes/index.js';
import { ec2Response, type XmlObject } from './xml.js';

const handlerFor =
  <T>(family: DescribeFamily<T>) =>
  (ctx: Ec2Context) =>
    describe(family, ctx);

const READS: Readonly<Record<string, (ctx: Ec2Context) => XmlObject>> = {
  DescribeInstances: handlerFor(instancesFamily),
  DescribeInstanceTypes: handlerFor(instanceTypesFamily),
  DescribeImages: handlerFor(imagesFamily),
  DescribeVolumes: handlerFor(volumesFamily),
  DescribeSnapshots: handlerFor(snapshotsFamily),
  DescribeVpcs: handlerFor(vpcsFamily),
  DescribeSubnets: handlerFor(subnetsFamily),
  DescribeSecurityGroups: handlerFor(securityGroupsFamily),
  DescribeAddresses: handlerFor(addressesFamily),
  DescribeNetworkInterfaces: handlerFor(networkInterfacesFamily),
};

/** Reads over the emulator's write records, which need the caller's scope. */
const WRITE_READS: Readonly<Record<string, (ctx: WriteContext) => XmlObject>> = {
  DescribeVolumesModifications: describeVolumesModifications,
};

export const EC2_ACTIONS: readonly string[] = [...Object.keys(READS), ...Object.keys(WRITE_READS), ...Object.keys(WRITE_ACTIONS)];

export interface Ec2Request extends Ec2Context {
  writes: WriteServices;
  now: Date;
}

/** Answers one EC2 action with its XML body; throws Ec2Error for EC2 errors. */
export function handleEc2(action: string, ctx: Ec2Request, requestId: string): string {
  const read = READS[action];
  if (read) {
    if (ctx.params.boolean('DryRun')) throw ec2Errors.dryRun();
    return ec2Response(action, requestId, read(ctx));
  }
  const write = WRITE_ACTIONS[action];
  const writeRead = WRITE_READS[action];
  if (!write && !writeRead) throw ec2Errors.invalidAction(action);
  const writeCtx = inScope(ctx);
  if (writeRead) {
    if (ctx.params.boolean('DryRun')) throw ec2Errors.dryRun();
    return ec2Response(action, requestId, writeRead(writeCtx));
  }
  const plan = write!.check(writeCtx);
  if (ctx.params.boolean('DryRun')) throw ec2Errors.dryRun();
  return ec2Response(action, requestId, write!.apply(plan, writeCtx));
}

/** Writes act on the caller's account × region; a region the fleet does not populate has nothing to act on. */
function inScope(ctx: Ec2Request): WriteContext {
  if (!ctx.scope) throw new Ec2Error('InvalidParameterValue', `The emulated fleet has nothing in region ${ctx.region}.`);
  return { ...ctx, scope: ctx.scope };
}
