// The Price List Query API over AWS JSON 1.1 (`X-Amz-Target: AWSPriceListService.<Operation>`).
// Any known account may call it, signed for one of the regions the API has endpoints in.
import { pricingErrors } from './errors.js';
import { getProducts, type GetProductsContext } from './get-products.js';

export const PRICING_TARGET_PREFIX = 'AWSPriceListService.';
/** The regions the Price List Query API answers in. */
export const PRICING_API_REGIONS: readonly string[] = ['us-east-1', 'eu-central-1', 'ap-south-1'];

export interface PricingCall extends GetProductsContext {
  /** The region the request was signed for. */
  region: string;
}

export function isPricingTarget(target: string): boolean {
  return target.startsWith(PRICING_TARGET_PREFIX);
}

/** The operation an X-Amz-Target names ('' when it is not a Price List target). */
export function pricingOperation(target: string): string {
  return isPricingTarget(target) ? target.slice(PRICING_TARGET_PREFIX.length) : '';
}

export function handlePricing(target: string, rawBody: string, call: PricingCall): string {
  if (!PRICING_API_REGIONS.includes(call.region)) throw pricingErrors.wrongRegion(call.region);
  const operation = pricingOperation(target);
  if (operation !== 'GetProducts') throw pricingErrors.unknownOperation(target);
  return JSON.stringify(getProducts(parseBody(rawBody), call));
}

function parseBody(rawBody: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody.trim() === '' ? '{}' : rawBody);
  } catch {
    throw pricingErrors.serialization('Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw pricingErrors.serialization('Request body is not a JSON object');
  return parsed as Record<string, unknown>;
}
