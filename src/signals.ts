// What SIGTERM and SIGINT do to a running process: a graceful shutdown (RunningApp.shutdown:
// unready, subscribers closed with 1001, requests in flight answered, leases released), logs
// flushed, exit 0. A second signal while draining exits at once (1).
import type { RunningApp } from './app.js';
import { flushLogs, logger } from './telemetry/logger.js';

export function exitGracefullyOnSignals(app: RunningApp): void {
  const log = logger('cli');
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down: draining');
    void app
      .shutdown()
      .then((drained) => log.info({ drained }, drained ? 'stopped: every request in flight was answered' : 'stopped: the drain deadline cut requests'))
      .catch((error: unknown) => log.error({ err: error }, 'error while shutting down'))
      .finally(() => void flushLogs().finally(() => process.exit(0)));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // The gateway runtime (and the server adapter under it) register their own listeners, which
    // dispose the runtime at once — aborting every request in flight. This process owns its
    // shutdown: the runtime is disposed last, by app.shutdown, after the drain.
    process.removeAllListeners(signal);
    process.on(signal, shutdown);
  }
}
