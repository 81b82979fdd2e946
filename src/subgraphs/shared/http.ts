// Apollo Server over a plain node http server (no Express): the subgraph needs its own server
// so graphql-ws can share the port. Subgraphs sit behind the gateway, so there is no CORS here.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextThunk } from '@apollo/server';
import { withIncomingSpan } from '../../telemetry/tracing.js';

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The context of one request, from what it sent (the parsed JSON body: `extensions` carry the caller). */
export type RequestContext<C> = (request: { body: unknown }) => Promise<C>;

/** `name`: the subgraph's, on the span of each request when tracing is on. */
export function apolloRequestListener<C extends BaseContext>(server: ApolloServer<C>, context: RequestContext<C>, name: string): RequestListener {
  return (req, res) => {
    void handle(server, context, name, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  };
}

async function handle<C extends BaseContext>(server: ApolloServer<C>, context: RequestContext<C>, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJsonBody(req);
  if (body === TOO_LARGE) {
    res.writeHead(413, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'request body too large' }] }));
    return;
  }
  const operationName = (body as { operationName?: unknown } | undefined)?.operationName;
  const attributes = { 'fleetgraph.subgraph': name, ...(typeof operationName === 'string' ? { 'graphql.operation.name': operationName } : {}) };
  // The gateway's `traceparent` makes this span (and the cloud calls under it) part of its trace.
  await withIncomingSpan(req.headers, `subgraph ${name}`, attributes, () => execute(server, context, req, res, body));
}

async function execute<C extends BaseContext>(server: ApolloServer<C>, context: RequestContext<C>, req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: (() => context({ body })) satisfies ContextThunk<C>,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

const TOO_LARGE = Symbol('too large');

/** The parsed JSON body of a JSON request; the raw text otherwise (Apollo answers the error). */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return TOO_LARGE;
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!(req.headers['content-type'] ?? '').includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
