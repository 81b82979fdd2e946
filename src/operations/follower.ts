// Follows a started action to its end: one look at the cloud every `writes.pollSeconds`, the
// Operation saved when it moves (RUNNING with new tracking, SUCCEEDED, FAILED), the affected VMs
// read again each time (their changes become ACTION events), and the audit log told how it ended.
// A look that fails (throttled, unavailable) is retried at the next tick, until the timeout. The
// follower holds a lease on the operation, renewed at each look: when its replica goes away,
// another adopts the operation (adoption.ts).
import type { Caller } from '../auth/caller.js';
import { ALL_GRANTED } from '../auth/grants.js';
import { ErrorCode } from '../errors/codes.js';
import { errorCodeOf, ProviderError } from '../providers/errors.js';
import type { ActionAdapter, ActionProgress } from '../providers/types.js';
import { affectedBy } from './affected.js';
import type { AuditTrail } from './audit-trail.js';
import { finished, isFinished, type Operation } from './operation.js';
import type { MutationInput, RunnerParts } from './parts.js';
import { OperationRefusal } from './refusal.js';

/** One operation this process follows, with what it needs to go on. */
interface Followed {
  operation: Operation;
  actions: ActionAdapter;
  caller: Caller;
  input: MutationInput;
}

export class OperationFollower {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly following = new Set<string>();
  private closed = false;

  constructor(
    private readonly parts: RunnerParts,
    private readonly trail: AuditTrail,
  ) {}

  /** How long a follower's hold on an operation lasts unless renewed: a few looks. */
  get leaseMs(): number {
    return Math.max(5000, this.parts.writes.pollSeconds * 5000);
  }

  isFollowing(id: string): boolean {
    return this.following.has(id);
  }

  /** Holds the operation from before it is saved, so no other replica takes it for abandoned while it starts. */
  async hold(id: string): Promise<void> {
    this.following.add(id);
    await this.parts.leases.acquire(leaseName(id), this.leaseMs);
  }

  /** Stops holding an operation that will not be followed here (it was never started, or it ended). */
  async letGo(id: string): Promise<void> {
    this.following.delete(id);
    await this.parts.leases.release(leaseName(id)).catch(() => undefined);
  }

  /** Starts the action; RUNNING once the cloud took it. A refusal at the start ends the operation FAILED and is thrown, coded. */
  async start(operation: Operation, actions: ActionAdapter, caller: Caller, input: MutationInput): Promise<Operation> {
    let running: Operation;
    try {
      const started = await actions.start(input.request, { idempotencyKey: input.idempotencyKey, dryRun: false });
      if (!started) throw new Error(`${input.request.kind} started nothing`);
      running = { ...operation, status: 'RUNNING', updatedAt: new Date().toISOString(), providerOperationId: started.providerOperationId, tracking: started.tracking, resourceId: started.resourceId };
    } catch (error) {
      const failure = failureOf(error);
      const failed = finished(operation, 'FAILED', failure);
      this.following.delete(operation.id);
      await this.parts.store.save(failed);
      await this.parts.leases.release(leaseName(operation.id));
      await this.trail.finished(caller, input, failed);
      throw new OperationRefusal(failure.code as ErrorCode, failure.message, { operationId: operation.id, providerCode: failure.providerCode }, true);
    }
    try {
      await this.parts.store.save(running);
    } catch (error) {
      // The cloud took the action; keep following it here, and the next look records where it is.
      this.parts.log.error({ err: error, operation: operation.id }, 'running operation could not be recorded; following it anyway');
    }
    await this.observe(running);
    this.schedule({ operation: running, actions, caller, input });
    return running;
  }

  /** Takes over an operation whose follower went away (its lease is now ours). */
  adopt(operation: Operation, actions: ActionAdapter): void {
    const caller: Caller = { ...operation.requestedBy, grants: ALL_GRANTED };
    const input: MutationInput = { kind: operation.kind, request: operation.request, arguments: operation.arguments, idempotencyKey: operation.idempotencyKey, dryRun: false };
    this.parts.log.info({ operation: operation.id }, 'following an operation whose replica stopped following it');
    this.schedule({ operation, actions, caller, input });
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.following.clear();
  }

  private schedule(followed: Followed): void {
    if (this.closed) return;
    this.following.add(followed.operation.id);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.look(followed);
    }, this.parts.writes.pollSeconds * 1000);
    this.timers.add(timer);
  }

  private async look(followed: Followed): Promise<void> {
    const { operation } = followed;
    if (!(await this.stillOurs(operation.id))) return;
    let next: Operation;
    try {
      next = await this.advance(operation, await followed.actions.progress(operation.request, operation.tracking));
    } catch (error) {
      this.parts.log.warn({ err: error, operation: operation.id }, 'operation progress could not be read; trying again');
      next = operation;
    }
    if (next.status === 'RUNNING' && this.timedOut(next)) {
      next = finished(next, 'FAILED', { code: ErrorCode.PROVIDER_ERROR, message: `still running after ${this.parts.writes.operationTimeoutMinutes} minutes; the cloud may yet finish it`, providerCode: null });
    }
    try {
      // The audit entry of the end is written first: whoever sees the operation ended finds it in the log.
      if (isFinished(next)) await this.trail.finished(followed.caller, followed.input, next);
      if (next !== operation) await this.parts.store.save(next);
      await this.observe(next);
      if (next.status === 'RUNNING') return this.schedule({ ...followed, operation: next });
      this.following.delete(operation.id);
      await this.parts.leases.release(leaseName(operation.id));
    } catch (error) {
      this.parts.log.warn({ err: error, operation: operation.id }, 'operation could not be recorded; trying again');
      this.schedule(followed);
    }
  }

  /** Renews our lease; false (and no longer followed here) when another replica holds it. */
  private async stillOurs(id: string): Promise<boolean> {
    const held = await this.parts.leases.acquire(leaseName(id), this.leaseMs).catch(() => true);
    if (!held) this.following.delete(id);
    return held;
  }

  private async advance(operation: Operation, progress: ActionProgress): Promise<Operation> {
    switch (progress.status) {
      case 'RUNNING':
        return progress.tracking === undefined ? operation : { ...operation, tracking: progress.tracking, updatedAt: new Date().toISOString() };
      case 'SUCCEEDED':
        return finished({ ...operation, resourceId: progress.resourceId ?? operation.resourceId }, 'SUCCEEDED', null);
      case 'FAILED':
        return finished(operation, 'FAILED', { code: ErrorCode.PROVIDER_ERROR, message: progress.message, providerCode: progress.providerCode });
    }
  }

  private timedOut(operation: Operation): boolean {
    return Date.now() - Date.parse(operation.createdAt) > this.parts.writes.operationTimeoutMinutes * 60_000;
  }

  /** The affected VMs read again, the cached volumes and snapshots forgotten; a failure here is only logged. */
  private async observe(operation: Operation): Promise<void> {
    const affected = affectedBy(operation.request, operation.resourceId);
    try {
      await this.parts.observer.observeVms(affected.vms, isFinished(operation));
      for (const { kind, ids } of affected.forget) await this.parts.observer.forget(kind, ids);
    } catch (error) {
      this.parts.log.warn({ err: error, operation: operation.id }, 'state after an action could not be read');
    }
  }
}

/** The lease whose holder follows the operation. */
export function leaseName(operationId: string): string {
  return `operation:${operationId}`;
}

function failureOf(error: unknown): NonNullable<Operation['error']> {
  if (error instanceof ProviderError) return { code: errorCodeOf(error.category), message: error.message, providerCode: error.providerCode };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'the action could not be started', providerCode: null };
}
