// HTTPS to one cluster with the trust the config gives: Node's bundled CAs (and those of
// NODE_EXTRA_CA_CERTS, which a CA list of our own would otherwise drop) plus the cluster's own CA
// (Proxmox's pve-root-ca.pem), or the server certificate pinned by its SHA-256 fingerprint. With a
// fingerprint, the certificate is checked when the connection is made, before the socket is
// handed to the request: no byte of a request (its token) reaches a server that does not match.
// Answers are read whole, up to MAX_BODY_BYTES.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/** Larger than any real answer (a 10,000-guest cluster/resources is about 5 MB). */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface ClusterTrust {
  /** PEM of a CA to trust besides Node's bundled ones. */
  ca?: string;
  /** `AA:BB:…` (upper-case): only a server certificate with this SHA-256 fingerprint is accepted. */
  fingerprint?: string;
}

export interface HttpsAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** The server's certificate is not the pinned one. */
export class FingerprintMismatchError extends Error {
  readonly code = 'CERT_FINGERPRINT_MISMATCH';
  constructor(host: string, seen: string) {
    super(`the TLS certificate of ${host} has SHA-256 fingerprint ${seen}, not the configured one`);
    this.name = 'FingerprintMismatchError';
  }
}

/** Certificate checks of an agent pinning one fingerprint: the chain is not verified, the certificate itself is. */
class PinnedAgent extends https.Agent {
  constructor(
    private readonly fingerprint: string,
    options: https.AgentOptions,
  ) {
    super({ ...options, rejectUnauthorized: false });
  }

  override createConnection(options: tls.ConnectionOptions, callback: (error: Error | null, socket?: Duplex) => void): Duplex | undefined {
    const socket = tls.connect({ ...options, rejectUnauthorized: false });
    const fail = (error: Error) => callback(error);
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      socket.off('error', fail);
      const seen = socket.getPeerCertificate().fingerprint256 ?? '';
      if (seen.toUpperCase() === this.fingerprint) return callback(null, socket);
      socket.destroy();
      callback(new FingerprintMismatchError(options.host ?? 'the server', seen));
    });
    return undefined;
  }
}

export function agentFor(trust: ClusterTrust, maxSockets: number): https.Agent {
  const options: https.AgentOptions = { keepAlive: true, maxSockets };
  if (trust.fingerprint) return new PinnedAgent(trust.fingerprint, options);
  return new https.Agent({ ...options, rejectUnauthorized: true, ...(trust.ca ? { ca: [...tls.rootCertificates, ...extraCertificates(), trust.ca] } : {}) });
}

/** The PEM file NODE_EXTRA_CA_CERTS names (a corporate CA, say), as Node adds it to its own list; none when unset or unreadable. */
function extraCertificates(): string[] {
  const path = process.env.NODE_EXTRA_CA_CERTS;
  if (!path) return [];
  try {
    return [readFileSync(path, 'utf8')];
  } catch {
    // Node itself only warns about an unreadable file at start-up, and trusts the rest.
    return [];
  }
}

export function httpsGet(url: URL, agent: https.Agent, headers: Record<string, string>, timeoutMs: number): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { agent, headers, signal: AbortSignal.timeout(timeoutMs) }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          response.destroy(new Error(`the answer exceeds ${MAX_BODY_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}
