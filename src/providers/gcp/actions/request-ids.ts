// Compute Engine dedupes writes by `requestId`, a UUID: the same id within the project answers
// the first write's operation and acts once. FleetGraph derives it from the caller's idempotency
// key (and, for a resize that takes several writes, the step), so a retry — by this process or
// another replica — sends the same id.
import { createHash } from 'node:crypto';

/** A version-5-shaped UUID derived from the key and the step; never the zero UUID. */
export function requestIdOf(idempotencyKey: string, step: string): string {
  const hex = createHash('sha256').update(`fleetgraph\u001f${idempotencyKey}\u001f${step}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
