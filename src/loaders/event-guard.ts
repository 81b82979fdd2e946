// VMs change by events (src/events): a VM answer is cached only if no event moved its scope's
// generation while it was being fetched. Other kinds change only with their TTL.
import { generationKey } from '../cache/keys.js';
import type { ResourceKind } from '../providers/types.js';

/** The generation key guarding cached answers of `kind` in the scope tagged `scopeTag`; none for kinds events do not touch. */
export function eventGuard(kind: ResourceKind, scopeTag: string): string | undefined {
  return kind === 'vm' ? generationKey(scopeTag) : undefined;
}
