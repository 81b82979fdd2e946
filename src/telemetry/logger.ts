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

export function setLogLevel(level: string): void {
  root.level = level;
  for (const child of children) child.level = level;
}

export function logger(component: string): Logger {
  const child = root.child({ component });
  children.add(child);
  return child;
}
