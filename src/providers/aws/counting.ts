// Counts every HTTP attempt the SDK makes (retries included) into
// fleetgraph_upstream_requests_total, each in a span of its own when tracing is on. The middleware sits in the finalizeRequest step right after
// the SDK's retryMiddleware, so the retry loop calls it once per attempt; everything before it
// (serialisation, endpoint and credential resolution) runs once per command.
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';
import type { PageKey } from '../../telemetry/upstream-spans.js';
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

const PAGE_TOKENS = ['NextToken', 'NextPageToken', 'nextToken'];

/** The command's input without its page token is the listing; the token, the page it asks for. */
function pageOfInput(input: Record<string, unknown> | undefined): PageKey {
  const listing: Record<string, unknown> = { ...input };
  let token = '';
  for (const name of PAGE_TOKENS) {
    if (typeof listing[name] === 'string') token = listing[name];
    delete listing[name];
  }
  return { listing: JSON.stringify(listing), token };
}

export function countingMiddleware(service: AwsService, scope: Scope) {
  return (next: Handler, context: { commandName?: string }): Handler =>
    async (args) => {
      const operation = operationOf(context.commandName);
      const call = { provider: 'aws', service, operation, account: scope.account, region: scope.region };
      return observeUpstreamAttempt(call, { pageKey: () => pageOfInput(args.input), statusOf: (output) => output?.response?.statusCode }, () => next(args));
    };
}
