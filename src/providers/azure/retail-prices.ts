// The Azure PricingAdapter: on-demand prices from the public Retail Prices API, in the currency
// `costs.azure.currency` names. The API has no vCPUs or memory, so VM prices are joined with
// Resource SKUs, read through the first configured subscription (a size's shape is the same in
// every subscription) and kept per location for the life of the adapter. Failures leave as
// ProviderErrors naming that subscription, the region and the operation ('retailPrices.list',
// 'resourceSkus.list').
//
// What a lookup costs: instancePrices(region, os) one Retail Prices request per 1000 meters of
// the region's pay-as-you-go VM meters (Linux: every OS's, Spot and Low Priority included, as the
// API cannot exclude them; Windows: only Windows products), plus one resourceSkus.list per
// location per process (none when the region has no VM prices); storagePrices(region) one request
// per 1000 managed disk meters (one for a region). Retries (maxRetries) are extra attempts.
import type { Logger } from 'pino';
import type { AzureProviderConfig, CostsConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { scopeCalls, type CloudFailures, type ScopeCalls } from '../adapter.js';
import type { InstancePrice, OsFamily, PricingAdapter, StoragePrice } from '../pricing.js';
import { ClientPool, secretsOf, type ClientPoolOptions } from './clients.js';
import { classifyAzureError, toProviderError } from './errors.js';
import { RETAIL_PRICES_OPERATION, RetailPricesClient } from './retail-client.js';
import { diskPriceFilter, diskPrices } from './retail-disk-prices.js';
import { azureFamilyOf, joinVmPrices, onDemandVmItems, vmPriceFilter } from './retail-vm-prices.js';
import { RESOURCE_SKUS_OPERATION, VmSizeCatalog, fetchVmSizes } from './vm-sizes.js';

export interface AzurePricingOptions extends ClientPoolOptions {
  logger?: Logger;
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => classifyAzureError(error).code };

export function createAzurePricingAdapter(azure: AzureProviderConfig, costs: CostsConfig, options: AzurePricingOptions = {}): PricingAdapter {
  const log = options.logger ?? rootLogger('providers.azure.pricing');
  const subscription = azure.subscriptions[0]!;
  const account = subscription.id.toLowerCase();
  const pool = new ClientPool(azure, options);
  const vmSizes = new VmSizeCatalog();
  const retail = new RetailPricesClient({
    url: costs.azure.retailPricesUrl,
    currency: costs.azure.currency,
    maxRetries: azure.maxRetries,
    account,
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(subscription.caCertificate ? { caCertificate: subscription.caCertificate } : {}),
    ...(options.retryDelayInMs !== undefined ? { retryDelayInMs: options.retryDelayInMs } : {}),
    ...(options.maxRetryDelayInMs !== undefined ? { maxRetryDelayInMs: options.maxRetryDelayInMs } : {}),
  });
  const callsIn = (region: string): ScopeCalls => scopeCalls('azure', log, { provider: 'azure', account, region }, secretsOf(subscription), failures);

  async function instancePrices(region: string, os: OsFamily): Promise<InstancePrice[]> {
    const location = region.toLowerCase();
    const calls = callsIn(location);
    const listing = await calls.call(RETAIL_PRICES_OPERATION, () => retail.list(vmPriceFilter(location, os)));
    const offers = onDemandVmItems(listing.items, os);
    if (offers.size === 0) return [];
    const specs = await calls.call(RESOURCE_SKUS_OPERATION, () => vmSizes.sizesIn(location, account, (l) => fetchVmSizes(pool.compute(account), l)));
    return joinVmPrices(offers, specs, { region: location, os, currency: listing.currency });
  }

  async function storagePrices(region: string): Promise<StoragePrice[]> {
    const location = region.toLowerCase();
    const listing = await callsIn(location).call(RETAIL_PRICES_OPERATION, () => retail.list(diskPriceFilter(location)));
    return diskPrices(listing.items, location, listing.currency);
  }

  return {
    provider: 'azure',
    instancePrices,
    storagePrices,
    familyOf: azureFamilyOf,
    close: async () => {},
  };
}
