// The event bus: a bounded, resumable log of VM events shared by every replica.
import type { NewVmEvent, VmEvent } from './vm-event.js';
import type { EventSubscription } from './subscription.js';

export interface SubscribeOptions {
  /**
   * Resume after this event id: every retained event after it is replayed, then live events
   * follow, with no gap and no duplicate at the seam. Null or absent: live events only.
   */
  since?: string | null;
  /** Aborting ends the subscription (its iterator finishes) without touching other subscribers. */
  signal?: AbortSignal;
}

/** The retained events from a time on, and since when the log is known to hold every event (its oldest retained one). */
export interface EventHistory {
  events: VmEvent[];
  /** The time of the oldest retained event: before it, events may have been trimmed. Null when the log is empty. */
  completeSince: Date | null;
}

/** Reading the retained log without subscribing (what cost estimates look back through). */
export interface EventLog {
  /** Retained events at or after `fromMs`, in id order. */
  history(fromMs: number): Promise<EventHistory>;
}

export interface EventBus extends EventLog {
  /** Appends the event to the log and returns it with its assigned id. Rejects when the log cannot be written. */
  publish(event: NewVmEvent): Promise<VmEvent>;
  /**
   * Subscribes at once. The result is an async iterable of events in id order; its `ready`
   * resolves when the subscription is live (every event published after that is delivered).
   */
  subscribe(options?: SubscribeOptions): EventSubscription;
  /** Ends every subscription and releases connections. */
  close(): Promise<void>;
}

export interface RetentionOptions {
  /** The most events kept. */
  maxLength: number;
  /** Events older than this are dropped. */
  maxAgeSeconds: number;
}

export function checkRetention({ maxLength, maxAgeSeconds }: RetentionOptions): void {
  if (!Number.isInteger(maxLength) || maxLength < 1) throw new RangeError('event bus maxLength must be an integer >= 1');
  if (!(maxAgeSeconds > 0) || !Number.isFinite(maxAgeSeconds)) throw new RangeError('event bus maxAgeSeconds must be > 0');
}
