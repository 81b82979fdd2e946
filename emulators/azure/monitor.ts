// Azure Monitor's metrics data plane: POST /subscriptions/{sub}/metrics:getBatch. One call takes
// at most 50 resource ids, all in the subscription of the path, in one region and of the resource
// type `metricnamespace` names, and at most 20 metric names; it answers one entry per resource
// with one series per metric, a timestamp for every interval of the window (a value only where
// the resource produced data).
import { AZURE_TIME_GRAINS, type AzureAggregation, type AzureFleet } from '../fleet.js';
import type { Operation } from './arm.js';
import { ArmError, armErrors } from './errors.js';

export const MAX_RESOURCE_IDS = 50;
export const MAX_METRIC_NAMES = 20;
export const METRICS_ACTION = 'metrics.getBatch';

const AGGREGATIONS: readonly AzureAggregation[] = ['average', 'minimum', 'maximum', 'total', 'count'];

interface BatchBody {
  resourceids?: unknown;
}

/** The operation for a metrics:getBatch request (validated when run). */
export function resolveMetricsBatch(method: string, url: URL, rawBody: string, fleet: AzureFleet, subscriptionId: string, now: () => Date): Operation {
  const ids = resourceIdsOf(rawBody);
  const region = (ids ?? []).map((id) => fleet.scopeOfResource(id)?.location).find((l) => l !== undefined) ?? null;
  return {
    service: 'monitor',
    action: METRICS_ACTION,
    subscriptionId,
    region,
    permission: 'Microsoft.Insights/metrics/read',
    run: () => {
      if (method !== 'POST') throw armErrors.methodNotAllowed(method);
      if (ids === null) throw armErrors.badRequest("The request body must be a JSON object with a 'resourceids' array.");
      return getBatch(url, ids, fleet, subscriptionId, now());
    },
  };
}

function resourceIdsOf(rawBody: string): string[] | null {
  try {
    const body = JSON.parse(rawBody === '' ? '{}' : rawBody) as BatchBody;
    if (!Array.isArray(body.resourceids) || !body.resourceids.every((id) => typeof id === 'string')) return null;
    return body.resourceids as string[];
  } catch {
    return null;
  }
}

