// EC2 query protocol: one handler per action, each a Describe* over a resource family.
import { describe, type DescribeFamily, type Ec2Context } from './describe.js';
import { addressesFamily } from './addresses.js';
import { ec2Errors } from './errors.js';
import { instanceTypesFamily } from './instance-types.js';
import { instancesFamily } from './instances.js';
import { networkInterfacesFamily } from './network-interfaces.js';
import { securityGroupsFamily } from './security-groups.js';
import { snapshotsFamily } from './snapshots.js';
import { subnetsFamily } from './subnets.js';
import { volumesFamily } from './volumes.js';
import { vpcsFamily } from './vpcs.js';
import { ec2Response } from './xml.js';

const handlerFor =
  <T>(family: DescribeFamily<T>) =>
  (ctx: Ec2Context) =>
    describe(family, ctx);

const ACTIONS = {
  DescribeInstances: handlerFor(instancesFamily),
  DescribeInstanceTypes: handlerFor(instanceTypesFamily),
  DescribeVolumes: handlerFor(volumesFamily),
  DescribeSnapshots: handlerFor(snapshotsFamily),
  DescribeVpcs: handlerFor(vpcsFamily),
  DescribeSubnets: handlerFor(subnetsFamily),
  DescribeSecurityGroups: handlerFor(securityGroupsFamily),
  DescribeAddresses: handlerFor(addressesFamily),
  DescribeNetworkInterfaces: handlerFor(networkInterfacesFamily),
} as const;

export const EC2_ACTIONS: readonly string[] = Object.keys(ACTIONS);

/** Answers one EC2 action with its XML body; throws Ec2Error for EC2 errors. */
export function handleEc2(action: string, ctx: Ec2Context, requestId: string): string {
  const handler = (ACTIONS as Record<string, ((ctx: Ec2Context) => ReturnType<typeof describe>) | undefined>)[action];
  if (!handler) throw ec2Errors.invalidAction(action);
  if (ctx.params.boolean('DryRun')) throw ec2Errors.dryRun();
  return ec2Response(action, requestId, handler(ctx));
}
