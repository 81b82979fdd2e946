// What each role may do. viewer reads (queries, subscriptions, its operations); operator also runs
// lifecycle actions; admin also the destructive ones and reads the audit log. A permission is named
// after what it allows, and a refusal names it.
import { ROLES, type Role } from '../config/auth-schema.js';
import type { ActionKind } from '../providers/actions.js';
import type { Caller } from './caller.js';

export type Permission = ActionKind | 'readFleet' | 'readAuditLog';

const REQUIRED_ROLE: Readonly<Record<Permission, Role>> = {
  readFleet: 'viewer',
  startVm: 'operator',
  stopVm: 'operator',
  rebootVm: 'operator',
  resizeVm: 'operator',
  createVm: 'operator',
  attachVolume: 'operator',
  detachVolume: 'operator',
  resizeVolume: 'operator',
  createSnapshot: 'operator',
  deleteVm: 'admin',
  deleteSnapshot: 'admin',
  readAuditLog: 'admin',
};

export function requiredRole(permission: Permission): Role {
  return REQUIRED_ROLE[permission];
}

export function hasPermission(caller: Caller, permission: Permission): boolean {
  return ROLES.indexOf(caller.role) >= ROLES.indexOf(REQUIRED_ROLE[permission]);
}
