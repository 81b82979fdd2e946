// Every mutation once on GCP through the gateway (see lifecycle.ts).
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { runLifecycle } from './lifecycle.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['gcp'], vmsPerScope: 2, actionStepMs: 20, writes: { enabled: true, pollSeconds: 0.05 } });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('GCP lifecycle through the gateway', () => {
  it('creates, stops, resizes, starts, reboots, snapshots, detaches, attaches and deletes', async () => {
    const subnets = await execute(gatewayUrl(app), parse('{ subnets(filter: { providers: [GCP], accounts: ["fleet-demo-prod"], regions: ["us-central1"] }, first: 1) { nodes { id } } }'));
    const subnetId = (subnets.data as { subnets: { nodes: { id: string }[] } }).subnets.nodes[0]!.id;
    await runLifecycle(gatewayUrl(app), {
      provider: 'GCP',
      account: 'fleet-demo-prod',
      region: 'us-central1',
      zone: 'us-central1-a',
      image: 'projects/debian-cloud/global/images/family/debian-12',
      types: ['e2-medium', 'e2-standard-4', 'n2-standard-2'],
      subnetId,
      securityGroupIds: [],
      device: null,
    });
  }, 90_000);
});
