// The account FleetGraph calls the account-wide AWS cost APIs through (Cost Explorer, the Price
// List API): `costs.aws.account`, else the first configured account. Both APIs have one endpoint,
// in us-east-1, whatever regions the accounts use.
import type { AwsAccountConfig, AwsProviderConfig, CostsConfig } from '../../config/schema.js';
import type { Scope } from '../types.js';
import { REQUEST_HANDLER, credentialsFor, retrySettings, secretsOf, type AwsCredentials } from './clients.js';

export const COSTS_API_REGION = 'us-east-1';

export interface CostsAccount {
  account: AwsAccountConfig;
  /** Where failures are reported: the account, in the APIs' region. */
  scope: Scope;
  credentials: AwsCredentials;
  secrets: readonly string[];
  /** The client settings every cost API client shares. */
  clientConfig: ReturnType<typeof retrySettings> & { region: string; credentials: AwsCredentials; requestHandler: typeof REQUEST_HANDLER; endpoint?: string };
}

export function costsAccount(aws: AwsProviderConfig, costs: CostsConfig): CostsAccount {
  const wanted = costs.aws.account;
  const account = wanted === undefined ? aws.accounts[0]! : aws.accounts.find((a) => a.id === wanted);
  if (!account) throw new Error(`costs.aws.account ${wanted} is not one of providers.aws.accounts`);
  const credentials = credentialsFor(account);
  return {
    account,
    scope: { provider: 'aws', account: account.id, region: COSTS_API_REGION },
    credentials,
    secrets: secretsOf(account),
    clientConfig: {
      region: COSTS_API_REGION,
      ...retrySettings(aws.maxAttempts),
      credentials,
      requestHandler: REQUEST_HANDLER,
      ...(account.endpoint ? { endpoint: account.endpoint } : {}),
    },
  };
}
