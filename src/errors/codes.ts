// The one enum for GraphQL `extensions.code`. Every error a client can see carries one of these.
export const ErrorCode = {
  /** The document is not GraphQL. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /** The document does not fit the schema (unknown field, bad literal). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** An argument or variable is wrong: a malformed id, a bad page size, a variable of the wrong type. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  PROVIDER_THROTTLED: 'PROVIDER_THROTTLED',
  PROVIDER_UNAVAILABLE: 'PROVIDER_UNAVAILABLE',
  PROVIDER_AUTH_FAILED: 'PROVIDER_AUTH_FAILED',
  PROVIDER_ERROR: 'PROVIDER_ERROR',
  PROVIDER_NOT_CONFIGURED: 'PROVIDER_NOT_CONFIGURED',
  /** The resource an action names does not exist (or the caller may not see it: the two are answered alike). */
  NOT_FOUND: 'NOT_FOUND',
  /** The resource's current state forbids the action (extensions: providerCode, state). */
  RESOURCE_STATE_CONFLICT: 'RESOURCE_STATE_CONFLICT',
  /** The cloud refused the action for a quota. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** The operation store or audit log (Redis) cannot be written, so the mutation was not carried out; retry later. */
  OPERATIONS_UNAVAILABLE: 'OPERATIONS_UNAVAILABLE',
  /** The caller sent too many mutations in a minute (extensions: retryAfterSeconds). */
  RATE_LIMITED: 'RATE_LIMITED',
  /**
   * Not a failure: data beside this entry was answered from the cache past its TTL because its
   * scope's calls are failing (extensions: stale, ageSeconds, provider, account, region, operation, reason).
   */
  STALE_DATA: 'STALE_DATA',
  /** The gateway could not reach a subgraph (a subscription then ends; resume it with `since`). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** A subscriber fell too far behind the event feed; subscribe again with `since` = extensions.lastEventId. */
  SUBSCRIBER_TOO_SLOW: 'SUBSCRIBER_TOO_SLOW',
  /** The event log cannot be read (Redis unreachable); subscribe again later with `since`. */
  EVENTS_UNAVAILABLE: 'EVENTS_UNAVAILABLE',
  /** The operation asks for more than the server allows (depth, aliases, tokens, directives, cost, response size, time); extensions name the limit. */
  OPERATION_LIMIT_EXCEEDED: 'OPERATION_LIMIT_EXCEEDED',
  /** Trusted documents are on and the operation is not one of them. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
