// The health the `providers` query reports for each account of one provider: the set of its
// regions' health values (one scope per account shows the same value in each region).
import type { RunningApp } from '../../src/app.js';
import { ProvidersDocument } from '../generated/operations.js';
import { gatewayUrl } from './app.js';
import { execute } from './graphql.js';

export async function accountHealth(app: RunningApp, provider: string): Promise<Map<string, Set<string>>> {
  const providers = await execute(gatewayUrl(app), ProvidersDocument, {});
  const accounts = providers.data!.providers.find((p) => p.provider === provider)!.accounts;
  return new Map(accounts.map((a) => [a.id, new Set(a.regions.map((r) => r.health))]));
}
