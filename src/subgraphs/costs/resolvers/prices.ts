// The price fields of VMs and volumes. The fields they need arrive with the reference
// (@requires), so pricing a page of VMs costs no listing, only one catalog lookup per region and
// OS. A catalog that fails leaves the field null with one error per request naming the provider.
import { ProviderError } from '../../../providers/errors.js';
import type { ProviderName } from '../../../providers/types.js';
import type { SubgraphContext } from '../../shared/context.js';
import { recordFailures, toGraphQLError } from '../../shared/errors.js';
import { converterTo } from '../currency.js';
import { vmPriceQuote, volumePriceQuote, type PriceQuoteValue, type PricedVm, type PricedVolume, type VolumePriceQuoteValue } from '../quotes.js';

/** Representations carry enum values as the client sees them ("AWS"); the model spells them "aws". */
export function modelProvider(value: string): ProviderName {
  return value.toLowerCase() as ProviderName;
}

export async function vmPrice(vm: PricedVm, currency: string | null | undefined, context: SubgraphContext): Promise<PriceQuoteValue | null> {
  const convert = converterTo(currency, context.services.costs);
  return orNull(context, () => vmPriceQuote({ ...vm, provider: modelProvider(vm.provider) }, context.loaders.prices, convert, context.services.costs.rateCards));
}

export async function volumePrice(
  volume: PricedVolume,
  currency: string | null | undefined,
  context: SubgraphContext,
): Promise<VolumePriceQuoteValue | null> {
  const convert = converterTo(currency, context.services.costs);
  return orNull(context, () => volumePriceQuote({ ...volume, provider: modelProvider(volume.provider) }, context.loaders.prices, convert, context.services.costs.rateCards));
}

async function orNull<T>(context: SubgraphContext, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ProviderError)) throw toGraphQLError(error);
    recordFailures(context, [error]);
    return null;
  }
}
