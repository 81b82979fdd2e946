// Cloud Monitoring series of the GCP fleet: which VM has which series (one per disk for disk
// metrics, one per flavour where a metric label splits it), when they have points, and the value
// of any aligned window — native units (CPU utilisation is a fraction).
import type { ActivityInterval } from '../../kit/activity.js';
import { sampleMetric, type MetricSample } from '../../kit/metrics.js';
import { gcpMetricDefinition, regionOfZone, type GcpMetricDefinition } from './catalogue.js';
import type { GcpProjectData } from './types.js';

export interface GcpMonitoredSeries {
  metric: { type: string; labels: Record<string, string> };
  resource: { type: 'gce_instance'; labels: { project_id: string; instance_id: string; zone: string } };
  definition: GcpMetricDefinition;
  /** Stable key of the underlying series (instance id, and device or flavour). */
  key: string;
  /** When the series has points. */
  activity: readonly ActivityInterval[];
}

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);

/**
 * Every series of a metric type in a project, or null when the project has no such metric (an
 * unknown type, or an agent metric where no VM runs the agent): Cloud Monitoring answers those
 * with NOT_FOUND rather than an empty list.
 */
export function gcpMonitoredSeries(data: GcpProjectData, type: string): GcpMonitoredSeries[] | null {
  const definition = gcpMetricDefinition(type);
  if (!definition) return null;
  const out: GcpMonitoredSeries[] = [];
  let anyAgent = false;
  for (const region of data.regions) {
    for (const instance of region.instances) {
      if (definition.agent && !instance.sim.opsAgent) continue;
      anyAgent ||= instance.sim.opsAgent;
      const zone = lastSegment(instance.zone);
      const resource = {
        type: 'gce_instance' as const,
        labels: { project_id: data.project.projectId, instance_id: instance.id, zone },
      };
      const devices = definition.perDisk
        ? instance.disks.map((d) => {
            const disk = region.disks.find((x) => x.selfLink === d.source);
            return {
              key: `${instance.id}/${d.deviceName}`,
              labels: {
                device_name: d.deviceName,
                device_type: 'permanent',
                storage_type: disk ? lastSegment(disk.type) : 'pd-standard',
              },
            };
          })
        : [{ key: instance.id, labels: {} }];
      for (const device of devices) {
        for (const variant of definition.variants) {
          const labels: Record<string, string> = definition.agent ? { ...variant } : { instance_name: instance.name, ...device.labels, ...variant };
          const flavour = Object.values(variant).join('/');
          out.push({
            metric: { type, labels },
            resource,
            definition,
            key: flavour ? `${device.key}#${flavour}` : device.key,
            activity: instance.sim.activity,
          });
        }
      }
    }
  }
  if (definition.agent && !anyAgent) return null;
  return out;
}

/**
 * The raw samples of one series over [startSeconds, startSeconds + periodSeconds), summarised,
 * in the metric's wire units. The memory `free` flavour is the complement of `used`.
 */
export function gcpWindowSample(seed: number, series: GcpMonitoredSeries, startSeconds: number, periodSeconds: number): MetricSample {
  const { definition } = series;
  const state = series.metric.labels['state'];
  if (state === 'free') {
    const usedKey = series.key.replace(/#free$/, '#used');
    const used = sampleMetric(seed, usedKey, definition.type, definition.shape, startSeconds, periodSeconds);
    return {
      average: round4(100 - used.average),
      minimum: round4(100 - used.maximum),
      maximum: round4(100 - used.minimum),
      sum: round4(100 * used.sampleCount - used.sum),
      sampleCount: used.sampleCount,
    };
  }
  const sample = sampleMetric(seed, series.key, definition.type, definition.shape, startSeconds, periodSeconds);
  if (definition.scale === 1) return sample;
  const scale = (x: number) => Math.round(x * definition.scale * 1e6) / 1e6;
  return {
    average: scale(sample.average),
    minimum: scale(sample.minimum),
    maximum: scale(sample.maximum),
    sum: scale(sample.sum),
    sampleCount: sample.sampleCount,
  };
}

function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The region a series' VM lives in. */
export function regionOfSeries(series: GcpMonitoredSeries): string {
  return regionOfZone(series.resource.labels.zone);
}
