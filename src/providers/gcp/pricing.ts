// The GCP PricingAdapter: on-demand prices from the Cloud Billing Catalog API, asked with the
// credentials (and endpoint) of the first configured project, in `costs.gcp.currency`.
// Compute Engine publishes no price per machine type, only per part, so instancePrices lists the
// catalog (skus.list, global: every region in one listing) and the region's machine types
// (machineTypes.aggregatedList, for their vCPUs and memory) and builds each type's price
// (machine-prices.ts). storagePrices needs the catalog only. The catalog is not kept here — the
// costs loaders cache answers for `costs.ttlSeconds.catalog` — but calls running at the same time
// share one listing (of the catalog, and of one region's machine types). Every HTTP attempt is
// retried per `maxAttempts` and counted (rest-fetch.ts); a failure leaves as a ProviderError
// naming gcp, the project, the region asked about and the operation.
import type { Logger } from 'pino';
import type { CostsConfig, GcpProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { scopeCalls, type CloudFailures } from '../adapter.js';
import type { InstancePrice, OsFamily, PricingAdapter, StoragePrice } from '../pricing.js';
import { retryPolicy } from '../retry.js';
import type { GcpAdapterOptions } from './adapter.js';
import { secretsOf } from './auth.js';
import { rateLimitHook } from './clients.js';
import { classifyGcpError, toProviderError } from './errors.js';
import { customMachineTypeSpec } from './compute.js';
import { instancePriceOf, rightsizingFamilyOf, storagePricesOf, type MachineTypeSize } from './machine-prices.js';
import { PricingClientPool } from './pricing-clients.js';
import { listComputeSkus, listRegionMachineTypes } from './pricing-listings.js';
import { withCall, type GcpService } from './rest-fetch.js';
import { pricedFamilies, regionRates, type CatalogSku } from './sku-rates.js';

const CLOUD_BILLING: GcpService = 'cloudbilling';

/** A name that can be a region (anything else is priced as nothing, without a call). */
const REGION_NAME = /^[a-z][a-z0-9-]*[a-z0-9]$/;

const failures: CloudFailures = { toProviderError, codeOf: (error) => classifyGcpError(error).code };

export function createGcpPricingAdapter(gcp: GcpProviderConfig, costs: CostsConfig, options: GcpAdapterOptions = {}): PricingAdapter {
  const project = gcp.projects[0]!;
  const log: Logger = options.logger ?? rootLogger('providers.gcp.pricing');
  const pool = new PricingClientPool(project, {
    policy: retryPolicy(gcp.maxAttempts, options.retry),
    onRetry: ({ labels, attempt, delayMs, status }) => log.debug({ ...labels, attempt, delayMs, status }, 'gcp pricing call retried'),
    beforeAttempt: rateLimitHook(options.rateLimits, project.id),
  });
  const currency = costs.gcp.currency;
  // The Compute Engine catalog is one global listing (several pages of 5,000 SKUs) that every
  // region's prices and every custom type are read from: kept for the catalog TTL.
  const skus = new SharedCalls<CatalogSku[]>(costs.ttlSeconds.catalog * 1000);
  const machineTypes = new SharedCalls<MachineTypeSize[]>();

  /** One logical call about `region`: timed and logged, a failure becomes a ProviderError naming `operation`. */
  function call<T>(region: string, operation: string, run: () => Promise<T>): Promise<T> {
    const calls = scopeCalls('gcp', log, { provider: 'gcp', account: project.id, region }, secretsOf(project), failures);
    return calls.call(operation, run);
  }

  function catalog(region: string): Promise<CatalogSku[]> {
    return call(region, 'skus.list', () =>
      skus.run(currency, () => withCall({ service: CLOUD_BILLING, operation: 'skus.list' }, async () => listComputeSkus((await pool.clients()).catalog, currency))),
    );
  }

  function regionMachineTypes(region: string, families: readonly string[]): Promise<MachineTypeSize[]> {
    const operation = 'machineTypes.aggregatedList';
    return call(region, operation, () =>
      machineTypes.run(`${region}|${families.join(',')}`, () =>
        withCall({ service: 'compute', operation }, async () => listRegionMachineTypes((await pool.clients()).machineTypes, project.id, region, families)),
      ),
    );
  }

  return {
    provider: 'gcp',
    async instancePrices(region: string, os: OsFamily): Promise<InstancePrice[]> {
      if (!REGION_NAME.test(region)) return [];
      const rates = regionRates(await catalog(region), region);
      const families = pricedFamilies(rates);
      if (families.length === 0) return [];
      const types = await regionMachineTypes(region, families);
      return types.flatMap((type) => instancePriceOf(type, rates, region, os) ?? []);
    },
    async unlistedInstancePrice(region: string, os: OsFamily, instanceType: string): Promise<InstancePrice | null> {
      const size = customMachineTypeSpec(instanceType);
      if (!size?.vcpus || !size.memoryMiB || !REGION_NAME.test(region)) return null;
      return instancePriceOf({ name: instanceType, vcpus: size.vcpus, memoryMiB: size.memoryMiB }, regionRates(await catalog(region), region), region, os);
    },
    async storagePrices(region: string): Promise<StoragePrice[]> {
      if (!REGION_NAME.test(region)) return [];
      return storagePricesOf(regionRates(await catalog(region), region), region);
    },
    familyOf: rightsizingFamilyOf,
    close: () => pool.close(),
  };
}

/** Calls with the same key running at the same time share one; a success is kept for `keepMs` (0: not kept), a failure not at all. */
class SharedCalls<T> {
  private readonly running = new Map<string, { pending: Promise<T>; until: number }>();

  constructor(private readonly keepMs = 0) {}

  run(key: string, start: () => Promise<T>): Promise<T> {
    const known = this.running.get(key);
    if (known && (known.until === 0 || known.until > Date.now())) return known.pending;
    const entry = { pending: start(), until: 0 };
    this.running.set(key, entry);
    entry.pending.then(
      () => {
        if (this.keepMs > 0) entry.until = Date.now() + this.keepMs;
        else this.forget(key, entry);
      },
      () => this.forget(key, entry),
    );
    return entry.pending;
  }

  private forget(key: string, entry: { pending: Promise<T> }): void {
    if (this.running.get(key) === entry) this.running.delete(key);
  }
}
