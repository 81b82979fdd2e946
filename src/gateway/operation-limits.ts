// Structural limits on one operation, checked before it is planned or sent anywhere: GraphQL
// Armor's depth, alias, token and directive rules, each refusal reworded into one error shape —
// `OPERATION_LIMIT_EXCEEDED` naming the setting, its maximum and what the operation had.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { OperationLimitsConfig } from '../config/server-schema.js';
import { ErrorCode } from '../errors/codes.js';

type StructuralLimit = 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives';

const WHAT: Record<StructuralLimit, string> = {
  maxDepth: 'selections nested',
  maxAliases: 'aliases',
  maxTokens: 'tokens',
  maxDirectives: 'directives',
};

/**
 * Rewrites an Armor refusal into the one shape. A validation rule's refusal is reported as a
 * validation error (not thrown: a thrown one is logged as a server error, and clients choose it);
 * the token limit's comes from the parser and is thrown, as parse errors are.
 */
function refusal(limit: StructuralLimit, max: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    // Armor words it "… limit of N exceeded, found M." (tokens: no count: parsing stops at the limit).
    const found = /found (\d+)/.exec(error.message)?.[1];
    const had = found === undefined ? `more than ${max}` : found;
    const message = `Operation refused: ${had} ${WHAT[limit]}; the limit is ${max} (server.limits.${limit})`;
    Object.assign(error, { message });
    Object.assign(error.extensions, { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit, max, ...(found === undefined ? {} : { found: Number(found) }) });
    context?.reportError(error);
  };
}

export function useOperationLimits(limits: OperationLimitsConfig): Plugin[] {
  return [
    maxTokensPlugin({ n: limits.maxTokens, onReject: [refusal('maxTokens', limits.maxTokens)] }),
    maxDepthPlugin({ n: limits.maxDepth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [refusal('maxDepth', limits.maxDepth)] }),
    maxAliasesPlugin({ n: limits.maxAliases, propagateOnRejection: false, onReject: [refusal('maxAliases', limits.maxAliases)] }),
    maxDirectivesPlugin({ n: limits.maxDirectives, propagateOnRejection: false, onReject: [refusal('maxDirectives', limits.maxDirectives)] }),
  ] as Plugin[];
}
