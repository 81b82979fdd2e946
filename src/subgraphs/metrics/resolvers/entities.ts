import type { MetricSeriesResolvers, VirtualMachineResolvers, VolumeResolvers } from '../generated/resolvers-types.js';
import { resolveMetrics } from './metrics-field.js';

const MODEL_UNITS = new Set(['PERCENT', 'BYTES', 'COUNT']);

export const VirtualMachine: VirtualMachineResolvers = {
  metrics: (vm, args, context) => resolveMetrics(vm.id, args, context),
};

export const Volume: VolumeResolvers = {
  metrics: (volume, args, context) => resolveMetrics(volume.id, args, context),
};

export const MetricSeries: MetricSeriesResolvers = {
  unit: (series) => (MODEL_UNITS.has(series.unit) ? (series.unit as 'PERCENT' | 'BYTES' | 'COUNT') : 'OTHER'),
  nativeUnit: (series) => (MODEL_UNITS.has(series.unit) ? null : series.unit),
};
