// The Redis bus: one Redis stream is the durable, bounded log every replica shares.
//   - publish: XADD with MAXLEN ~ (count) then XTRIM MINID ~ (age), in one round trip. Errors
//     (Redis down, timeout) reject the publish: the caller decides, nothing is queued silently.
//   - fan-out: ONE blocking XREAD loop per bus instance, on a connection of its own, started by
//     the first subscriber and stopped by the last (ref-counted); each entry it reads is offered
//     to every local subscriber. A subscriber leaving only removes itself. Every replica runs its
//     own loop, so each replica sees each event once (no Redis pub/sub needed).
//   - replay: XRANGE from `since` (exclusive), fetched after the reader's position is fixed, so
//     the replay and the live feed overlap and the subscription drops the overlap by id.
//   - Redis going away: the reader logs one warning, retries with capped backoff from the last id
//     it read, and logs once when Redis is back; subscriptions carry on.
// Trimming in Redis is approximate (whole stream nodes); what a subscriber is replayed is the
// exact bound: at most maxLength events, none older than maxAgeSeconds.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { logger as componentLogger } from '../telemetry/logger.js';
import { checkRetention, type EventHistory, type EventBus, type RetentionOptions, type SubscribeOptions } from './bus.js';
import { EventSubscription } from './subscription.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeClient, failFastClient, redactRedisUrl, untilReady, type FailFastOptions } from '../redis/client.js';
import { decodeVmEvent, encodeVmEvent, eventIdMs, isEventId, type NewVmEvent, type VmEvent } from './vm-event.js';

export interface RedisEventBusOptions extends RetentionOptions {
  url: string;
  /** The stream's key. */
  key: string;
  logger?: Logger;
  /** Default 2000. */
  connectTimeoutMs?: number;
  /** For publish and replay commands. Default 2000. */
  commandTimeoutMs?: number;
  /** Cap of the reconnect and re-read backoff. Default 2000. */
  maxReconnectDelayMs?: number;
  /** How long one XREAD blocks. Default 5000. */
  blockMs?: number;
}

/** The stream entry's one field, holding the event's wire form (vm-event.ts). */
export const STREAM_FIELD = 'event';
const FIELD = STREAM_FIELD;
const READ_COUNT = 1000;

type StreamEntry = [id: string, fields: string[]];

export class RedisEventBus implements EventBus {
  private readonly key: string;
  private readonly log: Logger;
  private readonly where: string;
  private readonly commands: Redis;
  private readonly connectTimeoutMs: number;
  private readonly maxDelayMs: number;
  private readonly blockMs: number;
  private readonly subscribers = new Set<EventSubscription>();
  /** Bumped at every reader start and stop; a loop of an older generation exits. */
  private generation = 0;
  private reader: Redis | undefined;
  private readerStart: Promise<void> | undefined;
  /** The last stream id the reader has read and offered to every subscriber. */
  private cursor = '0-0';
  private closed = false;

  constructor(private readonly options: RedisEventBusOptions) {
    checkRetention(options);
    this.key = options.key;
    this.log = options.logger ?? componentLogger('events');
    this.where = redactRedisUrl(options.url);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 2000;
    this.maxDelayMs = options.maxReconnectDelayMs ?? 2000;
    this.blockMs = options.blockMs ?? 5000;
    // Outages are reported by the reader loop and by rejected publishes.
    this.commands = failFastClient(options.url, this.clientOptions(options.commandTimeoutMs ?? 2000));
  }

  async publish(input: NewVmEvent): Promise<VmEvent> {
    if (this.closed) throw new Error('event bus is closed');
    const payload = encodeVmEvent(input);
    await untilReady(this.commands, this.connectTimeoutMs);
    const minId = `${Math.max(0, Date.now() - this.options.maxAgeSeconds * 1000)}-0`;
    const results = await this.commands
      .multi()
      .xadd(this.key, 'MAXLEN', '~', this.options.maxLength, '*', FIELD, payload)
      .xtrim(this.key, 'MINID', '~', minId)
      .exec();
    if (!results) throw new Error('event publish was aborted');
    const [addError, id] = results[0] ?? [new Error('no XADD reply'), null];
    if (addError) throw addError;
    if (typeof id !== 'string') throw new Error('XADD returned no id');
    return { ...input, at: new Date(input.at.getTime()), id };
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    const since = options.since ?? null;
    if (since !== null && !isEventId(since)) throw new TypeError(`since is not an event id: ${JSON.stringify(since)}`);
    const subscription = new EventSubscription((s) => this.leave(s), options.signal);
    if (this.closed) {
      subscription.end();
      return subscription;
    }
    this.subscribers.add(subscription);
    void this.start(subscription, since).catch((err: unknown) =>
      subscription.fail(err instanceof Error ? err : new Error(String(err))),
    );
    return subscription;
  }

