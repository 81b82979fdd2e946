// `value` + `nextLink` paging as ARM does it, followed by the SDKs' own iterators.
import { afterEach, describe, expect, it } from 'vitest';
import { SUB_A, all, rawRequest, useHarness } from './helpers.js';

const h = useHarness({ vmsPerScope: 60 });

afterEach(() => {
  h.emu.setMaxPageSize(null);
  h.emu.requests.reset();
});

async function pageSizes<T>(pages: AsyncIterable<T[]>): Promise<number[]> {
  const sizes: number[] = [];
  for await (const page of pages) sizes.push(page.length);
  return sizes;
}

describe('ARM paging', () => {
  it('pages VM lists 50 at a time, as ARM does', async () => {
    const total = h.fleet.azure.resources(SUB_A, 'virtualMachines').length;
    expect(total).toBe(120);
    const sizes = await pageSizes(h.compute().virtualMachines.listAll({ statusOnly: 'true' }).byPage());
    expect(sizes).toEqual([50, 50, 20]);
    expect(h.emu.requests.count({ action: 'virtualMachines.listAll', status: 200 })).toBe(3);
  });

  it('pages every collection completely under a page cap, one request per page', async () => {
    h.emu.setMaxPageSize(7);
    const compute = h.compute();
    const network = h.network();
    const cases = [
      ['virtualMachines.listAll', 'virtualMachines', () => compute.virtualMachines.listAll({ statusOnly: 'true' })],
      ['disks.list', 'disks', () => compute.disks.list()],
      ['snapshots.list', 'snapshots', () => compute.snapshots.list()],
      ['virtualNetworks.listAll', 'virtualNetworks', () => network.virtualNetworks.listAll()],
      ['networkSecurityGroups.listAll', 'networkSecurityGroups', () => network.networkSecurityGroups.listAll()],
      ['publicIPAddresses.listAll', 'publicIPAddresses', () => network.publicIPAddresses.listAll()],
      ['networkInterfaces.listAll', 'networkInterfaces', () => network.networkInterfaces.listAll()],
    ] as const;
    for (const [action, collection, list] of cases) {
      const expected = h.fleet.azure.resources(SUB_A, collection).map((r) => r.id);
      const got = (await all(list() as AsyncIterable<{ id?: string }>)).map((r) => r.id!);
      expect(new Set(got).size).toBe(got.length);
      expect(got.sort()).toEqual([...expected].sort());
      expect(h.emu.requests.count({ action })).toBe(Math.max(1, Math.ceil(expected.length / 7)));
    }
  });

  it('gives absolute nextLinks on its own host carrying the query, and refuses a token used elsewhere', async () => {
    h.emu.setMaxPageSize(5);
    const token = h.fleet.azure.token(SUB_A);
    const first = await rawRequest(h.emu, `/subscriptions/${SUB_A}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01&statusOnly=true`, { token });
    const body = JSON.parse(first.body) as { value: unknown[]; nextLink: string };
    expect(body.value).toHaveLength(5);
    const next = new URL(body.nextLink);
    expect(next.origin).toBe(h.emu.url);
    expect(next.searchParams.get('statusOnly')).toBe('true');
    expect(next.searchParams.get('api-version')).toBe('2026-03-01');
    const skipToken = next.searchParams.get('$skiptoken')!;
    expect(skipToken).toBeTruthy();

    const second = await rawRequest(h.emu, next.pathname + next.search, { token });
    expect(second.status).toBe(200);
    // The same token on another query (without statusOnly, or on disks) is refused.
    for (const path of [
      `/subscriptions/${SUB_A}/providers/Microsoft.Compute/virtualMachines?api-version=2026-03-01&$skiptoken=${skipToken}`,
      `/subscriptions/${SUB_A}/providers/Microsoft.Compute/disks?api-version=2025-01-02&$skiptoken=${skipToken}`,
      `/subscriptions/${SUB_A}/providers/Microsoft.Compute/disks?api-version=2025-01-02&$skiptoken=not-a-token`,
    ]) {
      const refused = await rawRequest(h.emu, path, { token });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body).error.code).toBe('InvalidSkipToken');
    }
  });

  it('refuses a nonsensical page cap', () => {
    expect(() => h.emu.setMaxPageSize(0)).toThrow();
  });
});
