// An Operation: one lifecycle action as a client follows it, from the moment it is accepted
// (PENDING) through the cloud's work (RUNNING) to its end (SUCCEEDED or FAILED with the cloud's
// reason). Stored as JSON (store.ts), so any replica can answer for it.
import type { Role } from '../config/auth-schema.js';
import type { ActionKind, ActionRequest, ProviderName, Tracking } from '../providers/types.js';

export type OperationStatus = 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface OperationError {
  /** One of the ErrorCode values (errors/codes.ts). */
  code: string;
  message: string;
  /** The cloud's own error code, when the cloud gave one. */
  providerCode: string | null;
}

export interface Operation {
  id: string;
  kind: ActionKind;
  status: OperationStatus;
  /** Global id of what is acted on (for createVm: the new VM, once known). */
  target: string | null;
  provider: ProviderName;
  account: string;
  region: string;
  requestedBy: { id: string; role: Role; via: 'none' | 'apiKey' | 'jwt' };
  /** The mutation's arguments as sent (for the audit entry of how it ended, on whichever replica). */
  arguments: Record<string, unknown>;
  dryRun: boolean;
  idempotencyKey: string;
  /** ISO-8601 times. */
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
  error: OperationError | null;
  providerOperationId: string | null;
  /** The global id of what the action made (createVm, createSnapshot). */
  resourceId: string | null;
  /** What was asked, and how the cloud's progress is followed: never shown to clients as such. */
  request: ActionRequest;
  tracking: Tracking;
}

export function isFinished(operation: Pick<Operation, 'status'>): boolean {
  return operation.status === 'SUCCEEDED' || operation.status === 'FAILED';
}

export function finished(operation: Operation, status: 'SUCCEEDED' | 'FAILED', error: Operation['error']): Operation {
  const now = new Date().toISOString();
  return { ...operation, status, error, updatedAt: now, finishedAt: now };
}
