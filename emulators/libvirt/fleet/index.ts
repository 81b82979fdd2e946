export { LibvirtFleet } from './fleet.js';
export { libvirtLifecycle } from './lifecycle.js';
export type * from './types.js';
