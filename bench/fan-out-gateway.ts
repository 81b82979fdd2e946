// Child process of the fan-out bench: the gateway being measured, alone in its process (run with
// --expose-gc so its memory is read after collections). argv[2]: the subgraph URLs as JSON.
import { parseConfig } from '../src/config/load.js';
import type { SubgraphName } from '../src/subgraphs/catalog.js';
import { readSupergraph } from '../src/gateway/compose.js';
import { startGateway } from '../src/gateway/server.js';
import { setLogLevel } from '../src/telemetry/logger.js';
import { serveRequests } from './fan-out-ipc.js';

// Warnings (such as a client closed as too slow) go to stdout, which the bench reads.
setLogLevel('warn');
const defaults = parseConfig({});
const gateway = await startGateway({
  host: '127.0.0.1',
  port: 0,
  planner: defaults.planner,
  // The Hive runtime's own logger writes to the console, not stdout as JSON: ours is enough.
  logLevel: 'silent',
  maxQueuedPerSubscriber: defaults.events.maxQueuedPerSubscriber,
  supergraphSdl: await readSupergraph(),
  subgraphUrls: JSON.parse(process.argv[2]!) as Record<SubgraphName, string>,
});
serveRequests({}, { url: gateway.url });
