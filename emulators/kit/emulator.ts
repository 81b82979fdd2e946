// What every cloud emulator takes to start and offers the tests and the sandbox that start it.
import type { EmulatorServer } from './server.js';

export interface EmulatorOptions<Fleet> {
  /** The simulated fleet the emulator serves. */
  fleet: Fleet;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Mean time each step of a write takes (pending → running, an LRO, a zone operation); default 3000 ms (action-steps.ts). */
  actionStepMs?: number;
}

export interface EmulatorControls<Log, Faults> {
  /** http(s)://HOST:PORT — where the cloud's SDK clients are pointed. */
  url: string;
  /** Every request answered, for tests that count calls. */
  requests: Log;
  /** Throttling, unavailability and latency injected into requests matching a rule. */
  faults: Faults;
  /** Caps every listing page below the page size the caller asked for (paging tests); null removes the cap. */
  setMaxPageSize(n: number | null): void;
  close(): Promise<void>;
}

/** A page size tests cap below what the caller asked for (paging tests): a positive integer, or null for none. */
export class PageCap {
  value: number | null = null;

  readonly set = (n: number | null): void => {
    if (n !== null && (!Number.isInteger(n) || n < 1)) throw new Error(`Page cap must be a positive integer or null, got ${n}`);
    this.value = n;
  };
}

/** The controls every emulator has over its running server; each adds its own. */
export function controlsOf<Log, Faults>(server: EmulatorServer, requests: Log, faults: Faults, pageCap: PageCap): EmulatorControls<Log, Faults> {
  return { url: server.url, requests, faults, setMaxPageSize: pageCap.set, close: () => server.close() };
}
