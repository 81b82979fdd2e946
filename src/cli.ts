#!/usr/bin/env node
// fleetgraph <command>: one entry point for every way the project runs.
//   start                everything in one process (the sandbox when no provider is configured)
//   sandbox              everything in one process on the emulators, whatever the config says
//   subgraph <name>      one subgraph alone (compute, storage, network, metrics), for scale-out,
//                        with /metrics on METRICS_PORT (default: its port + 1000)
//   gateway              the gateway alone, in front of subgraphs running elsewhere
//   compose [--check]    write schema/supergraph.graphql, or check that it is fresh
import { startApp, type AppOptions } from './app.js';
import { DEFAULT_SANDBOX } from './sandbox/emulators.js';
import { ConfigError, loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { supergraphIsFresh, writeSupergraph, SUPERGRAPH_PATH } from './gateway/compose.js';
import { logger, setLogLevel } from './telemetry/logger.js';
import { startMetricsServer } from './telemetry/metrics-server.js';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES, defaultSubgraphUrl, type SubgraphName } from './subgraphs/catalog.js';

const USAGE = 'usage: fleetgraph start | sandbox | subgraph <compute|storage|network|metrics> | gateway | compose [--check]';

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'compose':
      return compose(rest.includes('--check'));
    case 'start':
      return run(loadConfig().config, {});
    case 'sandbox': {
      const config = loadConfig().config;
      return run({ ...config, providers: {}, sandbox: config.sandbox ?? DEFAULT_SANDBOX }, {});
    }
    case 'subgraph': {
      const name = rest[0] as SubgraphName;
      if (!SUBGRAPH_NAMES.includes(name)) throw new UsageError(`unknown subgraph "${rest[0] ?? ''}"`);
      const port = Number(process.env.PORT ?? DEFAULT_SUBGRAPH_PORTS[name]);
      const config = loadConfig({ ...process.env, PORT: undefined }).config;
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
  const app = await startApp(config, options);
  for (const subgraph of app.subgraphs) logger('cli').info({ subgraph: subgraph.name, url: subgraph.url }, 'subgraph listening');
  const sandboxNote = app.sandbox ? ` (sandbox: emulated ${Object.keys(app.sandbox.providers).join(', ')})` : '';
  if (app.gateway) process.stdout.write(`FleetGraph ready at ${app.gateway.url}${sandboxNote}\n`);
  const shutdown = () => {
    void app.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function compose(check: boolean): Promise<void> {
  if (!check) {
    await writeSupergraph();
    process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
    return;
  }
  if (!(await supergraphIsFresh())) {
    process.stderr.write(`${SUPERGRAPH_PATH} is stale: run \`npm run compose\` and commit the result\n`);
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

class UsageError extends Error {}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
  } else {
    process.stderr.write(`fleetgraph failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
