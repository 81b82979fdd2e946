// Wire-level GCP emulator (Compute Engine v1 and Cloud Monitoring v3 over REST) over the simulated fleet.
export { startGcpEmulator, DEFAULT_RETRY_AFTER_SECONDS, type GcpEmulator, type GcpEmulatorOptions } from './server.js';
export { DEFAULT_LATENCY_MS, type FaultKind, type GcpFaultRule, type GcpFaults, type GcpRequestLog, type GcpRequestLogEntry } from './log.js';
export { GoogleApiError, googleErrors, type GcpService, type GoogleStatus } from './errors.js';
export { COMPUTE_ACTIONS } from './compute/collections.js';
export { MAX_RESULTS, routeCompute } from './compute/handler.js';
export { parseComputeFilter } from './compute/filter.js';
export { MAX_FILTER_LENGTH, MAX_PAGE_SIZE } from './monitoring/time-series.js';
export { parseMonitoringFilter } from './monitoring/filter.js';

/** The Cloud Monitoring method the emulator answers. */
export const MONITORING_ACTIONS: readonly string[] = ['timeSeries.list'];
