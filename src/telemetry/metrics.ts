// Prometheus counters operators watch: cloud API calls cost money and quota.
// One registry per process; every subgraph and adapter in the process counts into it.
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'fleetgraph_' });

export const upstreamRequests = new Counter({
  name: 'fleetgraph_upstream_requests_total',
  help: 'HTTP requests sent to cloud APIs (each retry counts), by provider, service, operation and outcome',
  labelNames: ['provider', 'service', 'operation', 'outcome'] as const,
  registers: [registry],
});

export const cacheRequests = new Counter({
  name: 'fleetgraph_cache_requests_total',
  help: 'Cache lookups by resource kind and result (hit, miss, error; stale: a miss whose failed refresh was answered with data past its TTL)',
  labelNames: ['kind', 'result'] as const,
  registers: [registry],
});

export type UpstreamOutcome = 'ok' | 'error';

export function countUpstreamRequest(provider: string, service: string, operation: string, outcome: UpstreamOutcome): void {
  upstreamRequests.inc({ provider, service, operation, outcome });
}

export const vmEventsPublished = new Counter({
  name: 'fleetgraph_vm_events_total',
  help: 'VM state-change events published, by source (POLL, PUSH, ACTION)',
  labelNames: ['source'] as const,
  registers: [registry],
});

export const vmPolls = new Counter({
  name: 'fleetgraph_vm_polls_total',
  help: 'Poll-and-diff listings of one scope by this process, by outcome (ok, error)',
  labelNames: ['provider', 'outcome'] as const,
  registers: [registry],
});

export const pollLeases = new Gauge({
  name: 'fleetgraph_poll_lease_held',
  help: 'Whether this process holds the poll lease of a scope (1) or not (0): exactly one replica should per scope',
  labelNames: ['scope'] as const,
  registers: [registry],
});

export const slowSubscribersClosed = new Counter({
  name: 'fleetgraph_slow_subscribers_closed_total',
  help: 'WebSocket subscribers closed (4513) for falling too far behind: each should resume with since',
  registers: [registry],
});

export const sharedSubscriptionStreams = new Gauge({
  name: 'fleetgraph_subscription_executions',
  help: 'Distinct live subscription executions at the gateway (identical subscriptions share one)',
  registers: [registry],
});
