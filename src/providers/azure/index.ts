// The Azure provider: import this module only when Azure is configured (the SDKs are large).
export { createAzureAdapter, type AzureAdapterOptions } from './adapter.js';
export { StaticTokenCredential } from './clients.js';
export { classifyAzureError, toProviderError } from './errors.js';
export { snapshotStateOf, vmStateOf, volumeStateOf } from './states.js';
export { createAzurePricingAdapter, type AzurePricingOptions } from './retail-prices.js';
export { createAzureBillingAdapter, type AzureBillingOptions } from './cost-management.js';
