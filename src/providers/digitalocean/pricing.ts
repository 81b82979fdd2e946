// DigitalOcean's droplet prices: `GET /v2/sizes` lists every size with its hourly and monthly
// price (USD) and the regions it is offered in — one listing (⌈n/200⌉ pages) for every region
// (shared by the regions looked up at once; the catalog cache keeps each region's answer),
// through any configured team's token. Prices are as the API gives them: an hourly rate billed up
// to the monthly cap (the description names it). Droplets run Linux and BSD images with no
// licence in the price: Windows is not offered. The API publishes no block-storage prices: volume
// prices are not listed.
import { Decimal } from 'decimal.js';
import type { ScopeCalls } from '../adapter.js';
import { ProviderError } from '../errors.js';
import type { InstancePrice, OsFamily, PricingAdapter, StoragePrice } from '../pricing.js';
import { dropletFamilyOf } from './size-family.js';
import type { Team } from './teams.js';
import type { DoSize } from './wire.js';

export const SIZES_OPERATION = 'sizes.list';

/** `team`: any configured team (sizes and prices are the same for every one); `calls` names its failures. */
export function createDigitalOceanPricing(team: Team, calls: ScopeCalls): PricingAdapter {
  // One listing answers every region: lookups of several regions at once share it.
  let pending: Promise<DoSize[]> | null = null;
  const sizes = () => (pending ??= calls.call(SIZES_OPERATION, () => team.client.list<'sizes', DoSize>(SIZES_OPERATION, 'sizes', 'sizes')).finally(() => (pending = null)));
  return {
    provider: 'digitalocean',
    async instancePrices(region: string, os: OsFamily): Promise<InstancePrice[]> {
      if (os === 'WINDOWS') return [];
      return (await sizes()).filter((size) => size.available !== false && (size.regions ?? []).includes(region) && size.price_hourly !== undefined).map((size) => priceOf(region, size));
    },
    async storagePrices(): Promise<StoragePrice[]> {
      return [];
    },
    familyOf: dropletFamilyOf,
    async close() {},
  };
}

function priceOf(region: string, size: DoSize): InstancePrice {
  if (!Number.isFinite(size.price_hourly)) throw new ProviderError('UNKNOWN', { provider: 'digitalocean', account: '', region }, SIZES_OPERATION, null, `size ${size.slug} has no hourly price`);
  return {
    provider: 'digitalocean',
    region,
    instanceType: size.slug,
    os: 'LINUX',
    vcpus: size.vcpus,
    memoryMiB: size.memory,
    // The API's JSON number, as the decimal it was written as ("0.00893"): never rounded as a float.
    hourly: { amount: new Decimal(String(size.price_hourly)).toFixed(), currency: 'USD' },
    sku: size.slug,
    description: `${size.description ?? 'Droplet'} ${size.slug}, billed hourly up to ${new Decimal(String(size.price_monthly ?? 0)).toFixed()} USD a month`,
  };
}
