// Reading RunInstances' nested parameters: tag specifications and block device mappings.
import type { AwsTag, Ec2Volume } from '../../../fleet.js';
import type { QueryParams } from '../params.js';
import { writeErrors } from './errors.js';

const VOLUME_TYPES: readonly Ec2Volume['volumeType'][] = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'];

/** The tags of every `TagSpecification.N` for `resourceType` ('instance', 'volume', 'snapshot'). */
export function tagsFor(params: QueryParams, resourceType: string): AwsTag[] {
  const tags: AwsTag[] = [];
  for (let n = 1; params.has(`TagSpecification.${n}.ResourceType`); n++) {
    if (params.get(`TagSpecification.${n}.ResourceType`) !== resourceType) continue;
    for (let m = 1; params.has(`TagSpecification.${n}.Tag.${m}.Key`); m++) {
      tags.push({ key: params.get(`TagSpecification.${n}.Tag.${m}.Key`)!, value: params.get(`TagSpecification.${n}.Tag.${m}.Value`) ?? '' });
    }
  }
  return tags;
}

export interface MappingParams {
  device: string;
  sizeGiB: number | undefined;
  volumeType: Ec2Volume['volumeType'] | undefined;
  deleteOnTermination: boolean | undefined;
}

/** Every `BlockDeviceMapping.N` with an EBS volume. */
export function blockDeviceMappings(params: QueryParams): MappingParams[] {
  const mappings: MappingParams[] = [];
  for (let n = 1; params.has(`BlockDeviceMapping.${n}.DeviceName`); n++) {
    const at = (name: string) => params.get(`BlockDeviceMapping.${n}.Ebs.${name}`);
    const size = params.integer(`BlockDeviceMapping.${n}.Ebs.VolumeSize`);
    if (size !== undefined && (size < 1 || size > 16384)) throw writeErrors.badSize(String(size));
    const type = at('VolumeType');
    if (type !== undefined && !VOLUME_TYPES.includes(type as Ec2Volume['volumeType'])) throw writeErrors.unknownVolumeType(type);
    const deleteOnTermination = at('DeleteOnTermination');
    mappings.push({
      device: params.get(`BlockDeviceMapping.${n}.DeviceName`)!,
      sizeGiB: size,
      volumeType: type as Ec2Volume['volumeType'] | undefined,
      deleteOnTermination: deleteOnTermination === undefined ? undefined : deleteOnTermination === 'true',
    });
  }
  return mappings;
}
