// A GET over HTTPS for receivers that must call the cloud back (signing certificates, subscription
// confirmations): certificate checks always on, optionally trusting one more CA (an emulator's),
// bounded in time and size, and no redirects (a redirect could lead off the trusted host).
import https from 'node:https';
import { rootCertificates } from 'node:tls';

export interface HttpsGetOptions {
  /** PEM of a CA to trust besides Node's root store. */
  caCertificate?: string;
  timeoutMs: number;
  maxBytes: number;
}

export interface HttpsGetResponse {
  status: number;
  body: string;
}

/** The request did not complete: connection, TLS, timeout or size. The message names only the host. */
export class HttpsGetError extends Error {
  constructor(url: URL, reason: string) {
    super(`GET https://${url.host} failed: ${reason}`);
    this.name = 'HttpsGetError';
  }
}

export function httpsGet(url: URL, options: HttpsGetOptions): Promise<HttpsGetResponse> {
  if (url.protocol !== 'https:') return Promise.reject(new HttpsGetError(url, 'not an https URL'));
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => reject(new HttpsGetError(url, reason));
    const request = https.get(
      url,
      {
        ca: options.caCertificate ? [...rootCertificates, options.caCertificate] : undefined,
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            fail(`response exceeds ${options.maxBytes} bytes`);
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => fail(reasonOf(error)));
      },
    );
    request.on('error', (error) => fail(reasonOf(error)));
  });
}

function reasonOf(error: Error): string {
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'timed out';
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${code}: ${error.message}` : error.message;
}
