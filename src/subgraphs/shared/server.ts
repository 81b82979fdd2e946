// Runs one subgraph: its SDL and resolvers as a federation subgraph on Apollo Server, over HTTP
// on a node http server of its own; subgraphs with subscriptions also serve graphql-ws on the
// same /graphql path (the gateway subscribes there), and a process may mount extra routes on it
// (push receivers, when this process is the public one).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse, type GraphQLSchema } from 'graphql';
import type { Services } from '../../loaders/index.js';
import { serveReceiver, type PushReceiver } from '../../events/push/receiver.js';
import { logger } from '../../telemetry/logger.js';
import { serveGraphqlWs, type GraphqlWsServer } from '../../graphql-ws/server.js';
import { InFlightRequests } from '../../http/in-flight.js';
import { subgraphTypeDefs, type SubgraphName } from '../catalog.js';
import type { EventLog } from '../../events/bus.js';
import { CallerTokens } from '../../auth/caller-token.js';
import type { Operations } from '../../operations/index.js';
import { callerOfRequest, createContext, type EventFeed, type SubgraphContext } from './context.js';
import { formatError, partialErrorsPlugin } from './errors.js';
import { apolloRequestListener } from './http.js';
import { subscriptionServerOptions } from './subscriptions.js';

/**
 * Messages a subgraph may have waiting for a gateway before it drops that gateway's connection.
 * A gateway multiplexes all its clients' subscriptions on one connection, so this is per gateway.
 */
const GATEWAY_QUEUE_BOUND = 100_000;

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  /** Closes subscribers with 1001, stops listening and lets requests in flight finish (at most `drainSeconds`). */
  drain(drainSeconds: number): Promise<boolean>;
  stop(): Promise<void>;
}

export interface SubgraphOptions {
  /** The event feed subscriptions read (the compute subgraph); no graphql-ws without it. */
  events?: EventFeed;
  /** Handlers for paths besides /graphql (push receivers, when this is the process's public server). */
  routes?: readonly PushReceiver[];
  /** The retained VM event log, where this process has it (cost estimates look back through it). */
  eventLog?: EventLog;
  /** Reads the caller the gateway signs into each request; everyone is anonymous (auth.mode none) when absent. */
  callers?: CallerTokens;
  /** The write side (writes.enabled): the subgraph then serves its writes.graphql too. */
  operations?: Operations | null;
}

export async function startSubgraph(
  name: SubgraphName,
  resolvers: object,
  services: Services,
  listen: { host: string; port: number },
  options: SubgraphOptions = {},
): Promise<RunningSubgraph> {
  const schema = buildSubgraphSchema({ typeDefs: parse(subgraphTypeDefs(name, Boolean(options.operations))), resolvers: resolvers as GraphQLResolverMap<unknown> });
  const apollo = createApollo(schema);
  await apollo.start();
  const tokens = options.callers ?? new CallerTokens(false, null);
  const graphql = apolloRequestListener(apollo, async ({ body }) =>
    createContext(services, callerOfRequest(tokens, (body as { extensions?: unknown } | undefined)?.extensions), { events: options.events, eventLog: options.eventLog, operations: options.operations }),
    name,
  );
  const routes = new Map((options.routes ?? []).map((route) => [route.path, route]));
  const requests = new InFlightRequests();
  const server = createServer((req, res) => {
    requests.track(res);
    const route = routes.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (route) void serveReceiver(route, req, res, logger('subgraph'));
    else graphql(req, res);
  });
  const ws: GraphqlWsServer | null = options.events
    ? serveGraphqlWs({
        server,
        path: '/graphql',
        options: subscriptionServerOptions(schema, services, { events: options.events, operations: options.operations }, tokens),
        // Its client is the gateway, which reads at once but may lag a large burst while it
        // works: only a gateway that stopped reading for real should be cut off.
        maxQueuedMessages: Math.max(options.events.maxQueuedPerSubscriber, GATEWAY_QUEUE_BOUND),
        log: logger('subgraph'),
      })
    : null;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    name,
    url: `http://${host}:${port}/graphql`,
    drain: async (drainSeconds) => {
      await ws?.dispose();
      return requests.drain(server, drainSeconds * 1000);
    },
    stop: async () => {
      await ws?.dispose();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

function createApollo(schema: GraphQLSchema): ApolloServer<SubgraphContext> {
  return new ApolloServer<SubgraphContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The CLI owns signal handling and stops every piece in order.
    stopOnTerminationSignals: false,
    // Federated tracing (ftv1) is for Apollo's hosted studio, which FleetGraph does not report to;
    // HTTP cache hints are not used (caching is ours, per resource). Both cost per field.
    plugins: [partialErrorsPlugin(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
}
