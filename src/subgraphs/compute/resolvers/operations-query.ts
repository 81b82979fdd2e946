// Query.operation, Query.operations and Query.auditLog (admins only), newest first, with keyset
// cursors: an operation's creation time, an audit entry's id.
import { GraphQLError } from 'graphql';
import { grantsEverything } from '../../../auth/grants.js';
import { hasPermission, requiredRole } from '../../../auth/permissions.js';
import { ErrorCode } from '../../../errors/codes.js';
import type { AuditEntry, Operation as OperationModel } from '../../../operations/index.js';
import { badUserInput } from '../../shared/errors.js';
import { operationsOf } from '../../shared/mutations.js';
import type { AuditFilter, OperationFilter, QueryResolvers } from '../generated/resolvers-types.js';
import { visibleOperation, visibleTo } from './operation.js';

const MAX_OPERATIONS = 200;
/** An operation's creation time; an audit entry's stream id. */
const TIME_CURSOR = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const ENTRY_CURSOR = /^\d+-\d+$/;
const MAX_AUDIT_ENTRIES = 500;

export const OperationsQuery: Pick<QueryResolvers, 'operation' | 'operations' | 'auditLog'> = {
  operation: (_p, { id }, context) => visibleOperation(context, id),
  operations: async (_p, { filter, first, after }, context) => {
    const limit = pageSize(first, MAX_OPERATIONS);
    const before = after ? decodeCursor(after, TIME_CURSOR) : null;
    const page = await operationsOf(context).store.list(before, limit, (op) => visibleTo(context, op) && matchesOperation(op, filter));
    return { nodes: page.operations, pageInfo: pageInfo(page.operations.map((op) => op.createdAt), page.hasMore, after) };
  },
  auditLog: async (_p, { filter, first, after }, context) => {
    // The log spans every account: an admin granted part of the fleet may not read it.
    if (!hasPermission(context.caller, 'readAuditLog') || !grantsEverything(context.caller.grants)) {
      throw new GraphQLError(`readAuditLog needs the ${requiredRole('readAuditLog')} role, granted the whole fleet; this caller is ${context.caller.role}`, {
        extensions: { code: ErrorCode.FORBIDDEN, permission: 'readAuditLog', requiredRole: requiredRole('readAuditLog') },
      });
    }
    const limit = pageSize(first, MAX_AUDIT_ENTRIES);
    const before = after ? decodeCursor(after, ENTRY_CURSOR) : null;
    const page = await operationsOf(context).audit.list(before, limit, (entry) => matchesAudit(entry, filter));
    return { nodes: page.entries, pageInfo: pageInfo(page.entries.map((entry) => entry.id), page.hasMore, after) };
  },
};

function pageSize(first: number | null | undefined, max: number): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 0 || size > max) throw badUserInput(`"first" must be an integer from 0 to ${max}, got ${size}`, { argument: 'first' });
  return size;
}

function matchesOperation(operation: OperationModel, filter: OperationFilter | null | undefined): boolean {
  if (!filter) return true;
  return (
    (!filter.statuses || filter.statuses.includes(operation.status)) &&
    (!filter.kinds || filter.kinds.includes(operation.kind)) &&
    (!filter.requestedBy || filter.requestedBy.includes(operation.requestedBy.id)) &&
    (!filter.targets || filter.targets.some((id) => id === operation.target || id === operation.resourceId))
  );
}

function matchesAudit(entry: AuditEntry, filter: AuditFilter | null | undefined): boolean {
  if (!filter) return true;
  return (
    (!filter.callers || filter.callers.includes(entry.caller.id)) &&
    (!filter.kinds || filter.kinds.includes(entry.action)) &&
    (!filter.decisions || filter.decisions.includes(entry.decision)) &&
    (!filter.targets || (entry.target !== null && filter.targets.includes(entry.target))) &&
    (!filter.since || Date.parse(entry.at) >= filter.since.getTime())
  );
}

function pageInfo(keys: readonly string[], hasMore: boolean, after: string | null | undefined) {
  return {
    hasNextPage: hasMore,
    hasPreviousPage: Boolean(after),
    startCursor: keys.length > 0 ? encodeCursor(keys[0]!) : null,
    endCursor: keys.length > 0 ? encodeCursor(keys.at(-1)!) : null,
  };
}

function encodeCursor(key: string): string {
  return Buffer.from(key).toString('base64url');
}

function decodeCursor(cursor: string, shape: RegExp): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!shape.test(key) || (shape === TIME_CURSOR && Number.isNaN(Date.parse(key)))) throw badUserInput(`"after" is not a cursor from this list`, { argument: 'after' });
  return key;
}
