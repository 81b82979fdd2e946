// The gateway masks unexpected errors, as it should; but an error a subgraph raised on purpose
// (it carries one of our codes) reaches the client as is, also when it ends a subscription
// before its first event (the runtime wraps that one, and would otherwise mask it); and a
// subgraph the gateway could not get an answer from is named (SUBGRAPH_UNAVAILABLE) beside the
// rest of the answer, without what the runtime attached to it (the request it sent).
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const coded = findCodedError(error);
  if (coded) return new GraphQLError(coded.message, { extensions: coded.extensions, ...pathOf(error) });
  const subgraph = unreachableSubgraph(error);
  if (subgraph) return new GraphQLError(subgraphUnavailableMessage(subgraph), { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: subgraph }, ...pathOf(error) });
  return yogaMaskError(error, message, isDev);
}

/** The runtime's code for a subgraph call that got no GraphQL answer (refused, reset, cut off). */
const SUBGRAPH_CALL_FAILED = 'SUBREQUEST_HTTP_ERROR';

/** The subgraph's name when `error` is a subgraph call that got no answer (a GraphQLError of the runtime's own graphql copy). */
function unreachableSubgraph(error: unknown): string | undefined {
  const extensions = (error as Partial<CodedError> | null)?.extensions;
  if (extensions?.code !== SUBGRAPH_CALL_FAILED) return undefined;
  return String(extensions.serviceName ?? 'a');
}

export function subgraphUnavailableMessage(subgraph: string): string {
  return `The ${subgraph} subgraph is unavailable; try again (a subscription resumes with since = the last event id received)`;
}

interface CodedError {
  message: string;
  extensions: Record<string, unknown>;
}

/** The first error in the chain with a client code; a subscription's upstream error arrives as a plain object. */
function findCodedError(error: unknown): CodedError | undefined {
  for (let current: unknown = error, depth = 0; typeof current === 'object' && current !== null && depth < 5; depth++) {
    const { message, extensions } = current as Partial<CodedError>;
    if (typeof message === 'string' && extensions && CLIENT_CODES.has(String(extensions.code))) return { message, extensions };
    current = current instanceof GraphQLError ? current.originalError : (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function pathOf(error: unknown): { path?: readonly (string | number)[] } {
  const path = (error as { path?: unknown } | null)?.path;
  return Array.isArray(path) ? { path: path as (string | number)[] } : {};
}
