// Counts every HTTP attempt the SDK makes (retries included) into
// fleetgraph_upstream_requests_total, each in a span of its own when tracing is on. The middleware sits in the finalizeRequest step right after
// the SDK's retryMiddleware, so the retry loop calls it once per attempt; everything before it
// (serialisation, endpoint and credential resolution) runs once per command.
import { countUpstreamRequest } from '../../telemetry/metrics.js';
import { traceUpstreamAttempt } from '../../telemetry/upstream-spans.js';
import type { Scope } from '../types.js';

export type AwsService = 'ec2' | 'monitoring' | 'pricing' | 'costexplorer';

export const COUNTING_MIDDLEWARE_NAME = 'fleetgraphUpstreamCounting';

export const countingMiddlewareOptions = {
  name: COUNTING_MIDDLEWARE_NAME,
  relation: 'after',
  toMiddleware: 'retryMiddleware',
  override: true,
} as const;

/** `DescribeInstancesCommand` → `DescribeInstances`. */
export function operationOf(commandName: string | undefined): string {
  if (!commandName) return 'unknown';
  return commandName.endsWith('Command') ? commandName.slice(0, -'Command'.length) : commandName;
}

// Typed loosely on purpose: the same middleware goes on EC2 and CloudWatch stacks, whose generic
// parameters differ, and it only reads the context's command name.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (args: any) => Promise<any>;

/** What asked for this page of a listing: the token of the previous one ('' for a first page). */
function pageTokenOf(input: Record<string, unknown> | undefined): string {
  const token = input?.NextToken ?? input?.NextPageToken ?? input?.nextToken;
  return typeof token === 'string' ? token : '';
}

export function countingMiddleware(service: AwsService, scope: Scope) {
  return (next: Handler, context: { commandName?: string }): Handler =>
    async (args) => {
      const operation = operationOf(context.commandName);
      const call = { provider: 'aws', service, operation, account: scope.account, region: scope.region };
      try {
        const result = await traceUpstreamAttempt(call, pageTokenOf(args.input), () => next(args), (output) => output?.response?.statusCode);
        countUpstreamRequest('aws', service, operation, 'ok');
        return result;
      } catch (error) {
        countUpstreamRequest('aws', service, operation, 'error');
        throw error;
      }
    };
}
