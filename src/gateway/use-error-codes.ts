// Every error a client receives carries an `extensions.code` from src/errors/codes.ts. The
// subgraphs set theirs; this fills in the ones the gateway raises itself without one (a
// variable of the wrong type is rejected before execution, with no code).
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

interface ErrorLike {
  path?: readonly unknown[];
  extensions?: Record<string, unknown>;
}

export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        const errors = (single as { errors?: ErrorLike[] } | null)?.errors;
        if (!Array.isArray(errors)) continue;
        for (const error of errors) {
          if (error.extensions?.code) continue;
          // Without a path the request itself was refused: the caller's input is at fault.
          const code = error.path ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT;
          Object.assign(error, { extensions: { ...error.extensions, code } });
        }
      }
    },
  };
}
