// Every EC2 write the emulator answers, by Action.
import type { WriteAction } from './context.js';
import { modifyInstanceAttribute } from './instance-modify.js';
import { rebootInstances, startInstances, stopInstances, terminateInstances } from './instance-power.js';
import { runInstances } from './run-instances.js';
import { createSnapshot, deleteSnapshot } from './snapshot-writes.js';
import { attachVolume, detachVolume } from './volume-attachments.js';
import { modifyVolume } from './volume-modify.js';

export const WRITE_ACTIONS: Readonly<Record<string, WriteAction<unknown>>> = {
  RunInstances: runInstances,
  StartInstances: startInstances,
  StopInstances: stopInstances,
  RebootInstances: rebootInstances,
  TerminateInstances: terminateInstances,
  ModifyInstanceAttribute: modifyInstanceAttribute,
  AttachVolume: attachVolume,
  DetachVolume: detachVolume,
  ModifyVolume: modifyVolume,
  CreateSnapshot: createSnapshot,
  DeleteSnapshot: deleteSnapshot,
};

export { describeVolumesModifications } from './volume-modify.js';
export type { WriteContext, WriteServices } from './context.js';
