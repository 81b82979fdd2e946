// A cloud's adapters before its SDKs load: each cloud's outline answers exactly what the adapters
// its module creates answer (scopes, scopeOf, families, billing traits); the module is imported
// by the first call and only once, whoever calls; closing a cloud never called loads nothing.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { createAwsCloud } from '../../src/providers/aws/cloud.js';
import { awsOutline } from '../../src/providers/aws/outline.js';
import { createAzureCloud } from '../../src/providers/azure/cloud.js';
import { azureOutline } from '../../src/providers/azure/outline.js';
import { createGcpCloud } from '../../src/providers/gcp/cloud.js';
import { gcpOutline } from '../../src/providers/gcp/outline.js';
import { createDigitalOceanCloud } from '../../src/providers/digitalocean/cloud.js';
import { digitalOceanOutline } from '../../src/providers/digitalocean/outline.js';
import { lazyCloud, type CloudAdapters, type CloudOutline } from '../../src/providers/lazy-cloud.js';
import type { ProviderAdapter, Scope } from '../../src/providers/types.js';

const config: Config = parseConfig({
  providers: {
    aws: {
      accounts: [
        { id: '111111111111', regions: ['us-east-1', 'eu-west-1'], credentials: { type: 'static', accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } },
        { id: '222222222222', regions: ['ap-south-1'], credentials: { type: 'static', accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } },
      ],
    },
    azure: {
      subscriptions: [
        { id: 'AAAAAAAA-1111-4111-8111-111111111111', credentials: { type: 'accessToken', token: 't' } },
        { id: 'bbbbbbbb-2222-4222-8222-222222222222', credentials: { type: 'accessToken', token: 't' } },
      ],
    },
    gcp: { projects: [{ id: 'proj-a', credentials: { type: 'accessToken', token: 't' } }, { id: 'proj-b', credentials: { type: 'accessToken', token: 't' } }] },
    digitalocean: { accounts: [{ id: '3b1e7a5c-0b1f-4c8e-9a55-2f1f0c6d7e11', credentials: { type: 'token', token: 't' } }] },
  },
  costs: { gcp: { billingExportTable: 'proj-a.billing.gcp_billing_export_resource_v1_0123' } },
});

/** The adapters each cloud's module creates, beside its outline. */
function clouds(settings: Config = config): { outline: CloudOutline; created: CloudAdapters }[] {
  const { aws, azure, gcp, digitalocean } = settings.providers;
  const { costs } = settings;
  return [
    { outline: awsOutline(aws!, costs), created: createAwsCloud(aws!, costs, {}) },
    { outline: azureOutline(azure!, costs), created: createAzureCloud(azure!, costs, {}) },
    { outline: gcpOutline(gcp!, costs), created: createGcpCloud(gcp!, costs, {}) },
    { outline: digitalOceanOutline(digitalocean!, costs), created: createDigitalOceanCloud(digitalocean!, costs, {}) },
  ];
}

async function closeAll(clouds: { created: CloudAdapters }[]): Promise<void> {
  await Promise.all(clouds.flatMap(({ created }) => [created.adapter.close(), created.pricing?.close(), created.billing?.close()]));
}

describe("each cloud's outline", () => {
  it('answers what its adapters answer', async () => {
    const all = clouds();
    for (const { outline, created } of all) {
      const name = outline.provider;
      expect(outline.scopes, name).toEqual(created.adapter.scopes);
      for (const [account, location] of [
        ['111111111111', 'us-east-1'],
        ['AAAAAAAA-1111-4111-8111-111111111111', 'westeurope'],
        ['proj-a', 'europe-west1-b'],
        ['3b1e7a5c-0b1f-4c8e-9a55-2f1f0c6d7e11', 'nyc3'],
      ] as const) {
        expect(outline.scopeOf(account, location), name).toEqual(created.adapter.scopeOf(account, location));
      }
      for (const type of ['m5.large', 'Standard_D2s_v5', 'n2-standard-4', 'e2-custom-4-8192', 's-2vcpu-4gb']) expect(outline.pricing!.familyOf(type), name).toBe(created.pricing!.familyOf(type));
      expect(outline.pricing!.pricesUnlistedTypes, name).toBe(typeof created.pricing!.unlistedInstancePrice === 'function');
      const { resourceWindowDays, spendPerAccount, resourceKinds, reportsBalance } = created.billing!;
      expect(outline.billing, name).toEqual({ resourceWindowDays, spendPerAccount, resourceKinds, reportsBalance });
      expect(typeof created.billing!.balance === 'function', name).toBe(reportsBalance);
    }
    await closeAll(all);
  });

  it('lists the accounts as configured, Azure subscription ids lower-case', () => {
    const accounts = clouds().flatMap(({ outline }) => outline.accounts);
    expect(accounts.map((a) => `${a.provider} ${a.id} ${a.regions.join(',')}`)).toEqual([
      'aws 111111111111 us-east-1,eu-west-1',
      'aws 222222222222 ap-south-1',
      'azure aaaaaaaa-1111-4111-8111-111111111111 *',
      'azure bbbbbbbb-2222-4222-8222-222222222222 *',
      'gcp proj-a *',
      'gcp proj-b *',
      'digitalocean 3b1e7a5c-0b1f-4c8e-9a55-2f1f0c6d7e11 *',
    ]);
  });

  it('has no cost adapters when costs are off, and GCP no billing without an export table, as its module', async () => {
    const off = clouds(parseConfig({ providers: config.providers, costs: { aws: { enabled: false }, azure: { enabled: false }, gcp: { enabled: false }, digitalocean: { enabled: false } } }));
    for (const { outline, created } of off) {
      expect([outline.pricing, outline.billing, created.pricing, created.billing], outline.provider).toEqual([undefined, undefined, undefined, undefined]);
    }
    const [, , gcpWithoutTable] = clouds(parseConfig({ providers: config.providers }));
    expect(gcpWithoutTable!.outline.billing).toBeUndefined();
    expect(gcpWithoutTable!.created.billing).toBeUndefined();
    expect(gcpWithoutTable!.outline.pricing).toBeDefined();
    await closeAll([...off, gcpWithoutTable!]);
  });
});

