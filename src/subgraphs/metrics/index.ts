import { DateTime } from '../shared/scalars.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { MetricSeries, VirtualMachine, Volume } from './resolvers/entities.js';

export const metricsResolvers: Resolvers = { VirtualMachine, Volume, MetricSeries, DateTime };
