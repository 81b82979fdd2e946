// The ledger every replica shares: one Redis hash per scope, applied by one Lua script that also
// appends the events to the bus's stream and drops the stale cache entries (redis-ledger.lua), so
// a push on one replica and a poll on another can never both publish the same change, and the
// events of one VM enter the stream in order.
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import { generationKey, listingTag, resourceKey, tagSetKey } from '../../cache/keys.js';
import { parseGlobalId } from '../../providers/ids.js';
import type { RetentionOptions } from '../bus.js';
import { closeClient, failFastClient, untilReady } from '../../redis/client.js';
import { decodeVmEvent, type VmEvent } from '../vm-event.js';
import { findByNativeId, GONE_PROVIDER_STATE, type ChangeLedger, type LedgerBatch } from './ledger.js';

const SCRIPT = readFileSync(new URL('./redis-ledger.lua', import.meta.url), 'utf8');

export interface RedisChangeLedgerOptions extends RetentionOptions {
  url: string;
  /** Prefix of the ledger's own keys ("<prefix>ledger:vm:<scope>"). */
  keyPrefix: string;
  /** The event bus's stream key (the same Redis). */
  streamKey: string;
  /** The Redis cache's key prefix, or null when the cache is not in this Redis. */
  cacheKeyPrefix: string | null;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
}

export class RedisChangeLedger implements ChangeLedger {
  private readonly client: Redis;

  constructor(private readonly options: RedisChangeLedgerOptions) {
    // Failures reject apply(); its callers (poller, receivers) report them.
    this.client = failFastClient(options.url, { connectTimeoutMs: options.connectTimeoutMs, commandTimeoutMs: options.commandTimeoutMs ?? 5000 });
    this.client.defineCommand('applyVmBatch', { numberOfKeys: 4, lua: SCRIPT });
  }

  async apply(batch: LedgerBatch): Promise<VmEvent[]> {
    if (batch.observations.length === 0 && !batch.completeAt) return [];
    await untilReady(this.client, this.options.connectTimeoutMs ?? 2000);
    const reply = (await (this.client as unknown as ApplyCommand).applyVmBatch(...this.keys(batch.scope), ...this.args(batch))) as string[];
    const events: VmEvent[] = [];
    for (let i = 0; i < reply.length; i += 2) events.push(decodeVmEvent(reply[i]!, reply[i + 1]!));
    return events;
  }

  async vmIdOf(scope: string, nativeId: string): Promise<string | undefined> {
    await untilReady(this.client, this.options.connectTimeoutMs ?? 2000);
    return findByNativeId(await this.client.hkeys(this.keys(scope)[0]), nativeId);
  }

  close(): Promise<void> {
    return closeClient(this.client);
  }

  private keys(scope: string): [string, string, string, string] {
    const cache = this.options.cacheKeyPrefix ?? '';
    const tag = listingTag('vm', scope);
    return [`${this.options.keyPrefix}ledger:vm:${scope}`, this.options.streamKey, cache + tagSetKey(tag), cache + generationKey(tag)];
  }

  private args(batch: LedgerBatch): string[] {
    const { completeAt } = batch;
    const minId = `${Math.max(0, Date.now() - this.options.maxAgeSeconds * 1000)}-0`;
    const vmKeyPrefix = this.options.cacheKeyPrefix === null ? '' : this.options.cacheKeyPrefix + resourceKey('vm', '');
    const head = [
      completeAt ? String(completeAt.getTime()) : '',
      completeAt ? completeAt.toISOString() : '',
      String(this.options.maxLength),
      minId,
      vmKeyPrefix,
      GONE_PROVIDER_STATE,
      String(batch.observations.length),
    ];
    const body = batch.observations.flatMap((o) => {
      const { provider, account, region } = parseGlobalId(o.vmId);
      return [o.vmId, o.state, o.providerState, String(o.observedAt.getTime()), o.observedAt.toISOString(), provider, account, region, o.source];
    });
    return [...head, ...body];
  }
}

interface ApplyCommand {
  applyVmBatch(...args: string[]): Promise<unknown>;
}
