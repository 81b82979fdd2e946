// What every fetch for one account and region works with.
import type { ScopeCalls } from '../adapter.js';
import type { ScopeClients } from './clients.js';
import type { InstanceTypeCatalog } from './instance-types.js';

export interface ScopeContext extends ScopeCalls {
  clients: ScopeClients;
  instanceTypes: InstanceTypeCatalog;
}
