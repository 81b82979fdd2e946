// The DigitalOcean ProviderAdapter. The API lists a team's resources in every region at once, so
// there is one scope per configured team, with region '*': one listing serves every region, and
// the region filter (and the configured regions) are applied to what comes back. Every failure
// leaves as a ProviderError naming provider, team, region ('*') and operation.
//
// What a listing costs, per team: droplets ⌈N/200⌉ pages of GET /v2/droplets plus one firewall
// listing (which firewalls apply to each droplet); every other kind one listing (⌈n/200⌉ pages).
// get(kind, ids) lists the team and picks the ids: one call per droplet would cost more as soon as
// more than one is asked for. Concurrent callers of the same listing share it.
import type { Logger } from 'pino';
import type { DigitalOceanProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, requireConfigured, scopeCalls } from '../adapter.js';
import { applyFilter, matchesNothing } from '../list-filter.js';
import { ALL_REGIONS, type ListFilter, type ProviderAdapter, type ResourceKind, type ResourceTypes, type Scope } from '../types.js';
import { failures } from './errors.js';
import { KINDS, LISTINGS, type ListingName, type TeamLists } from './kinds.js';
import { METRICS_OPERATION, getMetrics } from './metrics.js';
import { digitalOceanScopeOf } from './outline.js';
import { createTeam, type Team, type TeamOptions } from './teams.js';

export interface DigitalOceanAdapterOptions extends TeamOptions {
  logger?: Logger;
}


/**
 * The droplet listing's `tag_name` for a tag filter it can stand for: one key with one value is
 * the tag `key:value` (a value-less tag, `key`). The listing is then narrowed at the API; every tag
 * filter is still applied to what comes back.
 */
function dropletQuery(filter: ListFilter): Record<string, string> {
  const exact = filter.tags?.find((tag) => tag.values?.length === 1);
  if (!exact) return {};
  const value = exact.values![0]!;
  return { tag_name: value === '' ? exact.key : `${exact.key}:${value}` };
}

export function createDigitalOceanAdapter(config: DigitalOceanProviderConfig, options: DigitalOceanAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.digitalocean');
  const teams = new Map(config.accounts.map((account) => [account.id.toLowerCase(), createTeam(account, config, options)]));
  const scopes: Scope[] = [...teams.keys()].map(digitalOceanScopeOf);
  const inFlight = new Map<string, Promise<unknown[]>>();

  function teamFor(scope: Scope, operation: string): Team {
    return requireConfigured(
      scope.provider === 'digitalocean' && scope.region === ALL_REGIONS ? teams.get(scope.account) : undefined,
      scope,
      operation,
      `this team is not configured (DigitalOcean scopes are one per team, region '${ALL_REGIONS}')`,
    );
  }

  /** Every page of one team-wide listing (narrowed by `query`), shared with concurrent callers of the same one. */
  function listAll<T>(scope: Scope, name: ListingName, query: Record<string, string> = {}): Promise<T[]> {
    const listing = LISTINGS[name];
    const key = `${scope.account}|${name}|${new URLSearchParams(query)}`;
    let pending = inFlight.get(key);
    if (!pending) {
      const team = teamFor(scope, listing.operation);
      const calls = scopeCalls('digitalocean', log, scope, team.secrets, failures);
      pending = calls.call(listing.operation, () => team.client.list(listing.operation, listing.key, listing.path, query)).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending as Promise<T[]>;
  }

  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter): Promise<ResourceTypes[K][]> {
    const spec = KINDS[kind];
    const team = teamFor(scope, spec.listing ? LISTINGS[spec.listing].operation : `list ${kind}`);
    if (!spec.listing || matchesNothing(filter, team.config.regions)) return [];
    // The joined listings start now, beside the kind's own, and the mapping awaits these very
    // promises (a failure there is the join's to report: it is not left unhandled here).
    const started = new Map((spec.joins ?? []).map((join) => [join, listAll(scope, join)] as const));
    for (const pending of started.values()) pending.catch(() => undefined);
    const lists: TeamLists = { team: scope.account, list: <T>(name: ListingName) => (started.get(name) as Promise<T[]> | undefined) ?? listAll<T>(scope, name) };
    const mapped = (await spec.map(lists, await listAll(scope, spec.listing, kind === 'vm' ? dropletQuery(filter) : {}))) as ResourceTypes[K][];
    return applyFilter(kind, mapped, filter, team.config.regions);
  }

  return assembleAdapter({
    provider: 'digitalocean',
    scopes,
    scopeOf: digitalOceanScopeOf,
    operationOf: (kind) => {
      const listing = KINDS[kind].listing;
      return listing ? LISTINGS[listing].operation : `list ${kind}`;
    },
    fetch: fetchKind,
    metricsOperation: METRICS_OPERATION,
    metrics(scope, request) {
      const team = teamFor(scope, METRICS_OPERATION);
      const calls = scopeCalls('digitalocean', log, scope, team.secrets, failures);
      // Each Monitoring call fails as itself (named, scrubbed), so that it fails only its own series.
      return getMetrics(scope, { get: (operation, path, query) => calls.call(operation, () => team.client.get(operation, path, query)) }, request);
    },
    async close() {
      inFlight.clear();
    },
    failures,
    secretsOf: (scope) => teams.get(scope.account)?.secrets ?? [],
  });
}
