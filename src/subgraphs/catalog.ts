// The subgraphs FleetGraph is made of, with the ports they listen on when run alone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SUBGRAPH_NAMES = ['compute', 'storage', 'network', 'metrics', 'costs'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  compute: 4001,
  storage: 4002,
  network: 4003,
  metrics: 4004,
  costs: 4005,
};

const sharedTypeDefsPath = fileURLToPath(new URL('../../schema/shared.graphql', import.meta.url));

/** The subgraphs with mutations (their writes.graphql), served only with `writes.enabled`. */
export const WRITING_SUBGRAPHS: readonly SubgraphName[] = ['compute', 'storage'];

/** A subgraph's SDL: the shared types plus its own schema.graphql, and its writes.graphql when writes are on. */
export function subgraphTypeDefs(name: SubgraphName, writes = false): string {
  const own = readFileSync(fileURLToPath(new URL(`./${name}/schema.graphql`, import.meta.url)), 'utf8');
  const mutations = writes && WRITING_SUBGRAPHS.includes(name) ? readFileSync(fileURLToPath(new URL(`./${name}/writes.graphql`, import.meta.url)), 'utf8') : '';
  return `${own}\n${mutations}\n${readFileSync(sharedTypeDefsPath, 'utf8')}`;
}

export function defaultSubgraphUrl(name: SubgraphName, host = '127.0.0.1'): string {
  return `http://${host}:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`;
}
