// Shared by the event bus tests: sample events, bounded reads from a subscription.
import type { EventSubscription } from '../../src/events/subscription.js';
import type { NewVmEvent, VmEvent } from '../../src/events/vm-event.js';

export function sampleEvent(n: number): NewVmEvent {
  return {
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60, n % 1000)),
    vmId: `vm:aws:123456789012:us-east-1:i-${String(n).padStart(6, '0')}`,
    provider: 'aws',
    account: '123456789012',
    region: 'us-east-1',
    previousState: 'PENDING',
    newState: 'RUNNING',
    previousProviderState: 'pending',
    newProviderState: 'running',
    source: 'POLL',
  };
}

/** The next `count` events; fails (never hangs) if they do not come within `timeoutMs`. */
export async function take(subscription: EventSubscription, count: number, timeoutMs = 15_000): Promise<VmEvent[]> {
  const events: VmEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (events.length < count) {
    const left = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`got ${events.length} of ${count} events in time`)), Math.max(left, 0));
    });
    try {
      const result = await Promise.race([subscription.next(), timeout]);
      if (result.done) throw new Error(`subscription ended after ${events.length} of ${count} events`);
      events.push(result.value);
    } finally {
      clearTimeout(timer);
    }
  }
  return events;
}

/** Events until (and including) the one with id `lastId`. */
export async function takeUntil(subscription: EventSubscription, lastId: string, timeoutMs = 15_000): Promise<VmEvent[]> {
  const events: VmEvent[] = [];
  const deadline = Date.now() + timeoutMs;
  while (events.at(-1)?.id !== lastId) {
    const [event] = await take(subscription, 1, Math.max(deadline - Date.now(), 1));
    events.push(event!);
  }
  return events;
}

export const ids = (events: readonly VmEvent[]): string[] => events.map((e) => e.id);
