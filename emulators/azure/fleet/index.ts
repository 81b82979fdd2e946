// The Azure part of the simulated fleet.
export { AZURE_COLLECTIONS, AzureFleet, type AzureCollection, type AzureVmConditionListener } from './fleet.js';
export {
  AZURE_DISK_TYPE,
  AZURE_IMAGES,
  AZURE_LOCATIONS,
  AZURE_METRICS,
  AZURE_SUBSCRIPTIONS,
  AZURE_TENANT_ID,
  AZURE_TIME_GRAINS,
  AZURE_VM_SIZES,
  AZURE_VM_TYPE,
  azureLocationInfo,
  azureMetricDefinition,
  azureVmSizeInfo,
  type AzureAggregation,
  type AzureLocationInfo,
  type AzureMetricDefinition,
  type AzureMetricUnit,
  type AzureVmSizeInfo,
} from './catalogue.js';
export { statusesFor } from './state.js';
export * from './types.js';
