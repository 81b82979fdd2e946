// A bound on one answer's size. The cost limit keeps most answers small before they run; this is
// the backstop for what an estimate cannot see (long tag lists, wide security rules): an answer
// past the limit is replaced by one error naming it, never streamed out half-built.
import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

export function useResponseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (isAsyncIterable(result)) return; // subscriptions: each event is small, and bounded per subscriber
      const bytes = Buffer.byteLength(JSON.stringify(result));
      if (bytes <= maxBytes) return;
      const message = `Operation refused: the answer would be ${bytes} bytes; the limit is ${maxBytes} (server.limits.maxResponseBytes). Ask for fewer items (first) or fields.`;
      setResult({
        errors: [new GraphQLError(message, { extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'maxResponseBytes', max: maxBytes, found: bytes } })],
      });
    },
  };
}
