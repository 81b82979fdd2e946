// Composes the subgraphs' SDL into the supergraph the gateway serves. `npm run compose` writes
// schema/supergraph.graphql; CI fails when the committed file differs from a fresh composition.
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, defaultSubgraphUrl, subgraphTypeDefs } from '../subgraphs/catalog.js';

export const SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, url: defaultSubgraphUrl(name), typeDefs: parse(subgraphTypeDefs(name)) })),
  );
  if (result.errors?.length) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error("Supergraph composition produced no SDL");
  return `${result.supergraphSdl.trim()}\n`;
}

export async function writeSupergraph(): Promise<void> {
  await writeFile(SUPERGRAPH_PATH, composeSupergraph());
}

/** True when the committed supergraph matches a fresh composition. */
export async function supergraphIsFresh(): Promise<boolean> {
  const committed = await readFile(SUPERGRAPH_PATH, 'utf8').catch(() => '');
  return committed === composeSupergraph();
}

export async function readSupergraph(): Promise<string> {
  return readFile(SUPERGRAPH_PATH, 'utf8');
}
