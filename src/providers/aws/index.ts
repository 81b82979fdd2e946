// The AWS provider: import this module only when AWS is configured (the SDKs are large).
export { createAwsAdapter, type AwsAdapterOptions } from './adapter.js';
export { createAwsBillingAdapter } from './cost-explorer.js';
export { classifyAwsError, toProviderError } from './errors.js';
export { createAwsPricingAdapter } from './pricing.js';
export { snapshotStateOf, vmStateOf, volumeStateOf } from './states.js';
