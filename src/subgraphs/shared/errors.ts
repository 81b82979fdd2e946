// Turns what resolvers throw into GraphQL errors with an `extensions.code` from the one enum,
// and carries provider failures that must not blank the page (partial data).
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../errors/codes.js';
import { errorCodeOf, ProviderError } from '../../providers/errors.js';

export { errorCodeOf } from '../../providers/errors.js';
import { InvalidIdError } from '../../providers/ids.js';
import { logger } from '../../telemetry/logger.js';
import type { SubgraphContext } from './context.js';

const log = logger('subgraph');

export function badUserInput(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
}

export function providerGraphQLError(error: ProviderError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: errorCodeOf(error.category),
      provider: error.scope.provider,
      account: error.scope.account,
      region: error.scope.region,
      operation: error.operation,
      providerCode: error.providerCode,
    },
  });
}

/** Any thrown value → a GraphQLError a client may see. Unknown errors are masked. */
export function toGraphQLError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && error.extensions?.code) return error;
  if (error instanceof ProviderError) return providerGraphQLError(error);
  if (error instanceof InvalidIdError) return badUserInput(error.message, { id: error.id });
  // A bug, not a condition a client can act on: logged in full here, masked for the client.
  log.error({ err: error }, 'unexpected error in a resolver');
  return new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

/** Apollo's formatError: resolvers' errors arrive wrapped; classify the original. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const classified = toGraphQLError(original);
  return { ...formatted, message: classified.message, extensions: { ...classified.extensions } };
}

/** Appends the errors resolvers recorded in `context.partialErrors` to the response. */
export function partialErrorsPlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.partialErrors.length === 0) return;
          const result = response.body.singleResult;
          result.errors = [...(result.errors ?? []), ...contextValue.partialErrors.map((e) => e.toJSON())];
        },
      };
    },
  };
}

/** Records each provider failure once per request, however many fields ran into it. */
export function recordFailures(context: SubgraphContext, failures: readonly ProviderError[]): void {
  for (const failure of failures) {
    if (context.partialErrors.some((e) => e.message === failure.message)) continue;
    context.partialErrors.push(providerGraphQLError(failure));
  }
}
