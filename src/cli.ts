#!/usr/bin/env node
// fleetgraph <command>: one entry point for every way the project runs (HELP says which). The
// application is imported only by the commands that run it, so help and usage errors are instant.
import { UsageError } from './cli/usage-error.js';
import type { AppOptions } from './app.js';
import { ConfigError, loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES, defaultSubgraphUrl, type SubgraphName } from './subgraphs/catalog.js';
import { logger, setLogLevel } from './telemetry/logger.js';
import { exitGracefullyOnSignals } from './signals.js';

const USAGE = 'usage: fleetgraph start | sandbox | subgraph <compute|storage|network|metrics> | gateway | compose [--check] | apikey create|revoke|list | help';

const HELP = `FleetGraph: one GraphQL API over virtual machines, volumes, networks and metrics across clouds.

${USAGE}

commands:
  start               everything in one process: gateway, subgraphs, events; the sandbox
                      (emulated AWS, Azure and GCP) when no provider is configured
  sandbox             everything in one process on the emulators, whatever the config says
  subgraph <name>     one subgraph alone (compute, storage, network, metrics), for scale-out;
                      PORT (default 4001-4005), /metrics on METRICS_PORT (default PORT + 1000)
  gateway             the gateway alone, in front of subgraphs running elsewhere
                      (FLEETGRAPH_<NAME>_URL per subgraph, default http://127.0.0.1:400N/graphql)
  compose [--check]   write schema/supergraph.graphql, or check that it is fresh
  apikey create <id> [--role viewer|operator|admin] [--providers p,..] [--accounts a,..]
                [--regions r,..] [--redis]
                      mint an API key: prints the key once and the auth.apiKeys entry (its
                      hash); with --redis, stores the hash in Redis (cache.redisUrl) instead
  apikey revoke <id>  remove a key minted into Redis (every replica refuses it at once)
  apikey list         the keys in Redis: id, role, grants
  help                this text (also --help, -h)

configuration: fleetgraph.yaml in the working directory, or the file FLEETGRAPH_CONFIG names;
environment variables override it (PORT, HOST, REDIS_URL, LOG_LEVEL, FLEETGRAPH_PLANNER).
GraphiQL at http://localhost:4000/graphql once started.
`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return;
    case 'compose':
      return compose(rest.includes('--check'));
    case 'apikey': {
      const { apiKeyCommand } = await import('./cli/apikey.js');
      return apiKeyCommand(rest, () => loadConfig().config, (text) => process.stdout.write(text));
    }
    case 'start':
      return run(loadConfig().config, {});
    case 'sandbox': {
      const config = loadConfig().config;
      const { DEFAULT_SANDBOX } = await import('./sandbox/emulators.js');
      return run({ ...config, providers: {}, sandbox: config.sandbox ?? DEFAULT_SANDBOX }, {});
    }
    case 'subgraph': {
      const name = rest[0] as SubgraphName;
      if (!SUBGRAPH_NAMES.includes(name)) throw new UsageError(`unknown subgraph "${rest[0] ?? ''}"`);
      const port = Number(process.env.PORT ?? DEFAULT_SUBGRAPH_PORTS[name]);
      const config = loadConfig({ ...process.env, PORT: undefined }).config;
      const { startMetricsServer } = await import('./telemetry/metrics-server.js');
      const metrics = await startMetricsServer(config.server.host, Number(process.env.METRICS_PORT ?? port + 1000));
      logger('cli').info({ url: metrics.url }, 'metrics listening');
      return run(config, { subgraphs: [name], gateway: false, subgraphPorts: { [name]: port } });
    }
    case 'gateway':
      return run(loadConfig().config, { subgraphs: [], remoteSubgraphUrls: subgraphUrlsFromEnv() });
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
}

async function run(config: Config, options: AppOptions): Promise<void> {
  setLogLevel(config.logLevel);
  const { startApp } = await import('./app.js');
  const app = await startApp(config, options);
  for (const subgraph of app.subgraphs) logger('cli').info({ subgraph: subgraph.name, url: subgraph.url }, 'subgraph listening');
  const sandboxNote = app.sandbox ? ` (sandbox: emulated ${Object.keys(app.sandbox.providers).sort().join(', ')})` : '';
  // Before "ready": a supervisor may signal as soon as it reads it.
  exitGracefullyOnSignals(app);
  if (app.gateway) process.stdout.write(`FleetGraph ready at ${app.gateway.url}${sandboxNote}\n`);
}

async function compose(check: boolean): Promise<void> {
  const { supergraphIsFresh, writeSupergraph, supergraphSourcePaths } = await import('./gateway/compose.js');
  const [readOnlyPath, writesPath] = supergraphSourcePaths();
  if (!check) {
    await writeSupergraph();
    process.stdout.write(`wrote ${readOnlyPath} and ${writesPath}\n`);
    return;
  }
  if (!(await supergraphIsFresh())) {
    process.stderr.write(`${readOnlyPath} or ${writesPath} is stale: run \`npm run compose\` and commit the result\n`);
    process.exit(1);
  }
  process.stdout.write('supergraph is fresh\n');
}

/** FLEETGRAPH_<NAME>_URL per subgraph, else the default local port. */
function subgraphUrlsFromEnv(): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, process.env[`FLEETGRAPH_${name.toUpperCase()}_URL`] ?? defaultSubgraphUrl(name)]),
  ) as Record<SubgraphName, string>;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
  } else {
    process.stderr.write(`fleetgraph failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
