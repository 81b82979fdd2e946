// Carries out mutations: authorise, limit, dedupe, check the target, audit, start the action at the
// cloud and follow it to its end. A request answers as soon as the cloud accepted the action (the
// Operation is RUNNING); this process then looks at it every `writes.pollSeconds` until it ends,
// reading affected VMs again each time so their state changes become events (source ACTION).
import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller.js';
import { ErrorCode } from '../errors/codes.js';
import { actionScope, actionTarget } from '../providers/actions.js';
import { errorCodeOf, ProviderError } from '../providers/errors.js';
import { globalId } from '../providers/ids.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ActionAdapter, ActionRequest } from '../providers/types.js';
import { OperationAdoption } from './adoption.js';
import { AuditTrail, scrubbed } from './audit-trail.js';
import { authorise } from './authorise.js';
import { OperationFollower } from './follower.js';
import { finished, type Operation } from './operation.js';
import type { MutationInput, RunnerParts } from './parts.js';
import { OperationRefusal } from './refusal.js';
import { checkTarget } from './target-check.js';

export class OperationRunner {
  private readonly trail: AuditTrail;
  private readonly follower: OperationFollower;

  private readonly adoption: OperationAdoption;

  constructor(private readonly parts: RunnerParts) {
    this.trail = new AuditTrail(parts.audit, parts.log);
    this.follower = new OperationFollower(parts, this.trail);
    this.adoption = new OperationAdoption(parts, this.follower);
    this.adoption.start();
  }

  async submit(caller: Caller, input: MutationInput): Promise<Operation> {
    try {
      // Counted first: refusals are audited, and no caller may fill the log faster than its limit.
      await this.takeLimit(caller).catch((error: unknown) => {
        if (error instanceof OperationRefusal) throw error;
        throw new OperationRefusal(ErrorCode.OPERATIONS_UNAVAILABLE, 'The per-caller mutation count cannot be read (Redis unavailable); nothing was done', {});
      });
      authorise(caller, input.request);
      return await this.dedupe(caller, input);
    } catch (error) {
      const unaudited = error instanceof ProviderError || (error instanceof OperationRefusal && !error.audited);
      // A refusal acts on nothing: it is answered even when its audit entry cannot be written.
      if (unaudited) await this.trail.refused(caller, input, refusalOf(error)).catch((failure: unknown) => this.parts.log.error({ err: failure }, 'audit entry of a refusal not written'));
      throw error;
    }
  }

  /** Records a mutation refused before it could be read (a malformed id or argument). */
  async refuseInvalid(caller: Caller, input: Pick<MutationInput, 'kind' | 'arguments'>, message: string): Promise<void> {
    await this.trail.refused(caller, input, { code: ErrorCode.BAD_USER_INPUT, message }).catch((failure: unknown) => this.parts.log.error({ err: failure }, 'audit entry of a refusal not written'));
  }

  /** Stops following operations (they stay RUNNING in the store until another look ends them). */
  close(): void {
    this.adoption.stop();
    this.follower.close();
  }

  /** Looks once for operations no replica follows any more, and follows them (normally every lease period). */
  adoptOrphans(): Promise<void> {
    return this.adoption.sweep();
  }

  private async takeLimit(caller: Caller): Promise<void> {
    const { allowed, retryAfterSeconds } = await this.parts.limits.take(callerKey(caller));
    if (!allowed) {
      throw new OperationRefusal(ErrorCode.RATE_LIMITED, `More than ${this.parts.writes.perCallerPerMinute} mutations in a minute from ${caller.id}`, { retryAfterSeconds });
    }
  }

