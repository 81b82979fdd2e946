// Azure Cost Management (Query, Forecast) over the fleet's bill: what the Azure emulator's server
// routes to, and what tests and the sandbox set.
export { azureBillableItems, DISK_SERVICE, VM_SERVICE, type AzurePriceList } from './billable.js';
export { billingRegionOf } from './dimensions.js';
export { MAX_DAILY_DAYS } from './definition.js';
export { costManagementErrors, QPU_BUCKETS, retryAfterHeader } from './errors.js';
export {
  COST_MANAGEMENT_ACTIONS,
  DEFAULT_ROWS_PER_PAGE,
  costManagementTarget,
  defaultCostManagementSettings,
  handleCostManagement,
  type CostManagementCall,
  type CostManagementRequest,
  type CostManagementSettings,
  type CostManagementTarget,
} from './handler.js';
export { answerCostManagement, type CostManagementService, type IncomingCostManagementRequest } from './serve.js';
