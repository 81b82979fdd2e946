// Which instance types a launch or resize may use here: the fleet's catalogue is offered in every
// zone; a few types EC2 has elsewhere are not offered in the fleet's regions at all (EC2 answers
// Unsupported), and anything else is not an instance type (InvalidParameterValue).
import { instanceTypeInfo } from '../../fleet/catalogue.js';
import type { Ec2InstanceTypeInfo } from '../../../fleet.js';
import { Ec2Error } from '../errors.js';
import { writeErrors } from './errors.js';

/** Real instance types that the fleet's regions do not offer. */
export const TYPES_NOT_OFFERED: readonly string[] = ['p5.48xlarge', 'u-12tb1.112xlarge', 'mac2-m2pro.metal', 'trn1.32xlarge'];

/** The type's information, when it may run in this zone with an image of `architecture`. */
export function offeredType(instanceType: string, architecture: string): Ec2InstanceTypeInfo {
  const info = instanceTypeInfo(instanceType);
  if (!info) {
    if (TYPES_NOT_OFFERED.includes(instanceType)) {
      throw new Ec2Error('Unsupported', 'The requested configuration is currently not supported. Please check the documentation for supported configurations.');
    }
    throw writeErrors.unknownInstanceType(instanceType);
  }
  if (!info.architectures.includes(architecture as 'x86_64' | 'arm64')) throw writeErrors.architectureMismatch(instanceType, architecture);
  return info;
}
