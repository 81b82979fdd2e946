// Names, tags and addresses every cloud's part of the fleet shares.

/** Vocabulary for names and tags. */
export const TAG_VOCABULARY = {
  env: ['prod', 'staging', 'dev'] as const,
  team: ['platform', 'data', 'web', 'payments', 'ml'] as const,
  app: ['api', 'web', 'worker', 'db', 'cache', 'batch', 'bastion'] as const,
  keyNames: ['ops-key', 'deploy-2024', 'bastion-access'] as const,
};

/** The office network that firewall rules open admin ports to (TEST-NET-3, never routed). */
export const OFFICE_CIDR = '203.0.113.0/24';
