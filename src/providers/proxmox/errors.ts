// The one place that says what a Proxmox VE failure means. The API answers an error with the HTTP
// status and its message in the status line (`401 authentication failure`, `403 Permission check
// failed (/vms/100, VM.Audit)`, `595 Connection refused` when the node asked for is unreachable),
// parameter errors under `errors` in the body. TLS failures (an untrusted certificate, a pinned
// fingerprint that does not match) are AUTH: the server could not prove it is the cluster, and
// trying again will not change that. Every adapter method rethrows through `toProviderError`, so
// callers see a ProviderError naming provider, cluster, region and operation — never a token.
import { NODE_NETWORK_CODES, categoryOfHttpStatus } from '../errors.js';
import { failureHandling, type FailureFacts, type SecretShape } from '../scrub.js';
import { TokenError } from '../secret-source.js';
import { FingerprintMismatchError } from './transport.js';

/** An answer of the API that was not a success. */
export class PveApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Parameter errors, by parameter. */
    readonly errors: Record<string, string> | null,
    readonly retryAfterMs: number | null,
  ) {
    super(message);
    this.name = 'PveApiError';
  }
}

/** The configured CA file could not be read: raised before any request is sent. */
export class CaFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaFileError';
  }
}

/** Proxmox's "node unreachable" status (pveproxy could not reach the node the path names). */
export const NODE_UNREACHABLE = 595;

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_FINGERPRINT_MISMATCH',
]);

/** API token values: `USER@REALM!TOKENID=` + a UUID secret. */
const SECRET_SHAPES: readonly SecretShape[] = [
  { pattern: /PVEAPIToken=[^\s"']+/g, replacement: 'PVEAPIToken=[redacted]' },
  { pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, replacement: '[redacted-secret]' },
];

export function describePveError(error: unknown): FailureFacts {
  if (error instanceof PveApiError) {
    const category = error.status === NODE_UNREACHABLE ? 'UNAVAILABLE' : categoryOfHttpStatus(error.status);
    return { category, code: `HTTP ${error.status}`, status: error.status, causeFields: { status: error.status } };
  }
  if (error instanceof CaFileError) return { category: 'AUTH', code: 'CaFileUnreadable', status: undefined, causeFields: {} };
  if (error instanceof TokenError) return { category: 'AUTH', code: 'TokenUnavailable', status: undefined, causeFields: {} };
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof FingerprintMismatchError || (typeof code === 'string' && TLS_CODES.has(code))) {
    return { category: 'AUTH', code: String(code), status: undefined, causeFields: {}, message: `${(error as Error).message}: the cluster's certificate is not trusted (configure tls.caCertificate, tls.caFile or tls.fingerprint)` };
  }
  if (typeof code === 'string' && NODE_NETWORK_CODES.includes(code)) return { category: 'UNAVAILABLE', code, status: undefined, causeFields: {} };
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { category: 'UNAVAILABLE', code: error.name, status: undefined, causeFields: {} };
  }
  return { category: 'UNKNOWN', code: error instanceof Error ? error.name : null, status: undefined, causeFields: {} };
}

export const { redact, toProviderError } = failureHandling(SECRET_SHAPES, describePveError);
