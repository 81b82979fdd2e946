// The gateway's authenticator as the config describes it: keys from the config, and from Redis
// when one is configured (a connection of its own, closed with the gateway).
import type { Config } from '../../config/schema.js';
import { closeClient, failFastClient, untilReady } from '../../redis/client.js';
import { createAuthenticator, type Authenticator } from './authenticate.js';
import { keyStore } from './key-store.js';

export async function configuredAuthenticator(config: Config, stoppers: (() => Promise<void>)[]): Promise<Authenticator> {
  const { redisUrl, keyPrefix } = config.cache;
  const useRedis = config.auth.mode === 'required' && config.auth.redisApiKeys && redisUrl !== undefined;
  const client = useRedis ? failFastClient(redisUrl) : null;
  if (client) {
    stoppers.push(() => closeClient(client));
    // Keys in Redis are refused while it cannot be asked; give the connection its first chance.
    await untilReady(client, 2000);
  }
  return createAuthenticator(config.auth, keyStore(config.auth, client ? { client, keyPrefix } : null));
}
