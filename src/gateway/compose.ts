// Composes the subgraphs' SDL into the supergraphs the gateway serves: schema/supergraph.graphql
// (read-only, the default) and schema/supergraph-writes.graphql (with the mutations, for
// `writes.enabled`). `npm run compose` writes both; CI fails when either differs from a fresh
// composition. The gateway reads them beside its own code (dist/schema/ in a build, a copy made by
// the build); compose writes and checks the checkout's schema/, whichever code runs it.
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES, defaultSubgraphUrl, subgraphTypeDefs } from '../subgraphs/catalog.js';

const FILES = { readOnly: 'supergraph.graphql', writes: 'supergraph-writes.graphql' };
const fileOf = (writes: boolean) => (writes ? FILES.writes : FILES.readOnly);

/** Where the running code reads a supergraph: schema/ beside it (two levels above this module). */
const servedPath = (writes: boolean) => fileURLToPath(new URL(`../../schema/${fileOf(writes)}`, import.meta.url));

/** The checkout's own schema/ (beside package.json), which compose writes and CI checks. */
function sourcePath(writes: boolean): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'schema', fileOf(writes));
}

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

/** The checkout's supergraph files compose writes: the read-only one, then the one with writes. */
export const supergraphSourcePaths = (): [string, string] => [sourcePath(false), sourcePath(true)];

export async function writeSupergraph(): Promise<void> {
  for (const writes of [false, true]) await writeFile(sourcePath(writes), composeSupergraph(writes));
}

/** True when both committed supergraphs match a fresh composition. */
export async function supergraphIsFresh(): Promise<boolean> {
  for (const writes of [false, true]) {
    const committed = await readFile(sourcePath(writes), 'utf8').catch(() => '');
    if (committed !== composeSupergraph(writes)) return false;
  }
  return true;
}

export async function readSupergraph(writes = false): Promise<string> {
  return readFile(servedPath(writes), 'utf8');
}
