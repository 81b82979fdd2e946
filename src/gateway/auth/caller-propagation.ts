// Carries the authenticated caller from the gateway to the subgraphs: the gateway remembers who
// sent each HTTP request and each WebSocket connection, and signs that caller into every subgraph
// request it makes on their behalf (src/auth/caller-token.ts), over HTTP and over the shared
// subscription connection alike.
import type { IncomingMessage } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Caller } from '../../auth/caller.js';
import { CALLER_EXTENSION, type CallerTokens } from '../../auth/caller-token.js';

/** Who sent what: HTTP requests by their node request, WebSocket connections by their graphql-ws `extra`. */
export class RequestCallers {
  private readonly callers = new WeakMap<object, Caller>();

  remember(origin: IncomingMessage | object, caller: Caller): void {
    this.callers.set(origin, caller);
  }

  of(origin: object | undefined): Caller | undefined {
    return origin ? this.callers.get(origin) : undefined;
  }

  /** The caller of an operation, from the runtime's context: `caller` (WebSocket) or the node request `req` (HTTP). */
  ofContext(context: unknown): Caller | undefined {
    const value = (context ?? {}) as { caller?: Caller; req?: object };
    return value.caller ?? this.of(value.req);
  }
}

export function useCallerPropagation(tokens: CallerTokens, callers: RequestCallers): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest, setExecutionRequest }) {
      const caller = callers.ofContext(executionRequest.context);
      if (!caller) return;
      setExecutionRequest({ ...executionRequest, extensions: { ...executionRequest.extensions, [CALLER_EXTENSION]: tokens.sign(caller) } });
    },
  };
}
