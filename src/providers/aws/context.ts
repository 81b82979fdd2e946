// What every fetch for one account and region works with.
import type { Logger } from 'pino';
import type { Scope } from '../types.js';
import type { ScopeClients } from './clients.js';
import type { InstanceTypeCatalog } from './instance-types.js';

export interface ScopeContext {
  scope: Scope;
  clients: ScopeClients;
  instanceTypes: InstanceTypeCatalog;
  log: Logger;
  /** Runs one upstream operation; its failure becomes a ProviderError naming `operation`. */
  call<T>(operation: string, run: () => Promise<T>): Promise<T>;
}
