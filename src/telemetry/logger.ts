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

let root: Logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: { paths: REDACT, censor: '[redacted]' } });

export function setLogLevel(level: string): void {
  root.level = level;
}

export function logger(component: string): Logger {
  return root.child({ component });
}

/** For tests that want to read what was logged. */
export function replaceRootLogger(next: Logger): void {
  root = next;
}
