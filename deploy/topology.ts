// The deployed topology, once: the gateway and each subgraph as its own process, their ports and
// how they find each other. The Kubernetes manifests and the compose file are both written from
// it (generate.ts), so they cannot drift apart or from the CLI's defaults.
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '../src/subgraphs/catalog.js';

export const IMAGE = 'fleetgraph:0.1.0';
export const GATEWAY_PORT = 4000;
export const REDIS_SERVICE = 'fleetgraph-redis';
export const CONFIG_PATH = '/etc/fleetgraph/fleetgraph.yaml';

export interface Component {
  /** Service and Deployment name. */
  name: string;
  /** The CLI arguments after `fleetgraph`. */
  args: string[];
  port: number;
  /** /metrics and /healthz; the gateway serves them on its own port. */
  metricsPort: number;
  /** The gateway's /readyz probes its subgraphs; a subgraph is ready once it listens. */
  readiness: 'readyz' | 'listening';
  env: Record<string, string>;
}

export function serviceName(subgraph: SubgraphName): string {
  return `fleetgraph-${subgraph}`;
}

export function components(): Component[] {
  const subgraphs = SUBGRAPH_NAMES.map(
    (name): Component => ({
      name: serviceName(name),
      args: ['subgraph', name],
      port: DEFAULT_SUBGRAPH_PORTS[name],
      metricsPort: DEFAULT_SUBGRAPH_PORTS[name] + 1000,
      readiness: 'listening',
      env: { PORT: String(DEFAULT_SUBGRAPH_PORTS[name]), METRICS_PORT: String(DEFAULT_SUBGRAPH_PORTS[name] + 1000) },
    }),
  );
  const gateway: Component = {
    name: 'fleetgraph-gateway',
    args: ['gateway'],
    port: GATEWAY_PORT,
    metricsPort: GATEWAY_PORT,
    readiness: 'readyz',
    env: {
      PORT: String(GATEWAY_PORT),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`FLEETGRAPH_${name.toUpperCase()}_URL`, `http://${serviceName(name)}:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`])),
    },
  };
  return [gateway, ...subgraphs];
}

/** The configuration every process reads: one Redis, every interface, callers authenticated (keys minted into Redis). */
export const CONFIG_YAML = `server:
  host: 0.0.0.0
cache:
  redisUrl: redis://${REDIS_SERVICE}:6379/0
auth:
  mode: required          # keys: kubectl exec deploy/fleetgraph-gateway -- node bin/fleetgraph.js apikey create <id> --role viewer --redis
writes:
  enabled: false          # true to allow mutations (operators and admins only)
# providers: { aws: …, azure: …, gcp: … }   see the README, "Pointing it at real AWS/Azure/GCP"
`;
