// Identifiers in the Price List's own shapes: SKUs are 16 upper-case letters and digits, stable
// for a product (the same type, region and variant always get the same SKU); every on-demand term
// has the offer term code JRTCKXETXF and its usage dimension the rate code 6YS6EN2CT7, as on AWS.
import { createHash } from 'node:crypto';

export const ON_DEMAND_OFFER_TERM_CODE = 'JRTCKXETXF';
export const ON_DEMAND_RATE_CODE = '6YS6EN2CT7';

const SKU_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SKU_LENGTH = 16;

/** The SKU of the product these parts name. */
export function skuOf(...parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\u001f')).digest();
  let sku = '';
  for (let i = 0; i < SKU_LENGTH; i++) sku += SKU_ALPHABET[digest[i]! % SKU_ALPHABET.length];
  return sku;
}
