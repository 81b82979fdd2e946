// Wire-level Azure emulator (ARM compute + network, Azure Monitor metrics:getBatch) over HTTPS,
// serving the simulated fleet.
export { startAzureEmulator, type AzureEmulator, type AzureEmulatorOptions } from './server.js';
export { RequestLog, type RequestLogEntry, type AzureService } from './log.js';
export { FaultInjector, DEFAULT_LATENCY_MS, DEFAULT_RETRY_AFTER_SECONDS, type FaultRule, type FaultKind } from './log.js';
export { ARM_ACTIONS } from './arm.js';
export { MAX_METRIC_NAMES, MAX_RESOURCE_IDS, METRICS_ACTION } from './monitor.js';
export { armReference } from './joins.js';
