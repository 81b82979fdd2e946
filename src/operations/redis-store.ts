// The operation store shared by every replica: each operation a JSON string with the retention as
// TTL, a sorted set of ids by creation time for listings, idempotency keys claimed with SET NX, and
// updates published on one channel (a subscriber connection fans them out to followers in-process).
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { closeClient, failFastClient, untilReady } from '../redis/client.js';
import type { Operation } from './operation.js';
import type { OperationPage, OperationStore } from './store.js';

const RELEASE_IF_HELD = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** Ids read per round while a filtered listing looks for a page of matches. */
const SCAN_BATCH = 200;

export class RedisOperationStore implements OperationStore {
  private readonly client: Redis;
  private subscriber: Promise<Redis> | null = null;
  private readonly updates = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly url: string,
    private readonly prefix: string,
    private readonly retentionSeconds: number,
  ) {
    this.client = failFastClient(url);
  }

  async get(id: string): Promise<Operation | null> {
    const stored = await this.client.get(this.operationKey(id));
    return stored ? (JSON.parse(stored) as Operation) : null;
  }

  async save(operation: Operation): Promise<void> {
    const json = JSON.stringify(operation);
    const created = Date.parse(operation.createdAt);
    await this.client
      .multi()
      .set(this.operationKey(operation.id), json, 'EX', this.retentionSeconds)
      .zadd(this.indexKey(), created, operation.id)
      .zremrangebyscore(this.indexKey(), '-inf', Date.now() - this.retentionSeconds * 1000)
      .publish(this.channel(), json)
      .exec();
  }

  async claimIdempotencyKey(callerId: string, key: string, operationId: string): Promise<string | null> {
    const slot = this.keySlot(callerId, key);
    const claimed = await this.client.set(slot, operationId, 'EX', this.retentionSeconds, 'NX');
    return claimed === 'OK' ? null : await this.client.get(slot);
  }

  async releaseIdempotencyKey(callerId: string, key: string, operationId: string): Promise<void> {
    // Deleted only while it still holds this operation's id: compare and delete in one step.
    await this.client.eval(RELEASE_IF_HELD, 1, this.keySlot(callerId, key), operationId);
  }

  async list(before: string | null, limit: number, keep: (operation: Operation) => boolean): Promise<OperationPage> {
    const found: Operation[] = [];
    let max = before === null ? '+inf' : `(${Date.parse(before)}`;
    for (;;) {
      const ids = await this.client.zrevrangebyscore(this.indexKey(), max, '-inf', 'WITHSCORES', 'LIMIT', 0, SCAN_BATCH);
      if (ids.length === 0) return { operations: found, hasMore: false };
      const pairs = Array.from({ length: ids.length / 2 }, (_, i) => ({ id: ids[2 * i]!, score: ids[2 * i + 1]! }));
      const stored = await this.client.mget(pairs.map((p) => this.operationKey(p.id)));
      for (const json of stored) {
        if (!json) continue;
        const operation = JSON.parse(json) as Operation;
        if (!keep(operation)) continue;
        if (found.length === limit) return { operations: found, hasMore: true };
        found.push(operation);
      }
      if (pairs.length < SCAN_BATCH) return { operations: found, hasMore: false };
      max = `(${pairs.at(-1)!.score}`;
    }
  }

  async follow(id: string, listener: (operation: Operation) => void): Promise<() => void> {
    await this.subscribed();
    this.updates.on(id, listener);
    return () => this.updates.off(id, listener);
  }

  async close(): Promise<void> {
    this.updates.removeAllListeners();
    const subscriber = await this.subscriber?.catch(() => null);
    if (subscriber) await closeClient(subscriber);
    await closeClient(this.client);
  }

  /** One subscriber connection per process, made on the first follow. */
  private subscribed(): Promise<Redis> {
    this.subscriber ??= (async () => {
      const subscriber = failFastClient(this.url);
      subscriber.on('message', (_channel: string, json: string) => {
        const operation = JSON.parse(json) as Operation;
        this.updates.emit(operation.id, operation);
      });
      try {
        await untilReady(subscriber, 2000);
        await subscriber.subscribe(this.channel());
      } catch (error) {
        await closeClient(subscriber);
        throw error;
      }
      return subscriber;
    })().catch((error: unknown) => {
      this.subscriber = null; // the next follow tries again, with a new connection
      throw error;
    });
    return this.subscriber;
  }

  private keySlot(callerId: string, key: string): string {
    return `${this.prefix}ops:key:${createHash('sha256').update(`${callerId}\n${key}`).digest('hex')}`;
  }

  private operationKey(id: string): string {
    return `${this.prefix}ops:op:${id}`;
  }

  private indexKey(): string {
    return `${this.prefix}ops:index`;
  }

  private channel(): string {
    return `${this.prefix}ops:updates`;
  }
}
