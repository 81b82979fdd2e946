// What every cloud emulator takes to start and offers the tests and the sandbox that start it.

export interface EmulatorOptions<Fleet> {
  /** The simulated fleet the emulator serves. */
  fleet: Fleet;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
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
