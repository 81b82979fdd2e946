export { ProxmoxFleet } from './fleet.js';
export { proxmoxLifecycle } from './lifecycle.js';
export type * from './types.js';
