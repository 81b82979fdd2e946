// The `tracing` section: OpenTelemetry traces exported over OTLP/HTTP, off unless an endpoint is
// given. The collector's headers (an API key) come from the standard OTEL_EXPORTER_OTLP_HEADERS
// variable, read by the exporter itself, so no secret passes through this file or the logs.
import { z } from 'zod';

export const tracingSchema = z
  .object({
    /** Where spans go: an OTLP/HTTP traces URL (…/v1/traces). Tracing is off without one. */
    endpoint: z.url({ protocol: /^https?$/ }).optional(),
    /** The `service.name` every span of this process carries. */
    serviceName: z.string().min(1).default('fleetgraph'),
    /** Share of new traces recorded (0–1); a trace a caller started keeps its caller's decision. */
    samplingRate: z.number().min(0).max(1).default(1),
  })
  .strict();

export type TracingConfig = z.infer<typeof tracingSchema>;

/** The endpoint the standard OTEL_EXPORTER_OTLP_* variables name, if any (the traces one first). */
export function otlpTracesEndpointFromEnv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}
