// The embedded default: the simulated fleet and every cloud's emulator in this process, and the
// provider configuration that points the real adapters at them.
import type { Config } from '../config/schema.js';
import { startAwsEmulator, type AwsEmulator } from './aws/index.js';
import { createFleet, type Fleet } from './fleet/index.js';

export interface SandboxEmulators {
  fleet: Fleet;
  aws: AwsEmulator;
  providers: Config['providers'];
  stop(): Promise<void>;
}

export async function startSandboxEmulators(options: NonNullable<Config['sandbox']>, host = '127.0.0.1'): Promise<SandboxEmulators> {
  const fleet = createFleet({ seed: options.seed, vmsPerScope: options.vmsPerScope });
  const aws = await startAwsEmulator({ fleet, host, port: 0 });
  return {
    fleet,
    aws,
    providers: {
      aws: {
        maxAttempts: 3,
        accounts: fleet.aws.accounts.map((account) => ({
          id: account.accountId,
          name: account.alias,
          regions: [...fleet.aws.regions],
          credentials: { type: 'static' as const, ...account.credentials },
          endpoint: aws.url,
        })),
      },
    },
    stop: () => aws.close(),
  };
}
