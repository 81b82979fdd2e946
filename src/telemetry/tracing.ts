// OpenTelemetry traces for this process: the official SDK (a tracer provider with a batching
// OTLP/HTTP exporter), the W3C trace-context propagator and an AsyncLocalStorage context manager,
// registered globally through the gateway runtime plugin's own setup, so the gateway's spans and
// FleetGraph's (subgraph requests, listings, cloud calls) share one provider. Off unless
// `tracing.endpoint` is set: then, and only then, the SDK loads.
import { SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Span } from '@opentelemetry/api';

const TRACER_NAME = 'fleetgraph';
let enabled = false;

/** True while this process records spans; every helper here is a plain call otherwise. */
export function tracingEnabled(): boolean {
  return enabled;
}

/** The config's `tracing` section. */
export interface TracingOptions {
  endpoint?: string | undefined;
  serviceName: string;
  samplingRate: number;
}

export interface RunningTracing {
  /** Sends what is still batched, then unregisters the SDK (a later start may register again). */
  stop(): Promise<void>;
}

export async function startTracing(config: TracingOptions): Promise<RunningTracing | null> {
  if (!config.endpoint || enabled) return null;
  const [{ openTelemetrySetup, disable }, { AsyncLocalStorageContextManager }, sdk, { OTLPTraceExporter }, { resourceFromAttributes }, { Logger }] = await Promise.all([
    import('@graphql-hive/plugin-opentelemetry/setup'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@graphql-hive/logger'),
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    // A trace a caller started keeps its caller's decision; new ones are sampled at the rate.
    sampler: new sdk.ParentBasedSampler({ root: new sdk.TraceIdRatioBasedSampler(config.samplingRate) }),
    spanProcessors: [new sdk.BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }), { scheduledDelayMillis: 1000 })],
  });
  openTelemetrySetup({ contextManager: new AsyncLocalStorageContextManager(), traces: { tracerProvider: provider }, configureDiagLogger: false,
    // Only its warnings: the gateway runtime logs at warn too (src/gateway/runtime.ts).
    log: new Logger({ level: 'warn' }),
  });
  enabled = true;
  return {
    stop: async () => {
      enabled = false;
      await provider.shutdown();
      disable();
    },
  };
}

/** Runs `run` in a span of its own (a child of the active one), ended when `run` settles. */
export function withSpan<T>(name: string, attributes: Attributes, run: (span: Span | null) => Promise<T>, kind: SpanKind = SpanKind.INTERNAL): Promise<T> {
  if (!enabled) return run(null);
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { kind, attributes }, (span) => endWhenSettled(span, run));
}

/** Like withSpan, for a request that came in: its span continues the caller's trace (W3C `traceparent`). */
export function withIncomingSpan<T>(headers: Readonly<Record<string, string | string[] | undefined>>, name: string, attributes: Attributes, run: () => Promise<T>): Promise<T> {
  if (!enabled) return run();
  const parent = propagation.extract(context.active(), headers);
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { kind: SpanKind.SERVER, attributes }, parent, (span) => endWhenSettled(span, run));
}

async function endWhenSettled<T>(span: Span, run: (span: Span) => Promise<T>): Promise<T> {
  try {
    return await run(span);
  } catch (error) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
    throw error;
  } finally {
    span.end();
  }
}
