// One line of the audit log: who asked for what, on what, what FleetGraph decided, and how it
// ended. Every mutation attempt writes one when it is decided (allowed, refused, or validated by a
// dry run); an allowed one writes a second when its operation ends.
import type { Role } from '../config/auth-schema.js';
import type { ActionKind } from '../providers/types.js';

export type AuditDecision = 'ALLOWED' | 'REFUSED' | 'DRY_RUN';
export type AuditOutcome = 'ACCEPTED' | 'REFUSED' | 'VALIDATED' | 'SUCCEEDED' | 'FAILED';

export interface AuditEntry {
  /** Increasing: the log's own id (a Redis stream id, or its like in memory). */
  id: string;
  at: string;
  caller: { id: string; role: Role; via: string };
  action: ActionKind;
  target: string | null;
  /** The mutation's arguments, secrets scrubbed. */
  arguments: Record<string, unknown>;
  decision: AuditDecision;
  outcome: AuditOutcome;
  /** The error code of a refusal or failure. */
  errorCode: string | null;
  message: string | null;
  operationId: string | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export interface AuditPage {
  entries: AuditEntry[];
  hasMore: boolean;
}

export interface AuditLog {
  /** Rejects when the entry cannot be written: an action is not started without its audit entry. */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first, older than `before` (an entry id; all when null). */
  list(before: string | null, limit: number, keep: (entry: AuditEntry) => boolean): Promise<AuditPage>;
  close(): Promise<void>;
}
