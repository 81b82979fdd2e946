// Starts FleetGraph the way `npm start` does (sandbox: emulators, subgraphs, gateway in one
// process) on free loopback ports, with test-sized options.
import { startApp, type AppOptions, type RunningApp } from '../../src/app.js';
import { parseConfig } from '../../src/config/load.js';

export interface TestAppOptions extends AppOptions {
  redisUrl?: string;
  keyPrefix?: string;
  vmsPerScope?: number;
  planner?: 'rust' | 'js';
  ttlSeconds?: Record<string, number>;
  maxAttempts?: number;
  /** The sandbox's clouds; AWS alone unless a test is about the others (it starts fastest). */
  clouds?: ('aws' | 'azure' | 'gcp')[];
}

export async function startTestApp(options: TestAppOptions = {}): Promise<RunningApp> {
  const config = parseConfig({
    server: { host: '127.0.0.1', port: 0 },
    planner: options.planner ?? 'rust',
    logLevel: (process.env.LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    cache: {
      ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
      keyPrefix: options.keyPrefix ?? `fleetgraph-test:${process.pid}:${Date.now()}:`,
      ...(options.ttlSeconds ? { ttlSeconds: options.ttlSeconds } : {}),
    },
    sandbox: { clouds: options.clouds ?? ['aws'], seed: 42, vmsPerScope: options.vmsPerScope ?? 20 },
  });
  return startApp(config, options);
}

export function gatewayUrl(app: RunningApp): string {
  if (!app.gateway) throw new Error('this app runs no gateway');
  return app.gateway.url;
}
