// An audit entry as clients read it.
import type { AuditEntryResolvers } from '../generated/resolvers-types.js';

const VIA: Record<string, string> = { apiKey: 'API_KEY', jwt: 'JWT', none: 'NONE' };

export const AuditEntry: AuditEntryResolvers = {
  caller: (entry) => entry.caller.id,
  // codegen types a remapped enum's resolver result as null; the model's spelling is what the schema maps.
  role: (entry) => entry.caller.role as never,
  via: (entry) => VIA[entry.caller.via] ?? entry.caller.via.toUpperCase(),
  kind: (entry) => entry.action as never,
  arguments: (entry) => JSON.stringify(entry.arguments),
};
