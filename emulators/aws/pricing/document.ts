// One product of the AmazonEC2 price list: the attributes filters match on and its PriceList
// document (format aws_v1), the product with its on-demand term as one JSON string.
import { Decimal } from 'decimal.js';
import { ON_DEMAND_OFFER_TERM_CODE, ON_DEMAND_RATE_CODE } from './sku.js';

export const EC2_SERVICE_CODE = 'AmazonEC2';
export const EC2_SERVICE_NAME = 'Amazon Elastic Compute Cloud';
/** The publication the emulator's list pretends to be. */
const PUBLICATION = { version: '20251101000000', publicationDate: '2025-11-01T00:00:00Z', effectiveDate: '2025-11-01T00:00:00Z' };

export interface PriceListProduct {
  sku: string;
  productFamily: string;
  /** Every attribute a filter can name (strings, as the Price List gives them). */
  attributes: Readonly<Record<string, string>>;
  /** The PriceList entry: the product and its on-demand term, as one JSON string. */
  document: string;
}

/** One on-demand price of a product: USD per `unit`. */
export interface OnDemandRate {
  usd: string;
  unit: string;
  description: string;
}

/** A product from its SKU, family, attributes and on-demand rate. */
export function priceListProduct(sku: string, productFamily: string, attributes: Record<string, string>, rate: OnDemandRate): PriceListProduct {
  const withService = { servicecode: EC2_SERVICE_CODE, servicename: EC2_SERVICE_NAME, ...attributes };
  return { sku, productFamily, attributes: withService, document: documentOf(sku, productFamily, withService, rate) };
}

function documentOf(sku: string, productFamily: string, attributes: Record<string, string>, rate: OnDemandRate): string {
  const termKey = `${sku}.${ON_DEMAND_OFFER_TERM_CODE}`;
  const rateCode = `${termKey}.${ON_DEMAND_RATE_CODE}`;
  return JSON.stringify({
    product: { productFamily, attributes, sku },
    serviceCode: EC2_SERVICE_CODE,
    terms: {
      OnDemand: {
        [termKey]: {
          priceDimensions: {
            [rateCode]: {
              unit: rate.unit,
              endRange: 'Inf',
              description: rate.description,
              appliesTo: [],
              rateCode,
              beginRange: '0',
              // The Price List writes ten decimal places ("0.1920000000").
              pricePerUnit: { USD: new Decimal(rate.usd).toFixed(10) },
            },
          },
          sku,
          effectiveDate: PUBLICATION.effectiveDate,
          offerTermCode: ON_DEMAND_OFFER_TERM_CODE,
          termAttributes: {},
        },
      },
    },
    version: PUBLICATION.version,
    publicationDate: PUBLICATION.publicationDate,
  });
}
