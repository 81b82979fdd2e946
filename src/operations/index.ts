// The write side of a process, as the config says: in Redis when one is configured (operations,
// idempotency keys, the audit stream and per-caller counts shared by every replica), else in
// this process. Null when writes are off.
import type { Cache } from '../cache/cache.js';
import type { Config } from '../config/schema.js';
import type { ObservationSink } from '../events/observation.js';
import type { ProviderRegistry } from '../providers/registry.js';
import { closeClient, failFastClient } from '../redis/client.js';
import { logger } from '../telemetry/logger.js';
import { MemoryLeaseStore, type LeaseStore } from '../events/lease.js';
import { RedisLeaseStore } from '../events/redis-lease.js';
import type { AuditLog } from './audit-entry.js';
import { memoryCallerLimits, redisCallerLimits } from './caller-limits.js';
import { MemoryAuditLog } from './memory-audit.js';
import { MemoryOperationStore } from './memory-store.js';
import { RedisAuditLog } from './redis-audit.js';
import { RedisOperationStore } from './redis-store.js';
import { OperationRunner } from './runner.js';
import type { OperationStore } from './store.js';
import { ActionObserver } from './vm-observer.js';

export interface Operations {
  runner: OperationRunner;
  store: OperationStore;
  audit: AuditLog;
  close(): Promise<void>;
}

export function createOperations(config: Config, registry: ProviderRegistry, cache: Cache, sink: ObservationSink | null): Operations | null {
  const { writes } = config;
  if (!writes.enabled) return null;
  const { redisUrl, keyPrefix } = config.cache;
  const retentionSeconds = writes.retentionDays * 86_400;
  const auditRetentionMs = writes.audit.retentionDays * 86_400_000;
  const counter = redisUrl ? failFastClient(redisUrl) : null;
  const store = redisUrl ? new RedisOperationStore(redisUrl, keyPrefix, retentionSeconds) : new MemoryOperationStore(retentionSeconds * 1000);
  const audit = redisUrl ? new RedisAuditLog(redisUrl, keyPrefix, writes.audit.maxEntries, auditRetentionMs) : new MemoryAuditLog(writes.audit.maxEntries, auditRetentionMs);
  const limits = counter ? redisCallerLimits(counter, keyPrefix, writes.perCallerPerMinute) : memoryCallerLimits(writes.perCallerPerMinute);
  const leases: LeaseStore = redisUrl ? new RedisLeaseStore({ url: redisUrl, keyPrefix }) : new MemoryLeaseStore();
  const runner = new OperationRunner({ registry, store, audit, limits, leases, observer: new ActionObserver(registry, cache, sink), writes, log: logger('operations') });
  return {
    runner,
    store,
    audit,
    close: async () => {
      runner.close();
      await store.close();
      await audit.close();
      await leases.close();
      if (counter) await closeClient(counter);
    },
  };
}

export type { Operation, OperationStatus } from './operation.js';
export type { AuditEntry } from './audit-entry.js';
export { OperationRefusal } from './refusal.js';
export type { MutationInput } from './parts.js';
