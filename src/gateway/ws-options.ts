// The gateway's graphql-ws options: the runtime's own (it plans and executes every operation),
// with identical live subscriptions of callers who see the same fleet sharing one execution
// (src/graphql-ws/shared-subscriptions.ts).
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import { getOperationAST, Kind, parse, visit, type DocumentNode, type ExecutionArgs, type OperationDefinitionNode } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { WsExtra } from '../graphql-ws/server.js';
import { Outbox, nextPrefix } from '../graphql-ws/outbox.js';
import { SharedSubscriptions, type Delivery } from '../graphql-ws/shared-subscriptions.js';
import type { Caller } from '../auth/caller.js';
import type { RequestCallers } from './auth/caller-propagation.js';

type WsOptions = ServerOptions<Record<string, unknown> | undefined, WsExtra>;

const DELIVERY = Symbol('delivery');

interface RequestParams {
  query?: string;
  operationName?: string | null;
  variables?: unknown;
  extensions?: unknown;
}

export function gatewayWsOptions(runtime: GatewayRuntime, callers: RequestCallers): WsOptions {
  // The connection's caller rides in the operation's context, for the subgraph requests it makes.
  const base = getGraphQLWSOptions<Record<string, unknown>, WsExtra>(runtime, (ctx) => {
    const caller = callers.of(ctx.extra.request);
    return caller ? { caller } : {};
  });
  const run = base.subscribe!;
  const shared = new SharedSubscriptions();
  const subscriptionOf = subscriptionCache();
  return {
    ...base,
    // The subscription's socket and id ride in its context: a shared subscription's results are
    // sent to it directly (Delivery), serialised once for all its subscribers.
    onSubscribe: async (ctx, id, payload) => {
      const args = await base.onSubscribe!(ctx, id, payload);
      const context = args && !Array.isArray(args) ? (args as ExecutionArgs).contextValue : undefined;
      const outbox = Outbox.of(ctx.extra.socket);
      if (context && typeof context === 'object' && outbox) {
        const prefix = nextPrefix(id);
        (context as Record<symbol, Delivery>)[DELIVERY] = { sendNext: (bytes) => outbox.sendNext(prefix, bytes) };
      }
      return args;
    },
    // The runtime hands graphql-ws a placeholder subscription document, so every operation comes
    // through here; only live subscriptions are shared.
    subscribe: (args: ExecutionArgs) => {
      const context = args.contextValue as { params?: RequestParams; caller?: Caller } | undefined;
      const params = context?.params;
      const operation = params?.query ? subscriptionOf(params.query, params.operationName) : undefined;
      // operationUpdated starts with the operation as it is now: a late joiner would miss that.
      if (!params || !operation || replays(operation, params.variables) || follows(operation)) return run(args);
      // Callers who may see different parts of the fleet never share a subscription.
      const principal = context?.caller ? [context.caller.role, context.caller.grants] : null;
      const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null, params.extensions ?? null, principal]);
      return shared.join(key, () => run(args) as never, (args.contextValue as Record<symbol, Delivery | undefined>)[DELIVERY]) as never;
    },
  };
}

/**
 * Whether the operation passes a non-null `since`: a subscription that replays from an event id
 * starts at its own point in the log, so it cannot join one already running.
 */
function replays(operation: OperationDefinitionNode, variables: unknown): boolean {
  const values = (variables ?? {}) as Record<string, unknown>;
  let found = false;
  visit(operation, {
    Argument(node) {
      if (node.name.value !== 'since' || node.value.kind === Kind.NULL) return;
      if (node.value.kind !== Kind.VARIABLE) found = true;
      else if (values[node.value.name.value] != null || hasDefault(operation, node.value.name.value)) found = true;
    },
  });
  return found;
}

/** Whether the subscription follows an operation (its own start, not a shared stream). */
function follows(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === 'operationUpdated');
}

function hasDefault(operation: OperationDefinitionNode, variable: string): boolean {
  const definition = operation.variableDefinitions?.find((d) => d.variable.name.value === variable);
  return definition?.defaultValue !== undefined && definition.defaultValue.kind !== Kind.NULL;
}

/** The document's operation when it is a subscription, remembered per document (bounded). */
function subscriptionCache(limit = 1000): (query: string, operationName?: string | null) => OperationDefinitionNode | undefined {
  const known = new Map<string, OperationDefinitionNode | null>();
  return (query, operationName) => {
    const key = `${operationName ?? ''}\n${query}`;
    let operation = known.get(key);
    if (operation === undefined) {
      operation = subscriptionIn(query, operationName);
      if (known.size >= limit) known.delete(known.keys().next().value!);
      known.set(key, operation);
    }
    return operation ?? undefined;
  };
}

function subscriptionIn(query: string, operationName?: string | null): OperationDefinitionNode | null {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null; // the runtime reports the syntax error
  }
  const operation = getOperationAST(document, operationName ?? undefined);
  return operation?.operation === 'subscription' ? operation : null;
}
