// Mutation attempts refused for their credentials are in the audit log too (with writes on): the
// gateway reads the refused request's body — JSON, at most 64 KB, for at most a second — and for
// a mutation naming actions writes one REFUSED entry with the code UNAUTHENTICATED.
// Who the request claimed to be is not trusted, so the entry names the caller "unauthenticated".
import type { IncomingMessage } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { getOperationAST, parse, type OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '../../errors/codes.js';
import { ACTION_KINDS } from '../../providers/actions.js';
import type { ActionKind } from '../../providers/types.js';
import type { AuditLog } from '../../operations/audit-entry.js';
import { logger } from '../../telemetry/logger.js';

const MAX_BODY_BYTES = 64 * 1024;
const READ_TIMEOUT_MS = 1000;
/** A refused caller's document is parsed only this far (the gateway's own default limit). */
const MAX_TOKENS = 5000;

export type RefusalAuditor = (req: IncomingMessage) => Promise<void>;

export function refusedMutationAuditor(audit: AuditLog): RefusalAuditor {
  return async (req) => {
    const body = await boundedJsonBody(req).catch(() => null);
    // One entry per request whatever it repeats, and no copy of what it sent: a refused caller
    // cannot fill the log.
    const actions = [...new Set(body ? mutationActions(body) : [])];
    if (actions.length === 0) return;
    await audit
      .append({
        at: new Date().toISOString(),
        caller: { id: 'unauthenticated', role: 'viewer', via: 'none' },
        action: actions[0]!,
        target: null,
        arguments: { actions },
        decision: 'REFUSED',
        outcome: 'REFUSED',
        errorCode: ErrorCode.UNAUTHENTICATED,
        message: 'no valid credentials',
        operationId: null,
      })
      .catch((error: unknown) => logger('gateway').error({ err: error }, 'audit entry of an unauthenticated mutation not written'));
  };
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** The action fields of the body's operation, when it is a mutation. */
function mutationActions(body: GraphQLBody): ActionKind[] {
  if (typeof body.query !== 'string') return [];
  let operation: OperationDefinitionNode | null | undefined;
  try {
    operation = getOperationAST(parse(body.query, { maxTokens: MAX_TOKENS }), typeof body.operationName === 'string' ? body.operationName : undefined);
  } catch {
    return [];
  }
  if (operation?.operation !== 'mutation') return [];
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === 'Field' && (ACTION_KINDS as readonly string[]).includes(selection.name.value) ? [selection.name.value as ActionKind] : [],
  );
}

async function boundedJsonBody(req: IncomingMessage): Promise<GraphQLBody | null> {
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').includes('json')) return null;
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  const read = (async () => {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return null;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  })();
  const text = await Promise.race([read, delay(READ_TIMEOUT_MS, null, { ref: false })]);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as GraphQLBody) : null;
  } catch {
    return null;
  }
}
