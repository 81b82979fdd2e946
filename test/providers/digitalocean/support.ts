// One DigitalOcean emulator per test file, over a seeded fleet, and adapters configured against it
// the way an operator configures the real API (one account per team, its token, the endpoint).
import { digitalOceanProviderSchema, type DigitalOceanProviderConfig } from '../../../src/config/digitalocean-schema.js';
import { createDigitalOceanAdapter, type DigitalOceanAdapterOptions } from '../../../src/providers/digitalocean/adapter.js';
import type { ProviderAdapter, Scope } from '../../../src/providers/types.js';
import type { Fleet } from '../../../emulators/fleet.js';

export function configFor(fleet: Fleet, url: string, overrides: Partial<DigitalOceanProviderConfig['accounts'][number]> = {}, maxAttempts = 2): DigitalOceanProviderConfig {
  return digitalOceanProviderSchema.parse({
    maxAttempts,
    accounts: fleet.digitalocean.teams.map((team) => ({ id: team.uuid, name: team.name, credentials: { type: 'token', token: team.token }, endpoint: url, ...overrides })),
  });
}

export function adapterFor(fleet: Fleet, url: string, overrides: Partial<DigitalOceanProviderConfig['accounts'][number]> = {}, options: DigitalOceanAdapterOptions = {}): ProviderAdapter {
  return createDigitalOceanAdapter(configFor(fleet, url, overrides, options.attemptTimeoutMs ? 1 : 2), options);
}

export const teamScope = (uuid: string): Scope => ({ provider: 'digitalocean', account: uuid, region: '*' });

/** Every item of a list, straight from the wire (the truth the adapter is checked against). */
export async function wireList<T>(url: string, token: string, path: string, key: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = new URL(`/v2/${path}?per_page=200`, url).href;
  while (next) {
    const page = (await (await fetch(next, { headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown> & { links?: { pages?: { next?: string } } };
    items.push(...((page[key] as T[]) ?? []));
    next = page.links?.pages?.next;
  }
  return items;
}

export interface WirePoint {
  start_date: string;
  region: string;
  total_amount: string;
}

/** A team's billing insights from `start` to `end` (inclusive), every page of `perPage`, straight from the wire, and how many pages that took. */
export async function wireInsights(url: string, token: string, team: string, start: string, end: string, perPage = 200): Promise<{ points: WirePoint[]; pages: number }> {
  const points: WirePoint[] = [];
  let pages = 1;
  for (let page = 1; page <= pages; page++) {
    const response = await fetch(new URL(`/v2/billing/do:team:${team}/insights/${start}/${end}?per_page=${perPage}&page=${page}`, url), { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { data_points: WirePoint[]; total_pages: number };
    points.push(...body.data_points);
    pages = body.total_pages;
  }
  return { points, pages };
}
