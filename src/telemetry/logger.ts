// One pino logger. Secrets are redacted by path so a config or error object logged whole
// never prints a key.
import { pino, type Logger } from 'pino';

const REDACT = [
  '*.secretAccessKey',
  '*.sessionToken',
  '*.accessKeyId',
  '*.password',
  '*.clientSecret',
  '*.authorization',
  '*.headers.authorization',
  '*.credentials',
];

const root: Logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: { paths: REDACT, censor: '[redacted]' } });
// Children keep the level they were created with, so a level set later is applied to each.
const children = new Set<Logger>();

/** Levels the gateway runtime's own logger (@graphql-hive/logger) accepts in LOG_LEVEL. */
const RUNTIME_LOG_LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error']);

/**
 * Sets every FleetGraph logger to `level`. The gateway runtime builds its own logger, which reads
 * LOG_LEVEL from the environment and refuses pino's `silent` and `fatal`: once the configuration
 * has read LOG_LEVEL, a value the runtime would refuse is taken out of the environment (the
 * runtime's level is set explicitly in src/gateway/runtime.ts).
 */
export function setLogLevel(level: string): void {
  root.level = level;
  for (const child of children) child.level = level;
  const fromEnv = process.env.LOG_LEVEL;
  if (fromEnv !== undefined && !RUNTIME_LOG_LEVELS.has(fromEnv)) delete process.env.LOG_LEVEL;
}

export function logger(component: string): Logger {
  const child = root.child({ component });
  children.add(child);
  return child;
}

/** Writes out whatever the loggers still buffer (before the process exits). */
export function flushLogs(): Promise<void> {
  return new Promise((resolve) => root.flush(() => resolve()));
}