  /** A retried idempotency key answers the operation it started, whatever happened since. */
  private async dedupe(caller: Caller, input: MutationInput): Promise<Operation> {
    const id = randomUUID();
    const claimedBy = input.dryRun
      ? null
      : await this.parts.store.claimIdempotencyKey(callerKey(caller), input.idempotencyKey, id).catch(() => {
          throw new OperationRefusal(ErrorCode.OPERATIONS_UNAVAILABLE, 'The idempotency key cannot be checked (operation store unavailable); nothing was done', {});
        });
    if (claimedBy !== null) return this.earlier(claimedBy, input);
    try {
      return await this.begin(caller, input, id);
    } catch (error) {
      // Refused before anything was recorded: the key is free again, so a corrected retry can use it.
      if (!input.dryRun && !(error instanceof OperationRefusal && error.audited)) {
        await this.parts.store.releaseIdempotencyKey(callerKey(caller), input.idempotencyKey, id).catch(() => undefined);
      }
      throw error;
    }
  }

  private async earlier(id: string, input: MutationInput): Promise<Operation> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const operation = await this.parts.store.get(id);
      if (operation) {
        if (operation.kind !== input.request.kind || JSON.stringify(operation.request) !== JSON.stringify(input.request)) {
          throw new OperationRefusal(ErrorCode.BAD_USER_INPUT, `idempotencyKey ${input.idempotencyKey} was used for a different request (operation ${id})`, { operationId: id });
        }
        return operation;
      }
      // Claimed a moment ago by a request still being started: its record is on the way.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new OperationRefusal(ErrorCode.RESOURCE_STATE_CONFLICT, `idempotencyKey ${input.idempotencyKey} is held by a request still being started; retry shortly`, {});
  }

  private async begin(caller: Caller, input: MutationInput, id: string): Promise<Operation> {
    const { registry, writes, store } = this.parts;
    // A cloud FleetGraph cannot act on is refused before its target is even read.
    const actions = actionsOf(registry, input.request);
    await checkTarget(registry, input, writes.protectionTag);
    const operation = newOperation(id, caller, input);
    if (input.dryRun) {
      await actions.start(input.request, { idempotencyKey: input.idempotencyKey, dryRun: true });
      const validated = finished(operation, 'SUCCEEDED', null);
      await this.trail.validated(caller, input, validated);
      return validated;
    }
    try {
      await this.follower.hold(operation.id);
      await store.save(operation);
      await this.trail.accepted(caller, input, operation);
    } catch (error) {
      await this.follower.letGo(operation.id);
      this.parts.log.error({ err: error, operation: operation.id }, 'operation could not be recorded; the action was not started');
      throw new OperationRefusal(ErrorCode.OPERATIONS_UNAVAILABLE, 'The operation could not be recorded (operation store or audit log unavailable); nothing was done', {});
    }
    return this.follower.start(operation, actions, caller, input);
  }
}

/** Callers as the limits and idempotency keys know them: an API key and a token subject of one name are two callers. */
function callerKey(caller: Caller): string {
  return `${caller.via}:${caller.id}`;
}

function actionsOf(registry: ProviderRegistry, request: ActionRequest): ActionAdapter {
  const { provider } = actionScope(request);
  const actions = registry.adapter(provider)?.actions;
  if (!actions) throw new OperationRefusal(ErrorCode.PROVIDER_NOT_CONFIGURED, `${provider} is not configured for actions`, { provider });
  return actions;
}

function newOperation(id: string, caller: Caller, input: MutationInput): Operation {
  const now = new Date().toISOString();
  const target = actionTarget(input.request);
  const place = actionScope(input.request);
  return {
    id,
    kind: input.request.kind,
    status: 'PENDING',
    target: target ? globalId(target, target.kind, target.nativeId) : null,
    provider: place.provider,
    account: place.account,
    region: place.region,
    requestedBy: { id: caller.id, role: caller.role, via: caller.via },
    arguments: scrubbed(input.arguments) as Record<string, unknown>,
    dryRun: input.dryRun,
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
    updatedAt: now,
    finishedAt: null,
    error: null,
    providerOperationId: null,
    resourceId: null,
    request: input.request,
    tracking: null,
  };
}

/** The code and words of a refusal or a provider failure. */
export function refusalOf(error: OperationRefusal | ProviderError): { code: string; message: string; providerCode: string | null } {
  if (error instanceof OperationRefusal) return { code: error.code, message: error.message, providerCode: null };
  return { code: errorCodeOf(error.category), message: error.message, providerCode: error.providerCode };
}
