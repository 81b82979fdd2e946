// Writes the audit log's entries for each step of a mutation, and the same line to the log. The
// arguments are recorded as sent, minus anything that looks like a secret.
import type { Logger } from 'pino';
import type { Caller } from '../auth/caller.js';
import type { AuditDecision, AuditLog, AuditOutcome } from './audit-entry.js';
import type { Operation } from './operation.js';
import type { MutationInput } from './parts.js';

const SECRET_NAMES = /password|secret|token|credential|private|ssh|userdata/i;

export class AuditTrail {
  constructor(
    private readonly log: AuditLog,
    private readonly logger: Logger,
  ) {}

  refused(caller: Caller, input: Pick<MutationInput, 'kind' | 'arguments'>, reason: { code: string; message: string }): Promise<void> {
    return this.write(caller, input, 'REFUSED', 'REFUSED', reason, null);
  }

  validated(caller: Caller, input: MutationInput, operation: Operation): Promise<void> {
    return this.write(caller, input, 'DRY_RUN', 'VALIDATED', null, operation.id);
  }

  accepted(caller: Caller, input: MutationInput, operation: Operation): Promise<void> {
    return this.write(caller, input, 'ALLOWED', 'ACCEPTED', null, operation.id);
  }

  finished(caller: Caller, input: MutationInput, operation: Operation): Promise<void> {
    const outcome = operation.status === 'SUCCEEDED' ? 'SUCCEEDED' : 'FAILED';
    return this.write(caller, input, 'ALLOWED', outcome, operation.error, operation.id);
  }

  private async write(
    caller: Caller,
    input: Pick<MutationInput, 'kind' | 'arguments'>,
    decision: AuditDecision,
    outcome: AuditOutcome,
    reason: { code: string; message: string } | null,
    operationId: string | null,
  ): Promise<void> {
    const entry = {
      at: new Date().toISOString(),
      caller: { id: caller.id, role: caller.role, via: caller.via },
      action: input.kind,
      target: targetOf(input),
      arguments: bounded(scrubbed(input.arguments) as Record<string, unknown>),
      decision,
      outcome,
      errorCode: reason?.code ?? null,
      message: reason?.message ?? null,
      operationId,
    };
    this.logger.info({ audit: entry }, `audit: ${entry.caller.id} ${entry.action} ${entry.target ?? ''} ${decision} ${outcome}`);
    await this.log.append(entry);
  }
}

/** Arguments past this size are recorded by their size alone: an entry stays small whatever was sent. */
const MAX_ARGUMENT_BYTES = 8192;

function bounded(args: Record<string, unknown>): Record<string, unknown> {
  const bytes = Buffer.byteLength(JSON.stringify(args));
  return bytes <= MAX_ARGUMENT_BYTES ? args : { truncated: true, bytes };
}

function targetOf(input: Pick<MutationInput, 'arguments'>): string | null {
  const args = input.arguments;
  for (const name of ['id', 'vmId', 'volumeId', 'snapshotId']) if (typeof args[name] === 'string') return args[name] as string;
  return null;
}

/** The value with every field whose name looks like a secret's replaced. */
export function scrubbed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrubbed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, SECRET_NAMES.test(key) ? '[redacted]' : scrubbed(inner)]));
}
