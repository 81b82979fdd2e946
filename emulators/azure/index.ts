// Wire-level Azure emulator (ARM compute + network, Azure Monitor metrics:getBatch) over HTTPS,
// serving the simulated fleet, and Event Grid pushing the fleet's VM changes to a webhook.
import { withPushPublisher } from '../kit/push-publisher.js';
import { createEventGridPublisher, type EventGridPublisher } from './event-grid.js';
import { startAzureEmulator as startAzureServer, type AzureEmulator as AzureServer, type AzureEmulatorOptions } from './server.js';

export type AzureEmulator = AzureServer & { eventGrid: EventGridPublisher };

export async function startAzureEmulator(options: AzureEmulatorOptions): Promise<AzureEmulator> {
  return withPushPublisher(await startAzureServer(options), 'eventGrid', createEventGridPublisher(options.fleet.azure));
}

export type { AzureEmulatorOptions };
export { DEFAULT_EVENT_SUBSCRIPTION_NAME, type EventGridPublisher, type EventGridSubscribeOptions } from './event-grid.js';
export { RequestLog, type RequestLogEntry, type AzureService } from './log.js';
export { FaultInjector, DEFAULT_LATENCY_MS, DEFAULT_RETRY_AFTER_SECONDS, type FaultRule, type FaultKind } from './log.js';
export { ARM_ACTIONS } from './arm.js';
export { MAX_METRIC_NAMES, MAX_RESOURCE_IDS, METRICS_ACTION } from './monitor.js';
export { armReference } from './joins.js';
