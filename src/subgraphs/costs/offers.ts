// The cross-cloud comparison: every instance type the selected clouds price in the selected
// regions, narrowed to the size asked for, cheapest first. One catalog lookup per provider,
// region and OS (cached for a day); a provider whose catalog fails is left out with an error.
import { ProviderError } from '../../providers/errors.js';
import type { OsFamily } from '../../providers/pricing.js';
import { ALL_REGIONS, type ProviderName } from '../../providers/types.js';
import type { SubgraphContext } from '../shared/context.js';
import { checkPageArgs, paginate, type Order, type Page } from '../shared/connection.js';
import { badUserInput, recordFailures } from '../shared/errors.js';
import { converterTo, type Converter } from './currency.js';
import { moneySortKey } from './money.js';
import { instanceOffer, type InstanceOfferValue } from './quotes.js';

export const MAX_OFFER_REGIONS = 30;

export interface OfferArgs {
  minVcpus?: number | null;
  minMemoryMiB?: number | null;
  maxVcpus?: number | null;
  providers?: readonly ProviderName[] | null;
  regions?: readonly string[] | null;
  os?: OsFamily | null;
  currency?: string | null;
  first?: number | null;
  after?: string | null;
}

interface RankedOffer {
  id: string;
  offer: InstanceOfferValue;
}

/** Cheapest first within a currency. */
const CHEAPEST_FIRST: Order<RankedOffer> = {
  name: 'HOURLY:ASC',
  key: ({ offer }) => moneySortKey(offer.hourly),
  descending: false,
};

export async function instanceOffers(args: OfferArgs, context: SubgraphContext): Promise<Page<InstanceOfferValue>> {
  const size = checkedSize(args);
  const page = checkPageArgs(args, CHEAPEST_FIRST);
  const convert = converterTo(args.currency, context.services.costs);
  const os = args.os ?? 'LINUX';
  const wanted = regionsByProvider(args, context);
  const listed = await Promise.all(
    wanted.flatMap(({ provider, regions }) => regions.map((region) => offersIn(provider, region, os, convert, context))),
  );
  const fitting = listed.flat().filter(({ offer }) => offer.vcpus >= size.minVcpus && offer.memoryMiB >= size.minMemoryMiB && offer.vcpus <= size.maxVcpus);
  const ranked = paginate(fitting, page, CHEAPEST_FIRST);
  return { ...ranked, edges: ranked.edges.map((e) => ({ cursor: e.cursor, node: e.node.offer })), nodes: ranked.nodes.map((n) => n.offer) };
}

async function offersIn(provider: ProviderName, region: string, os: OsFamily, convert: Converter, context: SubgraphContext): Promise<RankedOffer[]> {
  try {
    const prices = await context.loaders.prices.instances(provider, region, os);
    return prices.map((price) => ({ id: `${provider}:${region}:${os}:${price.instanceType}`, offer: instanceOffer(price, convert) }));
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return [];
  }
}

function checkedSize(args: OfferArgs): { minVcpus: number; minMemoryMiB: number; maxVcpus: number } {
  const minVcpus = args.minVcpus ?? 1;
  const minMemoryMiB = args.minMemoryMiB ?? 0;
  const maxVcpus = args.maxVcpus ?? Number.POSITIVE_INFINITY;
  if (minVcpus < 0) throw badUserInput(`"minVcpus" must not be negative, got ${minVcpus}`, { argument: 'minVcpus' });
  if (minMemoryMiB < 0) throw badUserInput(`"minMemoryMiB" must not be negative, got ${minMemoryMiB}`, { argument: 'minMemoryMiB' });
  if (maxVcpus < minVcpus) throw badUserInput(`"maxVcpus" (${maxVcpus}) is below "minVcpus" (${minVcpus})`, { argument: 'maxVcpus' });
  return { minVcpus, minMemoryMiB, maxVcpus };
}

/** The regions to compare per provider: those asked for, or every region the provider is configured with. */
function regionsByProvider(args: OfferArgs, context: SubgraphContext): { provider: ProviderName; regions: string[] }[] {
  const { registry } = context.services;
  if (args.regions && args.regions.length > MAX_OFFER_REGIONS) {
    throw badUserInput(`At most ${MAX_OFFER_REGIONS} regions per comparison, got ${args.regions.length}`, { argument: 'regions' });
  }
  const providers = [...new Set(args.providers ?? registry.accounts.map((a) => a.provider))];
  const unpriced = providers.filter((p) => !registry.pricing(p));
  if (args.providers && unpriced.length > 0) {
    throw badUserInput(`No price catalog is configured for ${unpriced.join(', ')}`, { argument: 'providers' });
  }
  return providers
    .filter((provider) => registry.pricing(provider))
    .map((provider) => ({ provider, regions: args.regions ? [...new Set(args.regions)] : configuredRegions(provider, context) }));
}

function configuredRegions(provider: ProviderName, context: SubgraphContext): string[] {
  const accounts = context.services.registry.accounts.filter((a) => a.provider === provider);
  if (accounts.some((a) => a.regions.includes(ALL_REGIONS))) {
    context.partialErrors.push(
      badUserInput(`${provider} is configured for all of its regions; name the regions to compare in "regions"`, { argument: 'regions', provider }),
    );
  }
  return [...new Set(accounts.flatMap((a) => a.regions).filter((r) => r !== ALL_REGIONS))].sort();
}
