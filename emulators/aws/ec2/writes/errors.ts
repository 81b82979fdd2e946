// The errors EC2 answers writes with, worded as EC2 words them.
import { Ec2Error } from '../errors.js';

export const writeErrors = {
  instanceNotFound: (id: string) => new Ec2Error('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`),
  instanceMalformed: (id: string) => new Ec2Error('InvalidInstanceID.Malformed', `Invalid id: "${id}"`),
  volumeNotFound: (id: string) => new Ec2Error('InvalidVolume.NotFound', `The volume '${id}' does not exist.`),
  snapshotNotFound: (id: string) => new Ec2Error('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`),
  imageNotFound: (id: string) => new Ec2Error('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`),
  subnetNotFound: (id: string) => new Ec2Error('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`),
  groupNotFound: (id: string) => new Ec2Error('InvalidGroup.NotFound', `The security group '${id}' does not exist`),
  missingParameter: (name: string) => new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`),
  /** The instance's state forbids the action; `verb` as EC2 words it ("started", "stopped", "rebooted"). */
  incorrectInstanceState: (id: string, verb: string) =>
    new Ec2Error('IncorrectInstanceState', `The instance '${id}' is not in a state from which it can be ${verb}.`),
  notStopped: (id: string) => new Ec2Error('IncorrectInstanceState', `The instance '${id}' is not in the 'stopped' state.`),
  incorrectVolumeState: (id: string, state: string) => new Ec2Error('IncorrectState', `Volume '${id}' is in the '${state}' state.`),
  volumeInUse: (id: string, instanceId: string) => new Ec2Error('VolumeInUse', `${id} is already attached to an instance (${instanceId})`),
  zoneMismatch: (volumeId: string, instanceId: string) =>
    new Ec2Error('InvalidVolume.ZoneMismatch', `The volume '${volumeId}' is not in the same availability zone as instance '${instanceId}'`),
  deviceInUse: (device: string) => new Ec2Error('InvalidParameterValue', `Attachment point ${device} is already in use`),
  attachmentNotFound: (volumeId: string, instanceId: string) =>
    new Ec2Error('InvalidAttachment.NotFound', `Attachment point for volume ${volumeId} and instance ${instanceId} not found`),
  rootDetach: (volumeId: string, instanceId: string) =>
    new Ec2Error('OperationNotPermitted', `Unable to detach root volume '${volumeId}' from instance '${instanceId}'`),
  alreadyModifying: (volumeId: string) =>
    new Ec2Error('IncorrectModificationState', `Cannot modify volume ${volumeId} because it is already being modified.`),
  smallerVolume: (volumeId: string, size: number, target: number) =>
    new Ec2Error('InvalidParameterValue', `New size (${target}) cannot be smaller than the existing size (${size}) of volume ${volumeId}.`),
  unknownInstanceType: (type: string) => new Ec2Error('InvalidParameterValue', `Invalid value '${type}' for InstanceType.`),
  /** A type EC2 has, but not in this zone. */
  unsupportedType: (type: string, zone: string, others: readonly string[]) =>
    new Ec2Error(
      'Unsupported',
      `Your requested instance type (${type}) is not supported in your requested Availability Zone (${zone}). Please retry your request by not specifying an Availability Zone or choosing ${others.join(', ')}.`,
    ),
  architectureMismatch: (type: string, architecture: string) =>
    new Ec2Error('InvalidParameterValue', `The instance type '${type}' does not support the architecture '${architecture}' of the instance's image.`),
  vcpuLimit: (limit: number) =>
    new Ec2Error(
      'VcpuLimitExceeded',
      `You have requested more vCPU capacity than your current vCPU limit of ${limit} allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.`,
    ),
  storageLimit: (volumeType: string, limitGiB: number) =>
    new Ec2Error('VolumeLimitExceeded', `You have exceeded your maximum ${volumeType} storage limit of ${limitGiB} GiB in this region.`),
  idempotentMismatch: (token: string) =>
    new Ec2Error('IdempotentParameterMismatch', `Client token '${token}' was already used with different parameters.`),
  unknownVolumeType: (type: string) => new Ec2Error('InvalidParameterValue', `Value (${type}) for parameter volumeType is invalid.`),
  smallRoot: (size: number, snapshotId: string, minimum: number) =>
    new Ec2Error('InvalidBlockDeviceMapping', `Volume of size ${size}GB is smaller than snapshot '${snapshotId}', expect size >= ${minimum}GB`),
  badSize: (size: string) => new Ec2Error('InvalidParameterValue', `Invalid value '${size}' for size. It must be a positive integer of GiB no larger than 16384.`),
};
