// Counts every HTTP attempt the SDK makes (retries included) into
// fleetgraph_upstream_requests_total. The middleware sits in the finalizeRequest step right after
// the SDK's retryMiddleware, so the retry loop calls it once per attempt; everything before it
// (serialisation, endpoint and credential resolution) runs once per command.
import { countUpstreamRequest } from '../../telemetry/metrics.js';

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

export function countingMiddleware(service: AwsService) {
  return (next: Handler, context: { commandName?: string }): Handler =>
    async (args) => {
      const operation = operationOf(context.commandName);
      try {
        const result = await next(args);
        countUpstreamRequest('aws', service, operation, 'ok');
        return result;
      } catch (error) {
        countUpstreamRequest('aws', service, operation, 'error');
        throw error;
      }
    };
}
