// SNS signing certificates by URL: fetched once over HTTPS and kept (a bounded, least recently
// used set; SNS signs with few certificates and rotates them to new URLs). Concurrent messages
// signed with one new certificate share one fetch; a failed fetch is not kept.
import { X509Certificate } from 'node:crypto';
import { SnsForbiddenError, SnsUpstreamError } from './sns-errors.js';
import { HttpsGetError, httpsGet, type HttpsGetOptions } from './https-get.js';

export type CertificateLoader = (url: URL) => Promise<X509Certificate>;

export class SnsCertificateCache {
  private readonly entries = new Map<string, Promise<X509Certificate>>();

  constructor(
    private readonly load: CertificateLoader,
    private readonly maxEntries: number,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error(`maxEntries must be a positive integer, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(url: URL): Promise<X509Certificate> {
    const key = url.href;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const loading = this.load(url);
    this.entries.set(key, loading);
    loading.catch(() => {
      if (this.entries.get(key) === loading) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return loading;
  }
}

/** Fetches and parses a signing certificate; the URL must already be trusted (sns-trust.ts). */
export function httpsCertificateLoader(options: HttpsGetOptions): CertificateLoader {
  return async (url) => {
    let response;
    try {
      response = await httpsGet(url, options);
    } catch (error) {
      if (error instanceof HttpsGetError) throw new SnsUpstreamError(`signing certificate unavailable: ${error.message}`);
      throw error;
    }
    if (response.status >= 500) throw new SnsUpstreamError(`signing certificate unavailable: HTTP ${response.status}`);
    if (response.status !== 200) throw new SnsForbiddenError(`signing certificate not found: HTTP ${response.status}`);
    try {
      return new X509Certificate(response.body);
    } catch {
      throw new SnsForbiddenError('SigningCertURL does not serve an X.509 certificate');
    }
  };
}

/** Whether `now` is inside the certificate's validity period. */
export function isCertificateCurrent(certificate: X509Certificate, now: Date): boolean {
  return Date.parse(certificate.validFrom) <= now.getTime() && now.getTime() <= Date.parse(certificate.validTo);
}