  async history(fromMs: number): Promise<EventHistory> {
    await untilReady(this.commands, this.connectTimeoutMs);
    const oldest = Date.now() - this.options.maxAgeSeconds * 1000;
    const [first] = (await this.commands.xrange(this.key, `${oldest}-0`, '+', 'COUNT', 1)) as StreamEntry[];
    const entries = (await this.commands.xrange(this.key, `${Math.max(fromMs, oldest)}-0`, '+')) as StreamEntry[];
    const events = entries.slice(-this.options.maxLength).flatMap((entry) => this.decode(entry) ?? []);
    return { events, completeSince: first ? new Date(eventIdMs(first[0])) : null };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const subscriber of [...this.subscribers]) subscriber.end();
    this.stopReader();
    await closeClient(this.commands);
  }

  private async start(subscription: EventSubscription, since: string | null): Promise<void> {
    // The reader's position first: everything after it reaches the subscription live. The
    // replay, fetched after, reaches at least that far, so the two overlap: no gap.
    await this.ensureReader();
    if (subscription.closed) return;
    if (since === null) {
      subscription.goLive(this.cursor, []);
      return;
    }
    const replayed = await this.replay(since);
    subscription.goLive(since, replayed);
  }

  /** The retained events after `since`: at most maxLength, none older than maxAgeSeconds. */
  private async replay(since: string): Promise<VmEvent[]> {
    await untilReady(this.commands, this.connectTimeoutMs);
    const entries = (await this.commands.xrange(this.key, `(${since}`, '+')) as StreamEntry[];
    const oldest = Date.now() - this.options.maxAgeSeconds * 1000;
    const events: VmEvent[] = [];
    for (const entry of entries.slice(-this.options.maxLength)) {
      if (eventIdMs(entry[0]) < oldest) continue;
      const event = this.decode(entry);
      if (event) events.push(event);
    }
    return events;
  }

  private ensureReader(): Promise<void> {
    if (this.readerStart) return this.readerStart;
    const generation = ++this.generation;
    const start = (async () => {
      await untilReady(this.commands, this.connectTimeoutMs);
      const last = (await this.commands.xrevrange(this.key, '+', '-', 'COUNT', 1)) as StreamEntry[];
      if (generation !== this.generation) return;
      this.cursor = last[0]?.[0] ?? '0-0';
      // The loop retries by itself, from its last id; a blocked read must not be retried blindly.
      const reader = failFastClient(this.options.url, this.clientOptions(this.blockMs + this.connectTimeoutMs), { maxRetriesPerRequest: 0 });
      this.reader = reader;
      void this.readLoop(generation, reader);
    })();
    this.readerStart = start;
    start.catch(() => {
      if (this.readerStart === start) this.readerStart = undefined; // the next subscriber tries again
    });
    return start;
  }

  private stopReader(): void {
    this.generation++;
    this.readerStart = undefined;
    this.reader?.disconnect();
    this.reader = undefined;
  }

  private leave(subscription: EventSubscription): void {
    this.subscribers.delete(subscription);
    if (this.subscribers.size === 0 && !this.closed) this.stopReader();
  }

  private async readLoop(generation: number, reader: Redis): Promise<void> {
    let failures = 0;
    while (generation === this.generation) {
      try {
        await untilReady(reader, this.connectTimeoutMs);
        const reply = (await reader.xread('COUNT', READ_COUNT, 'BLOCK', this.blockMs, 'STREAMS', this.key, this.cursor)) as
          | [key: string, entries: StreamEntry[]][]
          | null;
        if (generation !== this.generation) return;
        if (failures > 0) this.log.info({ redis: this.where, key: this.key }, 'Redis is available again; event stream resumed');
        failures = 0;
        for (const [, entries] of reply ?? []) {
          for (const entry of entries) {
            this.cursor = entry[0];
            const event = this.decode(entry);
            if (event) for (const subscriber of [...this.subscribers]) subscriber.offer(event);
          }
        }
      } catch (err) {
        if (generation !== this.generation) return;
        if (failures === 0) {
          this.log.warn(
            { redis: this.where, key: this.key, reason: err instanceof Error ? err.message : String(err) },
            'Redis unavailable; event stream paused, resuming from the last event when it returns',
          );
        }
        failures++;
        await sleep(Math.min(50 * 2 ** Math.min(failures - 1, 16), this.maxDelayMs));
      }
    }
  }

  private decode([id, fields]: StreamEntry): VmEvent | undefined {
    const at = fields.indexOf(FIELD);
    const text = at >= 0 && at % 2 === 0 ? fields[at + 1] : undefined;
    try {
      if (text === undefined) throw new Error(`no ${FIELD} field`);
      return decodeVmEvent(id, text);
    } catch (err) {
      this.log.warn({ key: this.key, id, reason: err instanceof Error ? err.message : String(err) }, 'skipping malformed event');
      return undefined;
    }
  }

  private clientOptions(commandTimeoutMs: number): FailFastOptions {
    return { connectTimeoutMs: this.connectTimeoutMs, commandTimeoutMs, maxReconnectDelayMs: this.maxDelayMs };
  }
}
