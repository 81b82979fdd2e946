// Which browser pages may use the API. Pages of other origins get no CORS headers unless the
// operator lists them (`server.cors.origins`), and never credentials unless asked; requests a
// browser sends without a preflight (GET, form posts) must carry a header only a script can set
// (CSRF prevention); WebSocket upgrades, which browsers do not preflight, are refused from
// origins that are neither the gateway's own nor listed.
import type { IncomingMessage } from 'node:http';

export interface CorsConfig {
  origins: readonly string[];
  credentials: boolean;
}

/** Headers that mark a request as sent by a script (any one of them satisfies CSRF prevention). */
export const CSRF_HEADERS = ['x-graphql-csrf', 'x-graphql-yoga-csrf', 'apollo-require-preflight'];

const ALLOWED_HEADERS = ['content-type', 'accept', 'authorization', ...CSRF_HEADERS];

/** The runtime's `cors` option: CORS headers only for a listed origin. */
export function corsPolicy(cors: CorsConfig) {
  if (cors.origins.length === 0) return false as const;
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !cors.origins.includes(origin)) return false as const;
    return { origin: [origin], credentials: cors.credentials, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ALLOWED_HEADERS, maxAge: 600 };
  };
}

/** A WebSocket upgrade from a browser page is accepted from the gateway's own origin or a listed one; non-browser clients send no Origin. */
export function originAllowed(request: IncomingMessage, cors: CorsConfig): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (cors.origins.includes(origin)) return true;
  const host = request.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}
