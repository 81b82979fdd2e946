// The cost limit: what an operation would make the gateway fetch and hold, estimated over the
// whole operation (across subgraphs) from its arguments and variables before anything runs.
// graphql-query-complexity walks the document; the estimators below say what multiplies:
//   - a page (a field with `first`) costs its `first` times what each item costs;
//   - a metrics field (a list of MetricSeries over `from`, `to`, `period`) costs one unit per point
//     of every series it asks for;
//   - anything else costs 1 plus its children (a list without `first` is assumed to hold one).
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors/codes.js';

/** What a metrics field returns (one series per metric asked for). */
const METRIC_SERIES_TYPE = 'MetricSeries';

/** The period a metrics field uses when none is given (see the metrics subgraph's schema). */
const DEFAULT_METRIC_PERIOD_SECONDS = 300;

const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.first !== 'number') return undefined;
  return 1 + Math.max(0, args.first) * childComplexity;
};

/**
 * The name under a type's list and non-null wrappers. Read structurally: the runtime's schema may
 * come from another copy of graphql-js than this file's (vitest loads both builds), and graphql's
 * own predicates refuse types of "another realm".
 */
function namedTypeOf(type: unknown): string | undefined {
  let current = type as { ofType?: unknown; name?: string };
  while (current.ofType) current = current.ofType as typeof current;
  return current.name;
}

const metricsEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (namedTypeOf(field.type) !== METRIC_SERIES_TYPE) return undefined;
  const from = new Date(args.from as string | Date).getTime();
  const to = new Date(args.to as string | Date).getTime();
  const period = typeof args.period === 'number' && args.period > 0 ? args.period : DEFAULT_METRIC_PERIOD_SECONDS;
  const points = Number.isFinite(from) && Number.isFinite(to) && to > from ? Math.ceil((to - from) / 1000 / period) : 1;
  const series = (Array.isArray(args.names) ? args.names.length : 0) + (Array.isArray(args.nativeNames) ? args.nativeNames.length : 0);
  return 1 + Math.max(1, series) * Math.max(1, points) * Math.max(1, childComplexity);
};

const ESTIMATORS = [pageEstimator, metricsEstimator, simpleEstimator({ defaultComplexity: 1 })];

/** A document this large is refused without estimating (the token limit normally stops it first). */
const MAX_QUERY_NODES = 50_000;

export function useOperationCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = getComplexity({
          schema: args.schema,
          query: args.document,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          ...(args.operationName ? { operationName: args.operationName } : {}),
          estimators: ESTIMATORS,
          maxQueryNodes: MAX_QUERY_NODES,
        });
      } catch (error) {
        cost = Number.POSITIVE_INFINITY;
        if (!(error instanceof GraphQLError)) throw error;
      }
      if (cost <= maxCost) return;
      const found = Number.isFinite(cost) ? cost : null;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Operation refused: estimated cost ${found ?? 'beyond counting'}; the limit is ${maxCost} (server.limits.maxCost). Ask for smaller pages (first), shorter metric windows or fewer nested lists.`,
            { extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit: 'maxCost', max: maxCost, found } },
          ),
        ],
      });
    },
  };
}
