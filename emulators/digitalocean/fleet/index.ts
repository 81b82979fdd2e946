export { DigitalOceanFleet } from './fleet.js';
export { digitalOceanLifecycle } from './lifecycle.js';
export { DO_IMAGES, DO_REGIONS, DO_SIZES, type DoImageSpec, type DoRegionSlug, type DoSizeSpec } from './catalogue.js';
export * from './types.js';
