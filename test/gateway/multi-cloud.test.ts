// One query over the sandbox returns VMs of all three clouds with their volumes, security groups
// and metrics, and every id it returns resolves again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { ContractVmDetailsDocument, ProvidersDocument, VmByIdDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

describe.each([
  { cache: 'memory', redisUrl: undefined },
  { cache: 'redis', redisUrl: 'redis://127.0.0.1:6379/0' },
])('one query over three clouds ($cache cache)', ({ redisUrl }) => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 8, clouds: ['aws', 'azure', 'gcp'], redisUrl });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers VMs of AWS, Azure and GCP with volumes, security groups and metrics', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 2 * 3600_000);
    const result = await execute(gatewayUrl(app), ContractVmDetailsDocument, {
      filter: { states: ['RUNNING'] },
      from: from.toISOString(),
      to: to.toISOString(),
    });
    expect(result.errors).toBeUndefined();
    const vms = result.data!.vms.nodes;
    expect(new Set(vms.map((vm) => vm.provider))).toEqual(new Set(['AWS', 'AZURE', 'GCP']));
    for (const provider of ['AWS', 'AZURE', 'GCP']) {
      const ofProvider = vms.filter((vm) => vm.provider === provider);
      expect(ofProvider.some((vm) => vm.volumes!.length > 0), provider).toBe(true);
      expect(ofProvider.some((vm) => vm.securityGroups!.length > 0), provider).toBe(true);
      for (const vm of ofProvider) {
        const cpu = vm.metrics!.find((m) => m.name === 'CPU_UTILIZATION')!;
        expect(cpu.unit).toBe('PERCENT');
        expect(cpu.points.length, `${provider} ${vm.id}`).toBeGreaterThan(0);
      }
    }

    const ids = vms.map((vm) => vm.id);
    for (const id of ids) {
      const again = await execute(gatewayUrl(app), VmByIdDocument, { id });
      expect(again.data?.vm?.id, id).toBe(id);
    }
    // Served again from the cache (Redis or memory), the answer is the same, Dates and all.
    const repeat = await execute(gatewayUrl(app), ContractVmDetailsDocument, { filter: { states: ['RUNNING'] }, from: from.toISOString(), to: to.toISOString() });
    expect(repeat.data).toEqual(result.data);
  });

  it('lists every configured provider, account and region with its health', async () => {
    const result = await execute(gatewayUrl(app), ProvidersDocument, {});
    expect(result.data!.providers.map((p) => p.provider).sort()).toEqual(['AWS', 'AZURE', 'GCP']);
    for (const provider of result.data!.providers) {
      expect(provider.accounts.length).toBe(2);
      for (const account of provider.accounts) for (const region of account.regions) expect(region.health).toBe('HEALTHY');
    }
  });
});
