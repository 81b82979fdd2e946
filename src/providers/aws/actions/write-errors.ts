// What an EC2 write's failure means. Reads' classification (../errors.ts) holds, with what only a
// write can meet: the resource's state forbids it (CONFLICT), a limit (QUOTA_EXCEEDED), and an
// argument EC2 cannot take here — an unknown or unoffered type, a smaller size (INVALID_INPUT,
// the caller's input, where a read's InvalidParameterValue is FleetGraph's own mistake).
import type { ProviderError } from '../../errors.js';
import type { ProviderErrorCategory, Scope } from '../../types.js';
import { wrapFailure } from '../../scrub.js';
import { classifyAwsError, redact } from '../errors.js';

const CONFLICT = new Set([
  'IncorrectInstanceState',
  'IncorrectState',
  'VolumeInUse',
  'IncorrectModificationState',
  'OperationNotPermitted',
  'InvalidSnapshot.InUse',
  'IdempotentParameterMismatch',
  'UnsupportedHibernationConfiguration',
]);

const QUOTA = new Set([
  'VcpuLimitExceeded',
  'InstanceLimitExceeded',
  'VolumeLimitExceeded',
  'MaxIOPSLimitExceeded',
  'SnapshotLimitExceeded',
  'AttachmentLimitExceeded',
  'InsufficientFreeAddressesInSubnet',
]);

const INVALID_INPUT = new Set([
  'Unsupported',
  'UnsupportedOperation',
  'InvalidParameterValue',
  'InvalidParameter',
  'InvalidParameterCombination',
  'InvalidBlockDeviceMapping',
  'InvalidInstanceType',
  'InvalidInstanceAttributeValue',
  'InvalidVolume.ZoneMismatch',
  'InvalidAMIID.Malformed',
  'InvalidInstanceID.Malformed',
  'InvalidVolumeID.Malformed',
  'InvalidSnapshotID.Malformed',
  'VPCIdNotSpecified',
  'MissingParameter',
]);

/** EC2's answer to a DryRun request that would have succeeded. */
export const DRY_RUN_OK = 'DryRunOperation';

export function writeCategoryOf(code: string | null, readCategory: ProviderErrorCategory): ProviderErrorCategory {
  if (code === null) return readCategory;
  if (CONFLICT.has(code)) return 'CONFLICT';
  if (QUOTA.has(code)) return 'QUOTA_EXCEEDED';
  if (INVALID_INPUT.has(code)) return 'INVALID_INPUT';
  return readCategory;
}

/** A write's failure as a ProviderError: EC2's code kept as providerCode, secrets scrubbed. */
export function writeError(error: unknown, scope: Scope, operation: string, secrets: readonly string[]): ProviderError {
  return wrapFailure(
    error,
    scope,
    operation,
    (text) => redact(text, secrets),
    (e) => {
      const info = classifyAwsError(e);
      return { ...info, category: writeCategoryOf(info.code, info.category), causeFields: { httpStatusCode: info.status } };
    },
  );
}

/** Whether a failure is EC2's DryRunOperation (the request would have succeeded). */
export function isDryRunSuccess(error: unknown): boolean {
  return classifyAwsError(error).code === DRY_RUN_OK;
}
