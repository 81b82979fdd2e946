// One Cost Management request end to end, as the Azure emulator's server answers every request:
// apply injected faults, authorise the bearer token (a sandbox token is a principal with Reader
// rights on its own subscription only), answer, and log it. The server hands over every request
// whose path `costManagementTarget` recognises.
import type { BillableItem } from '../../kit/billing.js';
import type { FailureWithRetryAfter, FaultInjector } from '../../kit/faults.js';
import { Random } from '../../kit/prng.js';
import type { RequestLog } from '../../kit/request-log.js';
import { applyFaults, errorMessage, type EmulatorReply } from '../../kit/server.js';
import { ArmError, armErrors } from '../errors.js';
import type { AzureFleet } from '../fleet/fleet.js';
import { costManagementErrors } from './errors.js';
import { handleCostManagement, type CostManagementRequest, type CostManagementSettings, type CostManagementTarget } from './handler.js';

/** What answering needs from the emulator: its fleet and bill, settings, faults and request log. */
export interface CostManagementService<S extends string> {
  /** The request log's and fault rules' name for Cost Management. */
  service: S;
  fleet: AzureFleet;
  /** Every billable item of the fleet now. */
  items(): readonly BillableItem[];
  settings: CostManagementSettings;
  faults: FaultInjector<S, FailureWithRetryAfter>;
  requests: RequestLog<S>;
  /** The emulator's page cap (setMaxPageSize), or null. */
  pageCap(): number | null;
  now(): Date;
}

export interface IncomingCostManagementRequest extends CostManagementRequest {
  /** The Authorization header, as sent. */
  authorization: string | undefined;
}

export async function answerCostManagement<S extends string>(
  target: CostManagementTarget,
  request: IncomingCostManagementRequest,
  service: CostManagementService<S>,
): Promise<EmulatorReply> {
  const caller = callerOf(service.fleet, request.authorization);
  let reply: EmulatorReply;
  try {
    const fault = await applyFaults(service.faults, { service: service.service, action: target.action, account: caller ?? null, region: null });
    if (fault?.kind === 'throttle') throw costManagementErrors.throttled(fault.retryAfterSeconds);
    if (fault?.kind === 'unavailable') throw costManagementErrors.unavailable();
    if (fault?.kind === 'forbidden') throw forbidden(caller ?? null, target);
    authorise(service.fleet, request.authorization, target);
    reply = handleCostManagement(target, request, { items: service.items(), settings: service.settings, pageCap: service.pageCap(), now: service.now() });
  } catch (error) {
    const e = error instanceof ArmError ? error : armErrors.internal(`Internal emulator error: ${errorMessage(error)}`);
    reply = { status: e.status, body: e.body(), headers: e.headers };
  }
  service.requests.record({ service: service.service, action: target.action, account: caller ?? null, region: null, status: reply.status });
  return reply;
}

/** The subscription a sandbox bearer token belongs to. */
function callerOf(fleet: AzureFleet, authorization: string | undefined): string | undefined {
  const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return m ? fleet.subscriptionForToken(m[1]!)?.subscriptionId : undefined;
}

function authorise(fleet: AzureFleet, authorization: string | undefined, target: CostManagementTarget): void {
  const tenant = fleet.subscriptions[0]?.tenantId ?? 'common';
  if (!authorization) throw armErrors.missingAuthorization(tenant);
  if (!/^Bearer\s+\S+\s*$/i.test(authorization)) throw armErrors.malformedAuthorization(tenant);
  const caller = callerOf(fleet, authorization);
  if (!caller) throw armErrors.invalidToken(tenant);
  if (!fleet.subscription(target.subscriptionId)) throw armErrors.subscriptionNotFound(target.subscriptionId);
  if (caller !== target.subscriptionId) throw forbidden(caller, target);
}

/** A role without the query's permission: ARM's 403 AuthorizationFailed, naming the caller's principal. */
function forbidden(caller: string | null, target: CostManagementTarget): ArmError {
  // The same principal id the emulator's ARM side names for this token.
  const principal = caller ? Random.of('azure-principal', caller).uuid() : Random.of('azure-principal', 'anonymous').uuid();
  return armErrors.authorizationFailed(principal, target.permission, `/subscriptions/${target.subscriptionId}`);
}
