// Who is calling, as every part of FleetGraph sees it once the gateway has authenticated them:
// an id (the API key's id, the token's subject), a role and the part of the fleet granted.
import type { Role } from '../config/auth-schema.js';
import { ALL_GRANTED, type Grants } from './grants.js';

export interface Caller {
  id: string;
  role: Role;
  /** How the caller proved who it is. */
  via: 'none' | 'apiKey' | 'jwt';
  grants: Grants;
}

/** Every caller under `auth.mode: none` (the sandbox, loopback use): may do everything. */
export const ANONYMOUS: Caller = { id: 'anonymous', role: 'admin', via: 'none', grants: ALL_GRANTED };

/** Who the gateway's readiness probe asks a subgraph as: granted nothing, so it can read nothing. */
export const PROBE_CALLER: Caller = { id: 'readiness-probe', role: 'viewer', via: 'none', grants: { providers: [], accounts: [], regions: [] } };
