// Names, tags and the fixed epoch every cloud's part of the fleet shares.

/** Vocabulary for names and tags. */
export const TAG_VOCABULARY = {
  env: ['prod', 'staging', 'dev'] as const,
  team: ['platform', 'data', 'web', 'payments', 'ml'] as const,
  app: ['api', 'web', 'worker', 'db', 'cache', 'batch', 'bastion'] as const,
  keyNames: ['ops-key', 'deploy-2024', 'bastion-access'] as const,
};

/** Every generated launch, stop and creation time lies before this instant, so the fleet does not depend on the clock. */
export const FLEET_EPOCH = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
