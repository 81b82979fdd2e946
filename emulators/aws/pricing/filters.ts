// GetProducts filters: every filter must hold (AND). A field is ServiceCode, productFamily, sku
// or any product attribute; a product without the attribute matches no filter on it but NONE_OF.
// TERM_MATCH ignores case (the Price List matches terms that way); EQUALS, CONTAINS, ANY_OF and
// NONE_OF compare exactly, ANY_OF and NONE_OF over a comma-separated list of values.
import type { PriceListProduct } from './document.js';
import { pricingErrors } from './errors.js';

export const FILTER_TYPES = ['TERM_MATCH', 'EQUALS', 'CONTAINS', 'ANY_OF', 'NONE_OF'] as const;
export type FilterType = (typeof FILTER_TYPES)[number];

export interface ProductFilter {
  type: FilterType;
  field: string;
  value: string;
}

const MAX_FIELD_LENGTH = 1024;

export function parseFilters(raw: unknown): ProductFilter[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw pricingErrors.serialization('Filters must be a list');
  return raw.map((entry: unknown, index) => parseFilter(entry, index));
}

function parseFilter(entry: unknown, index: number): ProductFilter {
  const f = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const { Type: type, Field: field, Value: value } = f;
  if (typeof type !== 'string' || !(FILTER_TYPES as readonly string[]).includes(type)) {
    throw pricingErrors.invalidParameter(`Invalid filter type at Filters.${index + 1}: ${String(type)}. Valid types are ${FILTER_TYPES.join(', ')}.`);
  }
  if (typeof field !== 'string' || field.length === 0 || field.length > MAX_FIELD_LENGTH) {
    throw pricingErrors.invalidParameter(`Filters.${index + 1}.Field must be a string of 1 to ${MAX_FIELD_LENGTH} characters.`);
  }
  if (typeof value !== 'string') throw pricingErrors.invalidParameter(`Filters.${index + 1}.Value must be a string.`);
  return { type: type as FilterType, field, value };
}

export function matchesAll(product: PriceListProduct, serviceCode: string, filters: readonly ProductFilter[]): boolean {
  return filters.every((filter) => matches(fieldOf(product, serviceCode, filter.field), filter));
}

function fieldOf(product: PriceListProduct, serviceCode: string, field: string): string | undefined {
  if (field === 'ServiceCode') return serviceCode;
  if (field === 'productFamily') return product.productFamily;
  if (field === 'sku') return product.sku;
  return Object.hasOwn(product.attributes, field) ? product.attributes[field] : undefined;
}

function matches(actual: string | undefined, filter: ProductFilter): boolean {
  if (actual === undefined) return filter.type === 'NONE_OF';
  switch (filter.type) {
    case 'TERM_MATCH':
      return actual.toLowerCase() === filter.value.toLowerCase();
    case 'EQUALS':
      return actual === filter.value;
    case 'CONTAINS':
      return actual.includes(filter.value);
    case 'ANY_OF':
      return valuesOf(filter.value).includes(actual);
    case 'NONE_OF':
      return !valuesOf(filter.value).includes(actual);
  }
}

function valuesOf(list: string): string[] {
  return list.split(',').map((v) => v.trim());
}
