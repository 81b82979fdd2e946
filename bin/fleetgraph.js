#!/usr/bin/env node
// The `fleetgraph` command (package.json `bin`): runs the CLI from its TypeScript source through
// tsx, so a checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
