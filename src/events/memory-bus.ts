// The in-memory bus, for a single process with no Redis: the same contract as the Redis bus
// (ids "<ms>-<seq>", bounded retention by count and age, replay with `since`), in one array.
import { checkRetention, type EventBus, type EventHistory, type RetentionOptions, type SubscribeOptions } from './bus.js';
import { EventSubscription } from './subscription.js';
import { compareEventIds, eventIdMs, isEventId, type NewVmEvent, type VmEvent } from './vm-event.js';

export class MemoryEventBus implements EventBus {
  private readonly log: VmEvent[] = [];
  private readonly subscribers = new Set<EventSubscription>();
  private lastMs = 0;
  private lastSeq = -1;
  private closed = false;

  constructor(private readonly retention: RetentionOptions) {
    checkRetention(retention);
  }

  async publish(input: NewVmEvent): Promise<VmEvent> {
    if (this.closed) throw new Error('event bus is closed');
    const now = Date.now();
    if (now > this.lastMs) {
      this.lastMs = now;
      this.lastSeq = 0;
    } else this.lastSeq += 1;
    const event: VmEvent = { ...input, at: new Date(input.at.getTime()), id: `${this.lastMs}-${this.lastSeq}` };
    this.log.push(event);
    this.trim();
    for (const subscriber of [...this.subscribers]) subscriber.offer(event);
    return event;
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    const since = options.since ?? null;
    if (since !== null && !isEventId(since)) throw new TypeError(`since is not an event id: ${JSON.stringify(since)}`);
    const subscription = new EventSubscription((s) => this.subscribers.delete(s), options.signal);
    if (this.closed) {
      subscription.end();
      return subscription;
    }
    this.subscribers.add(subscription);
    this.trim();
    if (since === null) subscription.goLive(this.lastSeq < 0 ? '0-0' : `${this.lastMs}-${this.lastSeq}`, []);
    else subscription.goLive(since, this.log.filter((event) => compareEventIds(event.id, since) > 0));
    return subscription;
  }

  async history(fromMs: number): Promise<EventHistory> {
    this.trim();
    return { events: this.log.filter((event) => eventIdMs(event.id) >= fromMs), completeSince: this.log[0] ? new Date(eventIdMs(this.log[0].id)) : null };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const subscriber of [...this.subscribers]) subscriber.end();
    this.log.length = 0;
  }

  private trim(): void {
    const excess = this.log.length - this.retention.maxLength;
    if (excess > 0) this.log.splice(0, excess);
    const oldest = Date.now() - this.retention.maxAgeSeconds * 1000;
    let expired = 0;
    while (expired < this.log.length && eventIdMs(this.log[expired]!.id) < oldest) expired++;
    if (expired > 0) this.log.splice(0, expired);
  }
}
