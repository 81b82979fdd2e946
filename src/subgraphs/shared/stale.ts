// Stale answers (src/loaders/stale.ts) made visible: one entry in the response's `errors` per
// scope and operation per request, beside the data, with the oldest age served. The gateway
// forwards it as it forwards every coded subgraph error.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/codes.js';
import { CircuitOpenError, type StaleAnswer } from '../../loaders/index.js';

/** Adds (or ages) the request's STALE_DATA entry for the answer's scope and operation. */
export function recordStale(partialErrors: GraphQLError[], answer: StaleAnswer): void {
  const error = staleDataError(answer);
  const index = partialErrors.findIndex((existing) => sameStaleEntry(existing, error));
  if (index < 0) partialErrors.push(error);
  else if (Number(partialErrors[index]!.extensions.ageSeconds) < answer.ageSeconds) partialErrors[index] = error;
}

function staleDataError({ scope, operation, ageSeconds, error }: StaleAnswer): GraphQLError {
  return new GraphQLError(`Stale data: ${scope.provider} ${scope.account}/${scope.region} ${operation} answered from the cache, ${ageSeconds} s old, because the call failed (${error.message})`, {
    extensions: { code: ErrorCode.STALE_DATA, stale: true, ageSeconds, provider: scope.provider, account: scope.account, region: scope.region, operation, reason: reasonOf(error) },
  });
}

/** Only unhealthy-scope failures answer stale: an open circuit, throttling, or unavailability. */
function reasonOf(error: StaleAnswer['error']): string {
  if (error instanceof CircuitOpenError) return 'CIRCUIT_OPEN';
  return error.category === 'THROTTLED' ? ErrorCode.PROVIDER_THROTTLED : ErrorCode.PROVIDER_UNAVAILABLE;
}

function sameStaleEntry(a: GraphQLError, b: GraphQLError): boolean {
  return a.extensions.code === ErrorCode.STALE_DATA && (['provider', 'account', 'region', 'operation'] as const).every((key) => a.extensions[key] === b.extensions[key]);
}
