// The GCP provider: import this module only when GCP is configured (the SDKs are large; they are
// loaded on the first call, not here).
export { createGcpAdapter, type GcpAdapterOptions } from './adapter.js';
export { createGcpPricingAdapter } from './pricing.js';
export { CredentialError, classifyGcpError, toProviderError } from './errors.js';
export { GCE_DISK_STATUSES, GCE_INSTANCE_STATUSES, GCE_SNAPSHOT_STATUSES, snapshotStateOf, vmStateOf, volumeStateOf } from './states.js';
export { VM_METRICS } from './metrics.js';
export { GCP_SCOPES } from './auth.js';
export { createGcpBillingAdapter } from './billing-export.js';
