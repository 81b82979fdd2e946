// The gateway runtime's own log lines (its warnings, and every unexpected error it masks for the
// client) go out through FleetGraph's pino logger: one format, one level, one redaction.
// What the runtime attaches to a failed subgraph call is cut down first: the request body holds
// the caller's signed token (src/auth/caller-token.ts) and the whole subgraph query, the response
// body whatever the subgraph answered; the subgraph's name, the status and the code stay.
import { Logger } from '@graphql-hive/logger';
import type { Logger as Pino } from 'pino';
import { logger } from '../telemetry/logger.js';

const UPSTREAM_DETAILS = ['request.body', 'request.headers', 'response.body', 'response.headers'];
const KEPT_OUT = UPSTREAM_DETAILS.flatMap((path) => [`extensions.${path}`, `*.extensions.${path}`]);

export function runtimeLogger(log: Pino = logger('gateway-runtime')): Logger {
  return new Logger({
    level: 'warn',
    redact: { paths: KEPT_OUT, remove: true },
    writers: [
      {
        write(level, attrs, msg) {
          const fields = Array.isArray(attrs) ? { errors: attrs } : (attrs ?? {});
          log[level](fields, msg ?? undefined);
        },
      },
    ],
  });
}

