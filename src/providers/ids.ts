// Global ids: `<provider>:<account>:<location>:<kind>:<nativeId>`, each part percent-encoded
// (encodeURIComponent), so a colon or slash inside a native id (Azure resource ids) cannot
// break the split. They are readable, and parseable without any lookup:
//   aws:111111111111:us-east-1:vm:i-0a1b2c3d4e5f60001
import { PROVIDERS, RESOURCE_KINDS, type GlobalId, type ProviderName, type ResourceKind, type Scope } from './types.js';

export type { GlobalId } from './types.js';

export class InvalidIdError extends Error {
  constructor(
    readonly id: string,
    reason: string,
  ) {
    super(`Invalid id "${id}": ${reason}. Expected <provider>:<account>:<location>:<kind>:<nativeId>.`);
    this.name = 'InvalidIdError';
  }
}

export function globalId(scope: Scope, kind: ResourceKind, nativeId: string): string {
  return [scope.provider, scope.account, scope.region, kind, nativeId].map(encodeURIComponent).join(':');
}

export function parseGlobalId(id: string): GlobalId {
  const parts = id.split(':');
  if (parts.length !== 5) throw new InvalidIdError(id, `it has ${parts.length} parts, not 5`);
  const [provider, account, region, kind, nativeId] = parts.map(decodePart(id)) as [string, string, string, string, string];
  if (!PROVIDERS.includes(provider as ProviderName)) throw new InvalidIdError(id, `unknown provider "${provider}"`);
  if (!RESOURCE_KINDS.includes(kind as ResourceKind)) throw new InvalidIdError(id, `unknown kind "${kind}"`);
  if (!account || !region || !nativeId) throw new InvalidIdError(id, 'account, location and native id must not be empty');
  return { provider: provider as ProviderName, account, region, kind: kind as ResourceKind, nativeId };
}

/** Parses and checks the kind, so a volume id passed where a VM id belongs is a clear error. */
export function parseGlobalIdOfKind(id: string, kind: ResourceKind): GlobalId {
  const parsed = parseGlobalId(id);
  if (parsed.kind !== kind) throw new InvalidIdError(id, `it names a ${parsed.kind}, not a ${kind}`);
  return parsed;
}

/** The one spelling of an id (ids that differ only in percent-encoding name the same resource). */
export function canonicalGlobalId(id: string, kind: ResourceKind): string {
  const parsed = parseGlobalIdOfKind(id, kind);
  return globalId(parsed, kind, parsed.nativeId);
}

export function scopeKey(scope: Scope): string {
  return [scope.provider, scope.account, scope.region].map(encodeURIComponent).join(':');
}

function decodePart(id: string) {
  return (part: string): string => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw new InvalidIdError(id, `"${part}" is not valid percent-encoding`);
    }
  };
}
