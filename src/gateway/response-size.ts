// A bound on one answer's size. The cost limit keeps most answers small before they run; this is
// the backstop for what an estimate cannot see (long tag lists, wide security rules): an answer
// past the limit is replaced by one error naming it, never streamed out half-built.
// The check is made where the answer is serialised (yoga calls a result's own `stringify`): the
// answer is serialised once, and what is measured is exactly what would be sent, whatever the
// plugins after this one changed.
import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

export function useResponseSizeLimit(maxBytes: number): Plugin {
  return {
    onExecutionResult({ result, setResult }) {
      if (!result || isAsyncIterable(result)) return; // subscriptions: each event is small, and bounded per subscriber
      setResult({ ...result, stringify: (answer) => boundedJson(answer, maxBytes) });
    },
  };
}

function boundedJson(answer: unknown, maxBytes: number): string {
  const json = JSON.stringify(answer);
  // A UTF-8 byte is at least a UTF-16 unit and at most three: count only when it could matter.
  const bytes = json.length * 3 <= maxBytes ? json.length : Buffer.byteLength(json);
  if (bytes <= maxBytes) return json;
  const message = `Operation refused: the answer would be ${bytes} bytes; the limit is ${maxBytes} (server.limits.maxResponseBytes). Ask for fewer items (first) or fields.`;
  const refusal = new GraphQLError(message, { extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'maxResponseBytes', max: maxBytes, found: bytes } });
  return JSON.stringify({ data: null, errors: [refusal.toJSON()] });
}
