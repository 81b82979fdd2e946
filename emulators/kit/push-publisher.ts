// What every emulated push service (Event Grid, Pub/Sub) does the same way: one subscription at a
// time, replaced by the next subscribe and ended by unsubscribe or by closing the emulator, and
// its deliveries sent through an outbox that counts them and cancels what is in flight.
import { DEFAULT_PUSH_RETRY, PushOutbox, type PushStats, type RetryPolicy } from './push-delivery.js';

export interface PushPublisher<O = undefined> {
  /** Pushes every change to `endpointUrl` from now on (after any handshake). Replaces any earlier subscription. */
  subscribe(endpointUrl: string, options?: O): Promise<void>;
  /** Stops pushing; deliveries in flight are cancelled. */
  unsubscribe(): void;
  readonly stats: PushStats;
  /** Resolves once every delivery started so far has been delivered or dropped. */
  settled(): Promise<void>;
}

/**
 * `start` does the service's handshake, if any, then listens to the fleet and sends each change
 * through `outbox`; it returns what stops the listening.
 */
export type StartPushing<O> = (endpointUrl: string, outbox: PushOutbox, options: O | undefined) => Promise<() => void>;

export function createPushPublisher<O = undefined>(start: StartPushing<O>, policy: RetryPolicy = DEFAULT_PUSH_RETRY): PushPublisher<O> {
  const outbox = new PushOutbox(policy);
  let stopListening: (() => void) | null = null;

  function unsubscribe(): void {
    stopListening?.();
    stopListening = null;
    outbox.cancelAll();
  }

  return {
    async subscribe(endpointUrl, options) {
      unsubscribe();
      stopListening = await start(endpointUrl, outbox, options);
    },
    unsubscribe,
    stats: outbox.stats,
    settled: () => outbox.settled(),
  };
}

/** The emulator with its push service attached as `key`; closing the emulator stops the pushes first. */
export function withPushPublisher<E extends { close(): Promise<void> }, K extends string, P extends PushPublisher<never>>(
  emulator: E,
  key: K,
  publisher: P,
): E & Record<K, P> {
  const closeEmulator = emulator.close;
  // Extended in place (not spread) so that nothing the emulator object defines is copied stale.
  return Object.assign(emulator, { [key]: publisher } as Record<K, P>, {
    close: async () => {
      publisher.unsubscribe();
      await closeEmulator();
    },
  });
}
