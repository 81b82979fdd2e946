// Wire-level Azure emulator (ARM compute + network, Azure Monitor metrics:getBatch, the Retail
// Prices API and its price table) over HTTPS, serving the simulated fleet, and Event Grid pushing
// the fleet's VM changes to a webhook.
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
export { RETAIL_PAGE_SIZE, RETAIL_PRICES_ACTION, RETAIL_PRICES_PATH } from './pricing/retail.js';
export {
  AZURE_DISK_TIERS,
  AZURE_PRICE_CURRENCY,
  AZURE_PRICE_LIST,
  AZURE_PRICED_LOCATIONS,
  azureDiskMonthlyPrice,
  azureDiskTierPrice,
  azurePricedVmSizes,
  azureSnapshotPrice,
  azureVmHourlyPrice,
  type AzureDiskTier,
  type AzureOs,
  type AzureSnapshotSkuName,
  type AzureVmPriority,
} from './pricing/prices.js';
export * from './cost-management/index.js';
