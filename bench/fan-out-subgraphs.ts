// Child process of the fan-out bench: the subgraphs (the compute one serves graphql-ws to the
// gateway) and the in-memory event bus, with no polling, churn or pushes, so the only events are
// the ones the bench publishes. Run with --expose-gc: its memory is read too.
import { startApp } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { globalId } from '../src/providers/ids.js';
import { serveRequests } from './fan-out-ipc.js';

export interface PublishRequest {
  /** The native VM id the events are about; the clients tell one burst from another by it. */
  vm: string;
  count: number;
  spacingMs: number;
}

export interface Published {
  /** Date.now() at the first and the last publish: the burst's real span, as this busy process kept to the spacing. */
  firstAt: number;
  lastAt: number;
}

const SCOPE = { provider: 'aws', account: '111111111111', region: 'us-east-1' } as const;

const app = await startApp(
  parseConfig({
    server: { host: '127.0.0.1', port: 0 },
    // Warnings (such as the gateway's connection closed as too slow) go to stdout, which the bench reads.
    logLevel: 'warn',
    events: { pollIntervalSeconds: 0 },
    sandbox: { clouds: ['aws'], seed: 42, vmsPerScope: 1, changesPerMinute: 0, push: false },
  }),
  { gateway: false },
);

/** Publishes `count` events, each stamped with its publish time in `at` (the clients measure against it). */
async function publish({ vm, count, spacingMs }: PublishRequest): Promise<Published> {
  const vmId = globalId(SCOPE, 'vm', vm);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, spacingMs));
    const running = i % 2 === 0;
    const at = new Date();
    times.push(at.getTime());
    await app.events!.bus.publish({
      ...SCOPE,
      at,
      vmId,
      previousState: running ? 'STOPPED' : 'RUNNING',
      newState: running ? 'RUNNING' : 'STOPPED',
      previousProviderState: running ? 'stopped' : 'running',
      newProviderState: running ? 'running' : 'stopped',
      source: 'PUSH',
    });
  }
  return { firstAt: times[0]!, lastAt: times[times.length - 1]! };
}

serveRequests({ publish, vmId: (vm: string) => globalId(SCOPE, 'vm', vm) }, { urls: Object.fromEntries(app.subgraphs.map((s) => [s.name, s.url])) });
