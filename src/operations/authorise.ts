// Whether a caller may ask for an action on its target, decided from the request alone — the
// role's permission, then the grants against the ids' provider, account and location — before
// anything is read from the cloud, so a refusal never tells whether the resource exists.
import { grantsAllow } from '../auth/grants.js';
import type { Caller } from '../auth/caller.js';
import { hasPermission, requiredRole } from '../auth/permissions.js';
import { ErrorCode } from '../errors/codes.js';
import { actionScope } from '../providers/actions.js';
import type { ActionRequest, Scope } from '../providers/types.js';
import { OperationRefusal } from './refusal.js';

/** Every place the request touches: where it acts, and the VM a volume is attached to or detached from. */
export function placesOf(request: ActionRequest): Scope[] {
  if (request.kind === 'attachVolume' || request.kind === 'detachVolume') return [request.volume, request.vm];
  return [actionScope(request)];
}

export function authorise(caller: Caller, request: ActionRequest): void {
  const permission = request.kind;
  if (!hasPermission(caller, permission)) {
    throw new OperationRefusal(ErrorCode.FORBIDDEN, `${permission} needs the ${requiredRole(permission)} role; this caller is ${caller.role}`, {
      permission,
      requiredRole: requiredRole(permission),
    });
  }
  for (const place of placesOf(request)) {
    if (!grantsAllow(caller.grants, place.provider, place.account, place.region)) {
      throw new OperationRefusal(ErrorCode.FORBIDDEN, `${permission} is not granted on ${place.provider} account ${place.account} in ${place.region}`, {
        permission,
        provider: place.provider,
        account: place.account,
        region: place.region,
      });
    }
  }
}
