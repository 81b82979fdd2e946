// `fleetgraph apikey create|revoke|list`: mints a key (printed once; only its hash is kept) into
// the config or — with --redis — straight into Redis, where every replica honours it at once and
// `revoke` takes it away at once.
import { parseArgs } from 'node:util';
import { ROLES, type GrantsConfig, type Role } from '../config/auth-schema.js';
import type { Config } from '../config/schema.js';
import { mintApiKey, type StoredKey } from '../gateway/auth/api-keys.js';
import { RedisApiKeys } from '../gateway/auth/key-store.js';
import { closeClient, failFastClient, redactRedisUrl, untilReady } from '../redis/client.js';
import { PROVIDERS, type ProviderName } from '../providers/types.js';
import { UsageError } from './usage-error.js';

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

export async function apiKeyCommand(args: string[], config: () => Config, out: (text: string) => void): Promise<void> {
  const { values, positionals } = parseOptions(args);
  const [action, id] = positionals;
  if (action === 'list') return withRedis(config(), async (keys) => out(listing(await keys.list())));
  if (!id || !ID.test(id)) throw new UsageError('apikey: give an id of lower-case letters, digits and dashes');
  if (action === 'revoke') {
    return withRedis(config(), async (keys) => out((await keys.revoke(id)) ? `revoked ${id}\n` : `no key ${id} in Redis (a key in auth.apiKeys is revoked by removing its entry)\n`));
  }
  if (action !== 'create') throw new UsageError('apikey: give `create <id>`, `revoke <id>` or `list`');
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new UsageError('apikey: --role is viewer, operator or admin');
  const scopes = grantsOf(values);
  const minted = mintApiKey(id);
  const entry: StoredKey = { id, role, sha256: minted.sha256, ...(scopes ? { scopes } : {}) };
  if (values.redis) {
    await withRedis(config(), (keys) => keys.put(entry));
    out(`API key (shown once; Redis keeps only its hash; \`fleetgraph apikey revoke ${id}\` revokes it):\n  ${minted.key}\n`);
    return;
  }
  out(`API key (shown once; FleetGraph keeps only its hash):\n  ${minted.key}\n\nadd to fleetgraph.yaml under auth.apiKeys (remove the entry to revoke it):\n  - ${yamlFlow(entry)}\n`);
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string', default: 'viewer' },
        redis: { type: 'boolean', default: false },
        providers: { type: 'string' },
        accounts: { type: 'string' },
        regions: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`apikey: ${(error as Error).message}`);
  }
}

function grantsOf(values: { providers?: string | undefined; accounts?: string | undefined; regions?: string | undefined }): GrantsConfig | null {
  const list = (value: string | undefined) => value?.split(',').map((v) => v.trim()).filter(Boolean);
  const providers = list(values.providers);
  if (providers?.some((p) => !PROVIDERS.includes(p as ProviderName))) throw new UsageError(`apikey: --providers takes ${PROVIDERS.join(', ')}`);
  const grants: GrantsConfig = {
    ...(providers?.length ? { providers: providers as ProviderName[] } : {}),
    ...(list(values.accounts)?.length ? { accounts: list(values.accounts)! } : {}),
    ...(list(values.regions)?.length ? { regions: list(values.regions)! } : {}),
  };
  return Object.keys(grants).length > 0 ? grants : null;
}

async function withRedis<T>(config: Config, run: (keys: RedisApiKeys) => Promise<T>): Promise<T> {
  const url = config.cache.redisUrl;
  if (!url) throw new UsageError('apikey: keys in Redis need cache.redisUrl (or REDIS_URL)');
  const client = failFastClient(url, { connectTimeoutMs: 5000 });
  try {
    await untilReady(client, 5000);
    if (client.status !== 'ready') throw new UsageError(`apikey: cannot reach Redis at ${redactRedisUrl(url)}`);
    return await run(new RedisApiKeys(client, config.cache.keyPrefix));
  } finally {
    await closeClient(client);
  }
}

function listing(keys: readonly StoredKey[]): string {
  if (keys.length === 0) return 'no API keys in Redis\n';
  return keys.map((k) => `${k.id}\t${k.role}\t${k.scopes ? JSON.stringify(k.scopes) : 'all'}\n`).join('');
}

/** The entry as a YAML flow mapping: { id: ci-bot, role: viewer, sha256: …, scopes: { accounts: [1111] } }. */
function yamlFlow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${yamlFlow(v)}`).join(', ')} }`;
  const text = String(value);
  return /^[A-Za-z0-9_.-]+$/.test(text) && !/^\d+$/.test(text) ? text : JSON.stringify(text);
}