function getBatch(url: URL, ids: string[], fleet: AzureFleet, subscriptionId: string, now: Date): object {
  const q = (name: string) => param(url, name);
  if (ids.length === 0) throw armErrors.badRequest('At least one resource id must be specified.');
  if (ids.length > MAX_RESOURCE_IDS) {
    throw armErrors.badRequest(`The number of resource ids (${ids.length}) exceeds the maximum of ${MAX_RESOURCE_IDS} allowed in a batch request.`);
  }
  const namespace = q('metricnamespace');
  if (!namespace) throw armErrors.badRequest("The 'metricnamespace' parameter is required.");
  const names = (q('metricnames') ?? '')
    .split(',')
    .map((n) => n.replaceAll('%2', ',').trim())
    .filter((n) => n.length > 0);
  if (names.length === 0) throw armErrors.badRequest("The 'metricnames' parameter is required.");
  if (names.length > MAX_METRIC_NAMES) {
    throw armErrors.badRequest(`The number of metric names (${names.length}) exceeds the maximum of ${MAX_METRIC_NAMES}.`);
  }
  const aggregations = aggregationsOf(q('aggregation'));
  const interval = intervalOf(q('interval') ?? 'PT1M');
  const end = timeOf(q('endtime'), 'endtime') ?? now;
  const start = timeOf(q('starttime'), 'starttime') ?? new Date(end.getTime() - 3_600_000);
  if (start.getTime() >= end.getTime()) throw armErrors.badRequest('The start time must be before the end time.');

  const regions = new Set<string>();
  for (const id of ids) {
    const parsed = parseResourceId(id);
    if (!parsed) throw armErrors.badRequest(`'${id}' is not a valid resource id.`);
    if (parsed.subscriptionId !== subscriptionId) {
      throw armErrors.badRequest(`Resource '${id}' is not in subscription '${subscriptionId}': all resources of a batch must be in the subscription of the request.`);
    }
    if (parsed.type.toLowerCase() !== namespace.toLowerCase()) {
      throw armErrors.badRequest(
        `Resource '${id}' is of type '${parsed.type}', not '${namespace}': all resources of a batch must be of the resource type the metric namespace names.`,
      );
    }
    const location = fleet.scopeOfResource(id)?.location;
    if (location) regions.add(location);
  }
  if (regions.size > 1) {
    throw armErrors.badRequest(`All resources of a batch must be in the same region; this batch spans ${[...regions].sort().join(', ')}.`);
  }

  const span = interval === 'FULL' ? Math.max(1, Math.round((end.getTime() - start.getTime()) / 1000)) : interval.seconds;
  const isoInterval = interval === 'FULL' ? 'FULL' : interval.iso;
  const values = ids.map((id) => {
    const metrics = names.map((name) => {
      const series = fleet.metricSeries(namespace, { subscriptionId, resourceId: id, metricName: name, interval: span, start, end, now });
      if (!series) throw unknownMetric(namespace, name);
      const wanted = aggregations ?? [series.primaryAggregation];
      return {
        id: `${id}/providers/Microsoft.Insights/metrics/${series.name}`,
        type: 'Microsoft.Insights/metrics',
        name: { value: series.name, localizedValue: series.name },
        displayDescription: series.displayDescription,
        unit: series.unit,
        timeseries: [
          {
            metadatavalues: [],
            data: series.points.map((p) => ({
              timeStamp: wireTime(p.timeStamp),
              ...(p.sample ? Object.fromEntries(wanted.map((a) => [a, p.sample![a]])) : {}),
            })),
          },
        ],
        errorCode: 'Success',
      };
    });
    return {
      starttime: wireTime(start),
      endtime: wireTime(end),
      interval: isoInterval,
      value: metrics,
      namespace,
      resourceregion: fleet.scopeOfResource(id)?.location ?? [...regions][0] ?? '',
      resourceid: id,
    };
  });
  return { values };
}

function unknownMetric(namespace: string, name: string): ArmError {
  const [provider, ...type] = namespace.split('/');
  return armErrors.badRequest(
    `Failed to find metric configuration for provider: ${provider}, resource Type: ${type.join('/')}, metric: ${name}, Valid metrics: see the supported metrics of ${namespace}.`,
  );
}

function aggregationsOf(raw: string | null): AzureAggregation[] | null {
  if (raw === null || raw.trim() === '') return null;
  return raw.split(',').map((a) => {
    const name = a.trim().toLowerCase() as AzureAggregation;
    if (!AGGREGATIONS.includes(name)) throw armErrors.badRequest(`Invalid aggregation '${a.trim()}'. Valid aggregations: Average, Minimum, Maximum, Total, Count.`);
    return name;
  });
}

function intervalOf(raw: string): { iso: string; seconds: number } | 'FULL' {
  if (raw.toUpperCase() === 'FULL') return 'FULL';
  const grain = AZURE_TIME_GRAINS.find((g) => g.iso === raw.toUpperCase());
  if (!grain) throw armErrors.badRequest(`Invalid time grain '${raw}'. Supported time grains: ${AZURE_TIME_GRAINS.map((g) => g.iso).join(', ')}, FULL.`);
  return grain;
}

function timeOf(raw: string | null, name: string): Date | null {
  if (raw === null || raw === '') return null;
  const t = Date.parse(raw);
  if (Number.isNaN(t)) throw armErrors.badRequest(`The '${name}' parameter '${raw}' is not a valid date and time.`);
  return new Date(t);
}

/** Query parameters are case-insensitive on Azure Monitor. */
function param(url: URL, name: string): string | null {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value;
  return null;
}

function parseResourceId(id: string): { subscriptionId: string; type: string } | null {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/[^/]+\/providers\/([^/]+)\/([^/]+)\/[^/]+$/i.exec(id);
  return m ? { subscriptionId: m[1]!.toLowerCase(), type: `${m[2]}/${m[3]}` } : null;
}

function wireTime(d: Date): string {
  return d.toISOString().replace(/\.000Z$/, 'Z');
}
