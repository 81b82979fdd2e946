// Wire-level DigitalOcean emulator (API v2: account, droplets, volumes, snapshots, VPCs, firewalls,
// reserved IPs, sizes, droplet Monitoring, balance and invoices) over the simulated fleet.
export { startDigitalOceanEmulator, type DigitalOceanEmulator } from './server.js';
export { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limits.js';
export { DROPLET_METRICS } from './monitoring.js';
export { DO_SIZES } from './fleet/catalogue.js';
export { HOURS_BILLED_PER_MONTH, doBillableItems, teamBill, type DoInvoice, type DoInvoiceItem, type DoTeamBill } from './billing.js';
export type { DoFaultRule, DoFaults, DoRequestLog, DoRequestLogEntry, DoService } from './log.js';
