// Composes the subgraphs' SDL into the supergraphs the gateway serves: schema/supergraph.graphql
// (read-only, the default) and schema/supergraph-writes.graphql (with the mutations, for
// `writes.enabled`). `npm run compose` writes both; CI fails when either differs from a fresh
// composition.
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, defaultSubgraphUrl, subgraphTypeDefs } from '../subgraphs/catalog.js';

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));
export const WRITES_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph-writes.graphql', import.meta.url));

const pathOf = (writes: boolean) => (writes ? WRITES_SUPERGRAPH_PATH : SUPERGRAPH_PATH);

export function composeSupergraph(writes = false): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphTypeDefs(name, writes)) })),
  );
  if (result.errors?.length) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error("Supergraph composition produced no SDL");
  return `${result.supergraphSdl.trim()}\n`;
}

export async function writeSupergraph(): Promise<void> {
  for (const writes of [false, true]) await writeFile(pathOf(writes), composeSupergraph(writes));
}

/** True when both committed supergraphs match a fresh composition. */
export async function supergraphIsFresh(): Promise<boolean> {
  for (const writes of [false, true]) {
    const committed = await readFile(pathOf(writes), 'utf8').catch(() => '');
    if (committed !== composeSupergraph(writes)) return false;
  }
  return true;
}

export async function readSupergraph(writes = false): Promise<string> {
  return readFile(pathOf(writes), 'utf8');
}
