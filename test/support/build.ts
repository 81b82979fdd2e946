// Vitest global setup: the tests that run `fleetgraph` as a process run its JavaScript build, as
// users do; build it once here when the sources changed, before any test spawns it.
import { ensureBuilt } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await ensureBuilt();
}
