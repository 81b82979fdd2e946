// Every mutation once on AWS through the gateway (see lifecycle.ts).
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { RunningApp } from '../../../src/app.js';
import { gatewayUrl, startTestApp } from '../../support/app.js';
import { execute } from '../../support/graphql.js';
import { runLifecycle } from './lifecycle.js';

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ clouds: ['aws'], vmsPerScope: 2, actionStepMs: 20, writes: { enabled: true, pollSeconds: 0.05 } });
}, 60_000);

afterAll(async () => {
  await app?.stop();
});

describe('AWS lifecycle through the gateway', () => {
  it('creates, stops, resizes, starts, reboots, snapshots, detaches, attaches and deletes', async () => {
    const where = '{ providers: [AWS], accounts: ["111111111111"], regions: ["us-east-1"] }';
    const found = await execute(
      gatewayUrl(app),
      parse(`{ subnets(filter: ${where}, first: 1) { nodes { id zone } } vms(filter: ${where}, first: 50) { nodes { imageId instanceType } } }`),
    );
    const data = found.data as { subnets: { nodes: { id: string; zone: string }[] }; vms: { nodes: { imageId: string; instanceType: string }[] } };
    const subnet = data.subnets.nodes[0]!;
    const image = data.vms.nodes.find((vm) => vm.instanceType.startsWith('t3') || vm.instanceType.startsWith('m5') || vm.instanceType.startsWith('m6i'))!.imageId;
    await runLifecycle(gatewayUrl(app), {
      provider: 'AWS',
      account: '111111111111',
      region: 'us-east-1',
      zone: subnet.zone,
      image,
      types: ['t3.medium', 't3.large', 'm6i.large'],
      subnetId: subnet.id,
      securityGroupIds: [],
      device: '/dev/sdg',
    });
  }, 90_000);
});
