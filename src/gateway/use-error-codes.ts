// Every error a client receives carries an `extensions.code` from src/errors/codes.ts. The
// subgraphs set theirs; this fills in the ones the gateway raises itself without one (a
// variable of the wrong type is rejected before execution, with no code) or with its own (a
// subgraph it cannot reach).
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';
import { subgraphUnavailableMessage } from './mask-error.js';

interface ErrorLike {
  message?: string;
  path?: readonly unknown[];
  extensions?: Record<string, unknown>;
}

/** The runtime's own code for a subgraph it cannot reach, with the socket error as message. */
function describeUnreachableSubgraph(error: ErrorLike): void {
  const subgraph = String(error.extensions?.serviceName ?? 'a subgraph');
  Object.assign(error, {
    message: subgraphUnavailableMessage(subgraph),
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph },
  });
}

export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) codeErrors(single);
    },
    // Subscriptions over graphql-ws bypass result processing: each event is fixed as it passes.
    onSubscribe() {
      return {
        onSubscribeResult() {
          return {
            onNext({ result }) {
              codeErrors(result);
            },
          };
        },
      };
    },
  };
}

function codeErrors(result: unknown): void {
  const errors = (result as { errors?: ErrorLike[] } | null)?.errors;
  if (!Array.isArray(errors)) return;
  for (const error of errors) {
    if (error.extensions?.code === 'DOWNSTREAM_SERVICE_ERROR') {
      describeUnreachableSubgraph(error);
      continue;
    }
    if (error.extensions?.code) continue;
    // Without a path the request itself was refused: the caller's input is at fault.
    const code = error.path ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT;
    Object.assign(error, { extensions: { ...error.extensions, code } });
  }
}
