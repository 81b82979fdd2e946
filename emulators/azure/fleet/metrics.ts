// Azure Monitor series of the Azure fleet: which resource has which platform metric, and when it
// has data. Azure returns a timestamp for every interval of the window; where the resource
// produced nothing (not running) the point carries no aggregation value.
import { overlaps, type ActivityInterval } from '../../kit/activity.js';
import { sampleMetric } from '../../kit/metrics.js';
import { azureMetricDefinition } from './catalogue.js';
import type { AzureMetricQuery, AzureMetricSeries, AzureScopeData } from './types.js';

/**
 * The series for one resource and metric, or null when the metric does not exist for the
 * resource's type (Azure refuses such a query). A resource the fleet does not hold gets points
 * without values. Points are aligned to multiples of the interval (epoch-based), cover
 * [start, end), and never lie in the future.
 */
export function azureMetricSeries(
  seed: number,
  resourceType: string,
  scope: AzureScopeData | undefined,
  query: AzureMetricQuery,
  now: Date,
): AzureMetricSeries | null {
  const definition = azureMetricDefinition(resourceType, query.metricName);
  if (!definition) return null;
  const activity = scope ? activityOf(scope, resourceType, query.resourceId) : [];
  const intervalMs = query.interval * 1000;
  const limit = Math.min(query.end.getTime(), (query.now ?? now).getTime());
  const first = Math.floor(query.start.getTime() / intervalMs) * intervalMs;
  const points: AzureMetricSeries['points'] = [];
  // Resource ids are case-insensitive: the key must not depend on how the caller spelled it.
  const key = query.resourceId.toLowerCase();
  for (let t = first; t < limit; t += intervalMs) {
    if (!activity.some((a) => overlaps(a, t, t + intervalMs))) {
      points.push({ timeStamp: new Date(t), sample: null });
      continue;
    }
    const s = sampleMetric(seed, key, `${definition.resourceType}/${definition.name}`, definition.shape, t / 1000, query.interval);
    points.push({
      timeStamp: new Date(t),
      sample: { average: s.average, minimum: s.minimum, maximum: s.maximum, total: s.sum, count: s.sampleCount },
    });
  }
  return {
    resourceType: definition.resourceType,
    name: definition.name,
    unit: definition.unit,
    primaryAggregation: definition.primaryAggregation,
    displayDescription: definition.displayDescription,
    points,
  };
}

/** When the resource produced data: a VM's runs; a disk's runs of the VM it is attached to. */
function activityOf(scope: AzureScopeData, resourceType: string, resourceId: string): ActivityInterval[] {
  const id = resourceId.toLowerCase();
  if (resourceType.toLowerCase() === 'microsoft.compute/virtualmachines') {
    return scope.virtualMachines.find((vm) => vm.id.toLowerCase() === id)?.sim.activity ?? [];
  }
  const disk = scope.disks.find((d) => d.id.toLowerCase() === id);
  if (!disk?.managedBy) return [];
  const owner = disk.managedBy.toLowerCase();
  const vm = scope.virtualMachines.find((v) => v.id.toLowerCase() === owner);
  if (!vm) return [];
  const attached = Date.parse(disk.properties.timeCreated);
  return vm.sim.activity.flatMap((a) => {
    const from = Math.max(a.from.getTime(), attached);
    const to = a.to ? a.to.getTime() : null;
    return to !== null && to <= from ? [] : [{ from: new Date(from), to: to === null ? null : new Date(to) }];
  });
}
