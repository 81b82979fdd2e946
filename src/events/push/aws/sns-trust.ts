// Which URLs in an SNS message the receiver may call: https only, on a host the operator trusts.
// The pattern must match the whole host name, so "amazonaws\.com" cannot be satisfied by
// "amazonaws.com.attacker.example".
import { SnsForbiddenError } from './sns-errors.js';

export function trustedHostMatcher(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

/** The URL in `field` of a message, if it may be called; SnsForbiddenError otherwise. */
export function trustedSnsUrl(raw: string, trustedHost: RegExp, field: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SnsForbiddenError(`${field} is not a URL`);
  }
  if (url.protocol !== 'https:') throw new SnsForbiddenError(`${field} is not https`);
  if (url.username || url.password) throw new SnsForbiddenError(`${field} carries credentials`);
  if (!trustedHost.test(url.hostname)) throw new SnsForbiddenError(`${field} is not on a trusted host`);
  return url;
}
