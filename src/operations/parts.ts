// What the runner and its follower share: the mutation as asked, and the pieces they work with.
import type { Logger } from 'pino';
import type { WritesConfig } from '../config/writes-schema.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ActionKind, ActionRequest } from '../providers/types.js';
import type { AuditLog } from './audit-entry.js';
import type { CallerLimits } from './caller-limits.js';
import type { OperationStore } from './store.js';
import type { ActionObserver } from './vm-observer.js';
import type { LeaseStore } from '../events/lease.js';

export interface MutationInput {
  kind: ActionKind;
  request: ActionRequest;
  /** deleteVm: the VM's name as the caller gives it back (its native id when it has no name). */
  confirmName?: string;
  idempotencyKey: string;
  dryRun: boolean;
  /** The mutation's arguments as the client sent them, for the audit log. */
  arguments: Record<string, unknown>;
}

export interface RunnerParts {
  registry: ProviderRegistry;
  store: OperationStore;
  audit: AuditLog;
  limits: CallerLimits;
  observer: ActionObserver;
  /** Who follows which operation: the replica holding its lease. */
  leases: LeaseStore;
  writes: WritesConfig;
  log: Logger;
}

