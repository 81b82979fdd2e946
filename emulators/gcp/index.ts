// Wire-level GCP emulator (Compute Engine v1, Cloud Monitoring v3 and the Cloud Billing Catalog v1
// over REST) over the simulated fleet, and Pub/Sub pushing a Cloud Asset feed of the fleet's
// instance changes.
import { withPushPublisher } from '../kit/push-publisher.js';
import { createPubSubPublisher, type PubSubPublisher } from './pubsub.js';
import { startGcpEmulator as startGcpServer, type GcpEmulator as GcpServer, type GcpEmulatorOptions } from './server.js';

export type GcpEmulator = GcpServer & { pubsub: PubSubPublisher };

export async function startGcpEmulator(options: GcpEmulatorOptions): Promise<GcpEmulator> {
  return withPushPublisher(await startGcpServer(options), 'pubsub', createPubSubPublisher(options.fleet.gcp));
}

export type { GcpEmulatorOptions };
export { DEFAULT_RETRY_AFTER_SECONDS } from './server.js';
export { DEFAULT_PUSH_SUBSCRIPTION, type PubSubPublisher } from './pubsub.js';
export { DEFAULT_LATENCY_MS, type FaultKind, type GcpFaultRule, type GcpFaults, type GcpRequestLog, type GcpRequestLogEntry } from './log.js';
export { GoogleApiError, googleErrors, type GcpService, type GoogleStatus } from './errors.js';
export { COMPUTE_ACTIONS } from './compute/collections.js';
export { MAX_RESULTS, routeCompute } from './compute/handler.js';
export { parseComputeFilter } from './compute/filter.js';
export { MAX_FILTER_LENGTH, MAX_PAGE_SIZE } from './monitoring/time-series.js';
export { parseMonitoringFilter } from './monitoring/filter.js';
export {
  GCP_DISK_TYPES,
  GCP_FAMILY_SERIES,
  GCP_PRICE_TABLE,
  GCP_SHARED_CORE_VCPUS,
  GCP_WINDOWS_LICENCE,
  gcpFamilyOf,
  gcpInstanceHourly,
  gcpMachineRates,
  gcpPricedRegions,
  gcpStorageMonthly,
  type CoreRamRates,
  type GcpDiskType,
  type GcpFamilyRates,
  type GcpPriceOs,
  type GcpRegionPrices,
} from './billing/prices.js';
export { COMPUTE_ENGINE_SERVICE_ID, computeEngineSkus, skuIdOf, type CatalogSku } from './billing/skus.js';
export { CATALOG_CONVERSION_RATES, MAX_SKU_PAGE_SIZE, PRICING_EFFECTIVE_TIME, moneyIn } from './billing/handler.js';

/** The Cloud Monitoring method the emulator answers. */
export const MONITORING_ACTIONS: readonly string[] = ['timeSeries.list'];
export * from './bigquery/index.js';
