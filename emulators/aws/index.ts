// Wire-level AWS emulator (EC2 query protocol + CloudWatch GetMetricData + Price List GetProducts,
// SNS pushes of EC2 state changes) over the simulated fleet.
export { startAwsEmulator, type AwsEmulator, type AwsEmulatorOptions } from './server.js';
export { RequestLog, type RequestLogEntry, type AwsService } from './log.js';
export { FaultInjector, DEFAULT_LATENCY_MS, type FaultRule, type FaultKind } from './log.js';
export { EC2_ACTIONS } from './ec2/handler.js';
export { MAX_METRIC_DATA_QUERIES, MAX_DATAPOINTS_PER_CALL } from './cloudwatch/get-metric-data.js';
export { parseSigV4Credential, type SigV4Credential } from './identity.js';
export { SNS_TOPIC_NAME, type AwsSns, type SnsEmulatorOptions } from './sns/emulator.js';
export { DEFAULT_SNS_RETRY, type SnsDeliveryRecord, type SnsDeliveryLog } from './sns/delivery.js';
export {
  AWS_PRICE_LIST,
  EBS_VOLUME_API_NAMES,
  awsPriceList,
  awsPricedRegions,
  awsRegionPriceList,
  awsInstanceHourly,
  awsStorageMonthlyPerGiB,
  awsSnapshotMonthlyPerGiB,
  type AwsPriceOs,
  type AwsRegionPriceList,
  type EbsVolumeApiName,
} from './pricing/prices.js';
export { MAX_PRODUCTS_PER_PAGE } from './pricing/get-products.js';
export { PRICING_API_REGIONS } from './pricing/handler.js';
export { StepFailures, type StepFailureRule } from './ec2/writes/step-failures.js';
export { DEFAULT_VCPU_HEADROOM, DEFAULT_STORAGE_HEADROOM_GIB, type Ec2LimitSettings } from './ec2/writes/limits.js';
export { TYPES_NOT_OFFERED } from './ec2/writes/offerings.js';
export type { Ec2WriteControls } from './ec2/writes/services.js';
