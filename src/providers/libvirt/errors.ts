// The one place that says what a libvirt failure means. virsh says it in words on stderr: a
// connection it could not open (the host is down, SSH refused), authentication, a domain that is
// gone; a virsh that is not installed or that ran past its deadline is said by the process.
// Every adapter method rethrows through `toProviderError`, so callers see a ProviderError naming
// provider, host, region and operation.
import { failureHandling, type FailureFacts, type SecretShape } from '../scrub.js';
import { VirshError } from './virsh.js';

/** libvirt URIs carry no secrets (the config refuses passwords); SSH key paths in a URI query are not secret either. */
const SECRET_SHAPES: readonly SecretShape[] = [];

export function describeLibvirtError(error: unknown): FailureFacts {
  if (!(error instanceof VirshError)) {
    return { category: 'UNKNOWN', code: error instanceof Error ? error.name : null, status: undefined, causeFields: {} };
  }
  if (error.code === 'ENOENT') return { category: 'NOT_CONFIGURED', code: 'VirshMissing', status: undefined, causeFields: {} };
  if (error.code === 'ETIMEDOUT') return { category: 'UNAVAILABLE', code: 'Timeout', status: undefined, causeFields: {} };
  const text = error.stderr;
  if (/authentication (failed|unavailable)|Permission denied|access denied|not authorized/i.test(text)) return { category: 'AUTH', code: 'AuthFailed', status: undefined, causeFields: {} };
  if (/failed to connect|cannot recv data|End of file while reading|Connection (refused|reset)|No route to host|Broken pipe|Cannot recv data/i.test(text)) {
    return { category: 'UNAVAILABLE', code: 'ConnectionFailed', status: undefined, causeFields: {} };
  }
  if (/(failed to get|Domain not found|no domain with matching|Network not found|Storage pool not found)/i.test(text)) return { category: 'NOT_FOUND', code: 'NotFound', status: undefined, causeFields: {} };
  return { category: 'UNKNOWN', code: `exit ${error.code}`, status: undefined, causeFields: {} };
}

export const { redact, toProviderError } = failureHandling(SECRET_SHAPES, describeLibvirtError);
