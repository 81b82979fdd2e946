// OpenTelemetry traces for this process: the official SDK (a tracer provider with a batching
// OTLP/HTTP exporter), the W3C trace-context propagator and an AsyncLocalStorage context manager,
// registered globally through the gateway runtime plugin's own setup, so the gateway's spans and
// FleetGraph's (subgraph requests, listings, cloud calls) share one provider. Off unless
// `tracing.endpoint` is set: then, and only then, the SDK loads.
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Span } from '@opentelemetry/api';

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
  /** This user's share ends; the last one sends what is still batched and unregisters the SDK (a later start registers again). */
  stop(): Promise<void>;
}

/**
 * Registers the SDK for this process, or joins the registration already there (apps in one
 * process share it: the OpenTelemetry API is global); the last one to stop unregisters it.
 */
export async function startTracing(config: TracingOptions): Promise<RunningTracing | null> {
  if (!config.endpoint) return null;
  shared ??= { users: 0, started: register(config) };
  shared.users++;
  const registration = shared;
  try {
    await registration.started;
  } catch (error) {
    if (--registration.users === 0 && shared === registration) shared = undefined;
    throw error;
  }
  let stopped = false;
  return {
    stop: async () => {
      if (stopped) return;
      stopped = true;
      if (--registration.users > 0) return;
      if (shared === registration) shared = undefined;
      await (await registration.started)();
    },
  };
}

let shared: { users: number; started: Promise<() => Promise<void>> } | undefined;

/** The SDK registered globally; resolves to what unregisters it (after sending what is batched). */
async function register(config: TracingOptions): Promise<() => Promise<void>> {
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
    spanProcessors: [new sdk.BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint, timeoutMillis: EXPORT_TIMEOUT_MS }), { scheduledDelayMillis: 1000, exportTimeoutMillis: EXPORT_TIMEOUT_MS })],
  });
  openTelemetrySetup({
    contextManager: new AsyncLocalStorageContextManager(),
    traces: { tracerProvider: provider },
    configureDiagLogger: false,
    // Only its warnings: the gateway runtime logs at warn too (src/gateway/runtime.ts).
    log: new Logger({ level: 'warn' }),
  });
  enabled = true;
  return async () => {
    enabled = false;
    try {
      // A collector that is down costs at most the export timeout, and never keeps the SDK registered.
      await provider.shutdown();
    } catch {
      // What could not be sent is lost either way.
    } finally {
      disable();
    }
  };
}

/** Longest one export to the collector may take (a shutdown waits for at most one). */
const EXPORT_TIMEOUT_MS = 5000;

/** Runs `run` outside any trace (work that belongs to no one request). */
export function outsideTraces<T>(run: () => T): T {
  return enabled ? context.with(ROOT_CONTEXT, run) : run();
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
