#!/usr/bin/env node
// The `fleetgraph` command (package.json `bin`): runs the CLI's JavaScript build (dist/bundle/), first
// rebuilding it when a source changed since, so a checkout runs what it holds.
import { ensureBuilt } from '../scripts/build.mjs';

await ensureBuilt();
await import('../dist/bundle/cli.js');
