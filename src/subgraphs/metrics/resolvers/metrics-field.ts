// The `metrics` field VMs and volumes share: validate the window, then ask the per-request
// metric loader for every series, so all resources in a query share one batch.
import { alignWindow } from '../../../loaders/metrics.js';
import type { MetricName, MetricSeries } from '../../../providers/types.js';
import type { SubgraphContext } from '../../shared/context.js';
import { badUserInput, toGraphQLError } from '../../shared/errors.js';

export const MAX_POINTS_PER_SERIES = 1440;
export const MAX_SERIES_PER_FIELD = 20;

export interface MetricsArgs {
  names?: readonly MetricName[] | null;
  nativeNames?: readonly string[] | null;
  from: Date;
  to: Date;
  period?: number | null;
}

export async function resolveMetrics(resourceId: string, args: MetricsArgs, context: SubgraphContext): Promise<MetricSeries[]> {
  const period = validPeriod(args);
  const { from, to } = alignWindow(args.from, args.to, period);
  const keys = [
    ...(args.names ?? []).map((name) => ({ resourceId, name, nativeName: null, period, from, to })),
    ...(args.nativeNames ?? []).map((nativeName) => ({ resourceId, name: null, nativeName, period, from, to })),
  ];
  const loaded = await context.loaders.metrics.loadMany(keys);
  const error = loaded.find((item): item is Error => item instanceof Error);
  if (error) throw toGraphQLError(error);
  return loaded as MetricSeries[];
}

function validPeriod(args: MetricsArgs): number {
  const period = args.period ?? 300;
  const wanted = (args.names?.length ?? 0) + (args.nativeNames?.length ?? 0);
  if (wanted === 0) throw badUserInput('Ask for at least one metric in "names" or "nativeNames"');
  if (wanted > MAX_SERIES_PER_FIELD) throw badUserInput(`At most ${MAX_SERIES_PER_FIELD} metrics per field, got ${wanted}`);
  const badNative = (args.nativeNames ?? []).find((name) => name.trim() === '' || name.length > 256);
  if (badNative !== undefined) throw badUserInput(`"nativeNames" has an empty or over-long name: ${JSON.stringify(badNative.slice(0, 40))}`, { argument: 'nativeNames' });
  if (!Number.isInteger(period) || period < 60 || period % 60 !== 0) {
    throw badUserInput(`"period" must be a whole number of minutes in seconds (60, 300, 3600, …), got ${period}`, { argument: 'period' });
  }
  if (args.from.getTime() >= args.to.getTime()) throw badUserInput('"from" must be before "to"', { argument: 'from' });
  const points = Math.ceil((args.to.getTime() - args.from.getTime()) / 1000 / period);
  if (points > MAX_POINTS_PER_SERIES) {
    throw badUserInput(`The window holds ${points} points at period ${period}; at most ${MAX_POINTS_PER_SERIES}. Use a longer period.`, {
      argument: 'period',
    });
  }
  return period;
}
