// What the loaders need, built once per process and shared by every request.
import type { ListingIndex } from './listing-index/listing-index.js';
import type { ProviderServices } from './provider-services.js';

export type { ProviderServices } from './provider-services.js';

export interface Services extends ProviderServices {
  /** Every scope's listings, kept for the requests of this process (src/loaders/listing-index). */
  listings: ListingIndex;
}
