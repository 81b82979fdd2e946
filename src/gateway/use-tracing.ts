// The gateway's spans come from the runtime's own OpenTelemetry plugin: the HTTP request, GraphQL
// parse, validate and execute, each subgraph call and its fetch — into which it injects the W3C
// `traceparent`, so every subgraph's spans join the same trace. It uses the tracer provider the
// process registered (src/telemetry/tracing.ts). Imported only when tracing is on.
import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';

export function useTracing(context: GatewayConfigContext): GatewayPlugin {
  return useOpenTelemetry({ ...context, traces: true }) as GatewayPlugin;
}
