// Shared set-up for the AWS emulator tests: a fleet, a started emulator, real SDK clients.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { rejectionOf as rejectionOfCall, startedForFile } from '../../support/harness.js';
import { startAwsEmulator, type AwsEmulator } from '../../../emulators/aws/index.js';
import { createFleet, type Fleet, type FleetOptions } from '../../../emulators/fleet.js';

export const ACCOUNT_A = '111111111111';
export const ACCOUNT_B = '222222222222';

export interface EmulatorHarness {
  fleet: Fleet;
  emu: AwsEmulator;
  ec2(account?: string, region?: string): EC2Client;
  cloudwatch(account?: string, region?: string): CloudWatchClient;
}

/** `actionStepMs`: how long each step of a write takes (tests of writes keep it small). */
export async function startHarness(options: FleetOptions = {}, actionStepMs?: number): Promise<EmulatorHarness & { close(): Promise<void> }> {
  const fleet = createFleet(options);
  const emu = await startAwsEmulator({ fleet, host: '127.0.0.1', port: 0, ...(actionStepMs !== undefined ? { actionStepMs } : {}) });
  const clients: { destroy(): void }[] = [];
  const credentials = (account: string) => fleet.aws.credentials(account);
  return {
    fleet,
    emu,
    ec2(account = ACCOUNT_A, region = 'us-east-1') {
      const client = new EC2Client({ endpoint: emu.url, region, credentials: credentials(account), maxAttempts: 1 });
      clients.push(client);
      return client;
    },
    cloudwatch(account = ACCOUNT_A, region = 'us-east-1') {
      const client = new CloudWatchClient({ endpoint: emu.url, region, credentials: credentials(account), maxAttempts: 1 });
      clients.push(client);
      return client;
    },
    async close() {
      for (const c of clients) c.destroy();
      await emu.close();
    },
  };
}

/** One emulator for the whole file, stopped after it. */
export function useHarness(options: FleetOptions = {}, actionStepMs?: number): EmulatorHarness {
  const get = startedForFile(() => startHarness(options, actionStepMs));
  return {
    get fleet() {
      return get().fleet;
    },
    get emu() {
      return get().emu;
    },
    ec2: (account, region) => get().ec2(account, region),
    cloudwatch: (account, region) => get().cloudwatch(account, region),
  };
}

/** What an AWS SDK call rejected with. */
export interface AwsSdkError {
  name: string;
  message: string;
  Code?: string;
  $metadata: { httpStatusCode?: number };
}

export const rejectionOf = (promise: Promise<unknown>) => rejectionOfCall<AwsSdkError>(promise);
