// EC2's ClientToken: a retried request with the same token and the same parameters answers what
// the first one did (the same reservation, no second launch); the same token with other
// parameters is IdempotentParameterMismatch. Tokens are per account and region.
import { writeErrors } from './errors.js';

interface Remembered {
  fingerprint: string;
  /** The id of what the first request made (a reservation id). */
  resultId: string;
}

export class ClientTokens {
  private readonly seen = new Map<string, Remembered>();

  /** What an earlier request with this token made; null for a new token; throws on other parameters. */
  recall(account: string, region: string, token: string, fingerprint: string): string | null {
    const remembered = this.seen.get(key(account, region, token));
    if (!remembered) return null;
    if (remembered.fingerprint !== fingerprint) throw writeErrors.idempotentMismatch(token);
    return remembered.resultId;
  }

  remember(account: string, region: string, token: string, fingerprint: string, resultId: string): void {
    this.seen.set(key(account, region, token), { fingerprint, resultId });
  }
}

function key(account: string, region: string, token: string): string {
  return `${account}/${region}/${token}`;
}
