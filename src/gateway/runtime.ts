// The Hive Gateway runtime over the committed supergraph. The Rust query planner
// (@graphql-hive/router-runtime) is the default; `planner: js` selects the JavaScript one.
import { createGatewayRuntime, type GatewayConfigContext, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as rustPlanner } from '@graphql-hive/router-runtime';
import type { SubgraphName } from '../subgraphs/catalog.js';
import { offlineGraphiQL } from './graphiql.js';
import { upstreamSubscriptionTransport } from './upstream-subscriptions.js';
import { maskError } from './mask-error.js';
import { CSRF_HEADERS, corsPolicy, type CorsConfig } from './origins.js';
import { serverSchema, type OperationLimitsConfig } from '../config/server-schema.js';
import { useOperationCost } from './operation-cost.js';
import { useOperationLimits } from './operation-limits.js';
import { useRequestTimeout } from './request-deadline.js';
import { useResponseSizeLimit } from './response-size.js';
import { persistedDocumentsOption, type TrustedDocuments } from './trusted-documents.js';
import { useErrorCodes } from './use-error-codes.js';
import type { CallerTokens } from '../auth/caller-token.js';
import { RequestCallers, useCallerPropagation } from './auth/caller-propagation.js';
import { useWebSocketSubscriptions } from './use-websocket-subscriptions.js';
import { runtimeLogger } from './runtime-log.js';
import type { Logger as PinoLogger } from 'pino';

export interface RuntimeOptions {
  supergraphSdl: string;
  planner: 'rust' | 'js';
  /** The app's log level; the runtime logs at warn or above whatever it is, unless silent. */
  logLevel?: string;
  /** Where each subgraph listens, overriding the URL composed into the supergraph. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** Browser origins allowed to read the API (none when absent). */
  cors?: CorsConfig;
  /** What one operation may ask for (the config's defaults when absent). */
  limits?: OperationLimitsConfig;
  /** With a manifest, only its operations run. */
  trustedDocuments?: TrustedDocuments;
  /** Signs the caller into each subgraph request (auth.mode required); nothing is signed when absent. */
  callerTokens?: CallerTokens;
  /** Where the runtime's own log lines go (FleetGraph's logger when absent). */
  runtimeLog?: PinoLogger;
  /** Whether this process records spans (tracing.endpoint): the gateway then traces every request. */
  tracing?: boolean;
}

/** The plugins that are loaded only when configured (see useTracing). */
export interface OptionalPlugins {
  tracing?: (context: GatewayConfigContext) => GatewayPlugin;
}

export function createRuntime(options: RuntimeOptions, callers = new RequestCallers(), optional: OptionalPlugins = {}): GatewayRuntime {
  const limits = options.limits ?? serverSchema.parse({}).limits;
  const transportEntries: Record<string, object> = Object.fromEntries(
    Object.entries(options.subgraphUrls ?? {}).map(([name, location]) => [name, { location }]),
  );
  // Subscriptions go to the compute subgraph over graphql-ws on its /graphql (docs/DESIGN.md §5),
  // through our own ws transport (see upstream-subscriptions.ts: no silent reconnect).
  transportEntries.compute = { ...transportEntries.compute, options: { subscriptions: { kind: 'ws', location: '/graphql' } } };
  return createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transportEntries,
    transports: { http: import('@graphql-mesh/transport-http'), ws: upstreamSubscriptionTransport },
    ...(options.planner === 'rust' ? { unifiedGraphHandler: rustPlanner } : {}),
    graphqlEndpoint: '/graphql',
    renderGraphiQL: offlineGraphiQL,
    landingPage: false,
    plugins: (context) => [
      // First, so its spans enclose what every other plugin does.
      ...(optional.tracing ? [optional.tracing(context)] : []),
      ...useOperationLimits(limits),
      ...(limits.maxCost > 0 ? [useOperationCost(limits.maxCost)] : []),
      useResponseSizeLimit(limits.maxResponseBytes),
      useRequestTimeout(limits.requestTimeoutSeconds),
      useErrorCodes(),
      useWebSocketSubscriptions(),
      ...(options.callerTokens?.required ? [useCallerPropagation(options.callerTokens, callers)] : []),
    ],
    ...(options.trustedDocuments ? { persistedDocuments: persistedDocumentsOption(options.trustedDocuments) } : {}),
    // GraphiQL subscribes over graphql-ws, the one transport with a bound per subscriber.
    graphiql: { subscriptionsProtocol: 'WS' },
    maskedErrors: { maskError },
    cors: corsPolicy(options.cors ?? { origins: [], credentials: false }),
    csrfPrevention: { requestHeaders: CSRF_HEADERS },
    // gzip/deflate/brotli answers to clients that accept them (the GraphiQL page is 9 MB raw);
    // requests to the subgraphs stay uncompressed (none listed): they travel on loopback.
    contentEncoding: { subgraphs: [] },
    logging: options.logLevel === 'silent' ? false : runtimeLogger(options.runtimeLog),
  });
}
