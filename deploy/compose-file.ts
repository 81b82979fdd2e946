// The compose file of the topology: the same processes on one machine, one Redis, the config
// inlined, the gateway published on 4000.
import { CONFIG_PATH, CONFIG_YAML, GATEWAY_PORT, IMAGE, REDIS_SERVICE, components } from './topology.js';

export function composeFile(): Record<string, unknown> {
  const services: Record<string, unknown> = {
    [REDIS_SERVICE]: {
      image: 'redis:7.2-alpine',
      command: ['redis-server', '--save', '', '--appendonly', 'no'],
      healthcheck: { test: ['CMD', 'redis-cli', 'ping'], interval: '5s', retries: 10 },
    },
  };
  for (const component of components()) {
    services[component.name] = {
      image: IMAGE,
      build: { context: '..', dockerfile: 'deploy/Dockerfile' },
      command: component.args,
      environment: {
        FLEETGRAPH_CONFIG: CONFIG_PATH,
        // One secret for every process (auth.internalSecret): `export FLEETGRAPH_INTERNAL_SECRET=$(openssl rand -base64 48)`.
        FLEETGRAPH_INTERNAL_SECRET: '${FLEETGRAPH_INTERNAL_SECRET:?set FLEETGRAPH_INTERNAL_SECRET (openssl rand -base64 48)}',
        ...component.env,
      },
      configs: [{ source: 'fleetgraph', target: CONFIG_PATH }],
      depends_on: { [REDIS_SERVICE]: { condition: 'service_healthy' } },
      read_only: true,
      tmpfs: ['/tmp'],
      restart: 'unless-stopped',
      ...(component.args[0] === 'gateway' ? { ports: [`${GATEWAY_PORT}:${GATEWAY_PORT}`] } : {}),
    };
  }
  return { name: 'fleetgraph', services, configs: { fleetgraph: { content: CONFIG_YAML } } };
}