describe('lazyCloud', () => {
  const scope: Scope = { provider: 'aws', account: '111111111111', region: 'us-east-1' };
  const outline = (): CloudOutline => ({ ...awsOutline(config.providers.aws!, config.costs) });

  /** A cloud module that records when it is loaded and what it is asked. */
  function recordingModule() {
    const calls: string[] = [];
    let loads = 0;
    let closed = 0;
    const adapter: ProviderAdapter = {
      provider: 'aws',
      scopes: [scope],
      scopeOf: (account, region) => ({ provider: 'aws', account, region }),
      list: async (kind) => (calls.push(`list ${kind}`), []),
      get: async (kind, _scope, ids) => (calls.push(`get ${kind} ${ids.join(',')}`), []),
      metrics: async () => (calls.push('metrics'), []),
      actions: { start: async (request) => (calls.push(`start ${request.kind}`), null), progress: async () => ({ done: true }) as never },
      close: async () => void closed++,
    };
    const load = async (): Promise<CloudAdapters> => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { adapter };
    };
    return { load, calls, loads: () => loads, closed: () => closed };
  }

  it('answers scopes without loading, loads on the first call, once for concurrent callers', async () => {
    const module = recordingModule();
    const cloud = lazyCloud({ ...outline(), pricing: undefined, billing: undefined }, module.load);
    expect(cloud.adapter.scopes).toHaveLength(3);
    expect(cloud.adapter.scopeOf('111111111111', 'eu-west-1')).toEqual({ provider: 'aws', account: '111111111111', region: 'eu-west-1' });
    expect(module.loads()).toBe(0);
    await Promise.all([cloud.adapter.list('vm', scope), cloud.adapter.get('volume', scope, ['vol-1']), cloud.adapter.metrics(scope, { from: new Date(), to: new Date(), queries: [] })]);
    await cloud.adapter.actions!.start({ kind: 'startVm', vm: { provider: 'aws', account: '111111111111', region: 'us-east-1', kind: 'vm', nativeId: 'i-1' } } as never, {} as never);
    expect(module.loads()).toBe(1);
    expect(module.calls.sort()).toEqual(['get volume vol-1', 'list vm', 'metrics', 'start startVm']);
    await cloud.adapter.close();
    expect(module.closed()).toBe(1);
  });

  it('closes a cloud never called without loading it', async () => {
    const module = recordingModule();
    const cloud = lazyCloud(outline(), module.load);
    await Promise.all([cloud.adapter.close(), cloud.pricing!.close(), cloud.billing!.close()]);
    expect(module.loads()).toBe(0);
  });

  it('says so when the module lacks a cost adapter its outline promised', async () => {
    const cloud = lazyCloud(outline(), recordingModule().load);
    expect(cloud.pricing!.familyOf('m5.large')).toBe('m5');
    await expect(cloud.pricing!.storagePrices('us-east-1')).rejects.toThrow('the aws module created no pricing adapter, though its outline has one');
  });

  it('tries a failed load again on the next call, and closes quietly after one', async () => {
    const module = recordingModule();
    let failures = 1;
    const cloud = lazyCloud(outline(), async () => {
      if (failures-- > 0) throw new Error('the module failed to load');
      return module.load();
    });
    await expect(cloud.adapter.list('vm', scope)).rejects.toThrow('the module failed to load');
    await expect(cloud.adapter.list('vm', scope)).resolves.toEqual([]);
    expect(module.loads()).toBe(1);

    const broken = lazyCloud(outline(), async () => Promise.reject(new Error('the module failed to load')));
    await expect(broken.adapter.list('vm', scope)).rejects.toThrow('the module failed to load');
    await expect(broken.adapter.close()).resolves.toBeUndefined();
  });

  it('loads nothing once closed, and closes what a load under way brings', async () => {
    const idle = recordingModule();
    const closedFirst = lazyCloud(outline(), idle.load);
    await closedFirst.adapter.close();
    await expect(closedFirst.adapter.list('vm', scope)).rejects.toThrow('the aws adapters are closed');
    expect(idle.loads()).toBe(0);

    const busy = recordingModule();
    const closedDuringLoad = lazyCloud(outline(), busy.load);
    const listing = closedDuringLoad.adapter.list('vm', scope);
    await closedDuringLoad.adapter.close();
    await listing;
    expect([busy.loads(), busy.closed()]).toEqual([1, 1]);
  });
});
