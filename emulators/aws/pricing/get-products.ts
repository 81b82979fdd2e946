// GetProducts: the products of one service that match every filter, MaxResults (≤ 100, default
// 100) at a time with an opaque NextToken bound to the query, as aws_v1 PriceList documents.
import { hashString } from '../../kit/prng.js';
import { decodePageToken, encodePageToken } from '../../kit/paging.js';
import { pricingErrors } from './errors.js';
import { matchesAll, parseFilters } from './filters.js';
import { EC2_SERVICE_CODE } from './document.js';
import { ec2PriceListProducts } from './products.js';

export const MAX_PRODUCTS_PER_PAGE = 100;
export const PRICE_LIST_FORMAT_VERSION = 'aws_v1';

export interface GetProductsContext {
  /** Caps the page below MaxResults (paging tests); null = no cap. */
  maxPageSize: number | null;
}

export interface GetProductsResponse {
  FormatVersion: string;
  PriceList: string[];
  NextToken?: string;
}

export function getProducts(request: Record<string, unknown>, ctx: GetProductsContext): GetProductsResponse {
  const serviceCode = serviceCodeOf(request.ServiceCode);
  const formatVersion = formatVersionOf(request.FormatVersion);
  const filters = parseFilters(request.Filters);
  const pageSize = Math.min(maxResultsOf(request.MaxResults), ctx.maxPageSize ?? MAX_PRODUCTS_PER_PAGE);

  const products = ec2PriceListProducts().filter((product) => matchesAll(product, serviceCode, filters));
  const fingerprint = hashString(JSON.stringify([serviceCode, formatVersion, filters]));
  const token = typeof request.NextToken === 'string' && request.NextToken !== '' ? request.NextToken : undefined;
  const offset = token === undefined ? 0 : decodePageToken(token, 'GetProducts', fingerprint, products.length, pricingErrors.invalidNextToken);
  const end = Math.min(products.length, offset + pageSize);
  const response: GetProductsResponse = { FormatVersion: formatVersion, PriceList: products.slice(offset, end).map((p) => p.document) };
  if (end < products.length) response.NextToken = encodePageToken('GetProducts', end, fingerprint);
  return response;
}

function serviceCodeOf(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') throw pricingErrors.invalidParameter('Input Parameters are invalid. ServiceCode is required.');
  // The emulator's list holds EC2 only; any other code is one it does not know.
  if (raw !== EC2_SERVICE_CODE) throw pricingErrors.invalidParameter(`Input Parameters are invalid. Invalid ServiceCode: ${raw}`);
  return raw;
}

function formatVersionOf(raw: unknown): string {
  if (raw === undefined || raw === null) return PRICE_LIST_FORMAT_VERSION;
  if (raw !== PRICE_LIST_FORMAT_VERSION) throw pricingErrors.invalidParameter(`Invalid FormatVersion: ${String(raw)}. Valid value: ${PRICE_LIST_FORMAT_VERSION}`);
  return raw;
}

function maxResultsOf(raw: unknown): number {
  if (raw === undefined || raw === null) return MAX_PRODUCTS_PER_PAGE;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > MAX_PRODUCTS_PER_PAGE) {
    throw pricingErrors.invalidParameter(`Input Parameters are invalid. MaxResults must be between 1 and ${MAX_PRODUCTS_PER_PAGE}, got ${String(raw)}.`);
  }
  return raw;
}
