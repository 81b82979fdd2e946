// Every mutation once on Azure through the gateway (see lifecycle.ts).
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { runLifecycle } from './lifecycle.js';

const SUBSCRIPTION = '11111111-1111-4111-8111-111111111111';
let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['azure'], vmsPerScope: 2, actionStepMs: 20, writes: { enabled: true, pollSeconds: 0.05 } });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('Azure lifecycle through the gateway', () => {
  it('creates, stops, resizes, starts, reboots, snapshots, detaches, attaches and deletes', async () => {
    const subnets = await execute(gatewayUrl(app), parse(`{ subnets(filter: { providers: [AZURE], accounts: ["${SUBSCRIPTION}"], regions: ["westeurope"] }, first: 1) { nodes { id } } }`));
    const subnetId = (subnets.data as { subnets: { nodes: { id: string }[] } }).subnets.nodes[0]!.id;
    await runLifecycle(gatewayUrl(app), {
      provider: 'AZURE',
      account: SUBSCRIPTION,
      region: 'westeurope',
      zone: null,
      image: 'Canonical:ubuntu-24_04-lts:server:latest',
      // B2ms while deallocated; then D2s_v5, off the B-series cluster: deallocate, resize, start.
      types: ['Standard_B2s', 'Standard_B2ms', 'Standard_D2s_v5'],
      subnetId,
      securityGroupIds: [],
      device: '3',
    });
  }, 90_000);
});
