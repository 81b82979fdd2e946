// Reads the configuration: a YAML/JSON file (FLEETGRAPH_CONFIG, else ./fleetgraph.yaml when it
// exists), then env vars over it, validated by the one schema. Errors name the field.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { configSchema, type Config } from './schema.js';
import { otlpTracesEndpointFromEnv } from './tracing-schema.js';

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration (${source}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** Where it came from, for the start-up log. */
  source: string;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): LoadedConfig {
  const path = env.FLEETGRAPH_CONFIG ? resolve(cwd, env.FLEETGRAPH_CONFIG) : resolve(cwd, 'fleetgraph.yaml');
  const fromFile = env.FLEETGRAPH_CONFIG || existsSync(path) ? readConfigFile(path) : {};
  const source = env.FLEETGRAPH_CONFIG || existsSync(path) ? path : 'defaults and environment';
  return { config: parseConfig(applyEnv(fromFile, env), source), source };
}

export function parseConfig(raw: unknown, source = 'inline'): Config {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(source, result.error.issues.map(describeIssue));
  return result.data;
}

function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [`cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`]);
  }
  try {
    return parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(path, [`not valid YAML/JSON: ${(error as Error).message}`]);
  }
}

/** Env vars win over the file. Only the settings operators change per deployment. */
function applyEnv(raw: unknown, env: Env): Record<string, unknown> {
  const config = structuredClone((raw && typeof raw === 'object' ? raw : {}) as Record<string, any>);
  const set = (path: string[], value: unknown) => {
    let node = config;
    for (const key of path.slice(0, -1)) node = node[key] ??= {};
    node[path.at(-1)!] = value;
  };
  if (env.PORT !== undefined) set(['server', 'port'], Number(env.PORT));
  if (env.HOST !== undefined) set(['server', 'host'], env.HOST);
  if (env.REDIS_URL) set(['cache', 'redisUrl'], env.REDIS_URL);
  if (env.FLEETGRAPH_KEY_PREFIX) set(['cache', 'keyPrefix'], env.FLEETGRAPH_KEY_PREFIX);
  if (env.FLEETGRAPH_PLANNER) set(['planner'], env.FLEETGRAPH_PLANNER);
  if (env.LOG_LEVEL) set(['logLevel'], env.LOG_LEVEL);
  const otlpEndpoint = otlpTracesEndpointFromEnv(env);
  if (otlpEndpoint) set(['tracing', 'endpoint'], otlpEndpoint);
  if (env.OTEL_SERVICE_NAME) set(['tracing', 'serviceName'], env.OTEL_SERVICE_NAME);
  if (env.FLEETGRAPH_INTERNAL_SECRET) set(['auth', 'internalSecret'], env.FLEETGRAPH_INTERNAL_SECRET);
  return config;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  return `${path}: ${issue.message}`;
}
