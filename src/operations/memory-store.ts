// The operation store of a single process (no Redis configured): plain maps, entries dropped after
// the retention.
import { EventEmitter } from 'node:events';
import type { Operation } from './operation.js';
import type { OperationPage, OperationStore } from './store.js';

export class MemoryOperationStore implements OperationStore {
  private readonly operations = new Map<string, { operation: Operation; expiresAt: number }>();
  private readonly keys = new Map<string, { id: string; expiresAt: number }>();
  private readonly updates = new EventEmitter().setMaxListeners(0);

  constructor(private readonly retentionMs: number) {}

  async get(id: string): Promise<Operation | null> {
    this.expire();
    return this.operations.get(id)?.operation ?? null;
  }

  async save(operation: Operation): Promise<void> {
    this.operations.set(operation.id, { operation: structuredClone(operation), expiresAt: Date.now() + this.retentionMs });
    this.updates.emit(operation.id, structuredClone(operation));
  }

  async claimIdempotencyKey(callerId: string, key: string, operationId: string): Promise<string | null> {
    this.expire();
    const slot = `${callerId}\n${key}`;
    const held = this.keys.get(slot);
    if (held) return held.id;
    this.keys.set(slot, { id: operationId, expiresAt: Date.now() + this.retentionMs });
    return null;
  }

  async releaseIdempotencyKey(callerId: string, key: string, operationId: string): Promise<void> {
    const slot = `${callerId}\n${key}`;
    if (this.keys.get(slot)?.id === operationId) this.keys.delete(slot);
  }

  async list(before: string | null, limit: number, keep: (operation: Operation) => boolean): Promise<OperationPage> {
    this.expire();
    const matching = [...this.operations.values()]
      .map((entry) => entry.operation)
      .filter((operation) => (before === null || operation.createdAt < before) && keep(operation))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    return { operations: matching.slice(0, limit), hasMore: matching.length > limit };
  }

  async follow(id: string, listener: (operation: Operation) => void): Promise<() => void> {
    this.updates.on(id, listener);
    return () => this.updates.off(id, listener);
  }

  async close(): Promise<void> {
    this.updates.removeAllListeners();
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, entry] of this.operations) if (entry.expiresAt <= now) this.operations.delete(id);
    for (const [slot, entry] of this.keys) if (entry.expiresAt <= now) this.keys.delete(slot);
  }
}
