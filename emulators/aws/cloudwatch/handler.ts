// CloudWatch over AWS JSON 1.0: `X-Amz-Target: GraniteServiceVersion20100801.<Operation>`.
import { cloudWatchErrors } from './errors.js';
import { getMetricData, type CloudWatchContext } from './get-metric-data.js';

export const CLOUDWATCH_TARGET_PREFIX = 'GraniteServiceVersion20100801.';

const OPERATIONS: Record<string, (body: unknown, ctx: CloudWatchContext, now: Date) => Record<string, unknown>> = {
  GetMetricData: getMetricData,
};

/** The operation named by an X-Amz-Target header ('' when it is not a CloudWatch target). */
export function cloudWatchOperation(target: string): string {
  return target.startsWith(CLOUDWATCH_TARGET_PREFIX) ? target.slice(CLOUDWATCH_TARGET_PREFIX.length) : '';
}

export function handleCloudWatch(target: string, rawBody: string, ctx: CloudWatchContext, now: Date): string {
  const operation = cloudWatchOperation(target);
  const handler = OPERATIONS[operation];
  if (!handler) throw cloudWatchErrors.unknownOperation(target);
  let body: unknown;
  try {
    body = rawBody.trim() === '' ? {} : JSON.parse(rawBody);
  } catch {
    throw cloudWatchErrors.serialization('Request body is not valid JSON');
  }
  return JSON.stringify(handler(body, ctx, now));
}
