// Wire-level Proxmox VE emulator (REST API `/api2/json` over HTTPS with a self-signed certificate:
// cluster resources, node guest lists, guest status, config, snapshots and RRD data, storage
// content, node networks, cluster firewall groups) over the simulated fleet.
export { startProxmoxEmulator, type ProxmoxEmulator } from './server.js';
export { RRD_STEPS, type Timeframe } from './rrd.js';
export type { PveFaultRule, PveFaults, PveRequestLog, PveRequestLogEntry, PveService } from './log.js';
