// Fetching SNS signing certificates: the bounded cache in front of the fetch, and the HTTPS GET
// itself against real TLS servers (trust, timeout, size, redirects).
import { X509Certificate } from 'node:crypto';
import https from 'node:https';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpsGetError, httpsGet } from '../../../../src/events/push/aws/https-get.js';
import { httpsCertificateLoader, isCertificateCurrent, SnsCertificateCache } from '../../../../src/events/push/aws/sns-certificates.js';
import { SnsForbiddenError, SnsUpstreamError } from '../../../../src/events/push/aws/sns-errors.js';
import { createSnsSigner } from '../../../../emulators/aws/sns/signing.js';
import { closeServer, listen } from '../../../../emulators/kit/server.js';
import { generateTlsIdentity, type TlsIdentity } from '../../../../emulators/kit/tls.js';

describe('SnsCertificateCache', () => {
  const certificate = {} as X509Certificate;
  function countingCache(maxEntries: number, fail = new Set<string>()) {
    const loads: string[] = [];
    const cache = new SnsCertificateCache(async (url) => {
      loads.push(url.pathname);
      if (fail.has(url.pathname)) throw new Error('unreachable');
      return certificate;
    }, maxEntries);
    return { cache, loads };
  }
  const url = (name: string) => new URL(`https://sns.example/${name}.pem`);

  it('fetches a certificate once, also for concurrent messages', async () => {
    const { cache, loads } = countingCache(4);
    await Promise.all([cache.get(url('a')), cache.get(url('a')), cache.get(url('a'))]);
    await cache.get(url('a'));
    expect(loads).toEqual(['/a.pem']);
  });

  it('keeps at most maxEntries, evicting the least recently used', async () => {
    const { cache, loads } = countingCache(2);
    await cache.get(url('a'));
    await cache.get(url('b'));
    await cache.get(url('a'));
    await cache.get(url('c'));
    expect(cache.size).toBe(2);
    await cache.get(url('a'));
    await cache.get(url('b'));
    expect(loads).toEqual(['/a.pem', '/b.pem', '/c.pem', '/b.pem']);
  });

  it('does not keep a failed fetch', async () => {
    const fail = new Set(['/a.pem']);
    const { cache, loads } = countingCache(2, fail);
    await expect(cache.get(url('a'))).rejects.toThrow('unreachable');
    fail.clear();
    await expect(cache.get(url('a'))).resolves.toBe(certificate);
    expect(loads).toEqual(['/a.pem', '/a.pem']);
  });
});

describe('httpsGet and the certificate loader', () => {
  let tls: TlsIdentity;
  let signing: string;
  let server: https.Server;
  let hanging: net.Server;
  let base: string;
  let hangingBase: string;
  const hangingSockets = new Set<net.Socket>();

  beforeAll(async () => {
    tls = await generateTlsIdentity('127.0.0.1', 'test-sns-host');
    signing = (await createSnsSigner('1')).certificate;
    server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
      if (req.url === '/cert.pem') res.end(signing);
      else if (req.url === '/big') res.end('x'.repeat(100_000));
      else if (req.url === '/moved') res.writeHead(302, { location: '/cert.pem' }).end();
      else if (req.url === '/down') res.writeHead(503).end();
      else if (req.url === '/junk') res.end('not a certificate');
      else res.writeHead(404).end();
    });
    base = `https://${await listen(server as never, '127.0.0.1', 0)}`;
    // Accepts connections and never speaks: the TLS handshake cannot finish.
    hanging = net.createServer((socket) => hangingSockets.add(socket));
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    hangingBase = `https://127.0.0.1:${(hanging.address() as net.AddressInfo).port}`;
  });

  afterAll(async () => {
    await closeServer(server as never);
    for (const socket of hangingSockets) socket.destroy();
    await new Promise((resolve) => hanging.close(resolve));
  });

  const options = () => ({ caCertificate: tls.cert, timeoutMs: 2000, maxBytes: 64 * 1024 });

  it('fetches over TLS trusting the given CA', async () => {
    await expect(httpsGet(new URL(`${base}/cert.pem`), options())).resolves.toEqual({ status: 200, body: signing });
  });

  it('keeps certificate checks on: a server the CA list does not vouch for is refused', async () => {
    await expect(httpsGet(new URL(`${base}/cert.pem`), { ...options(), caCertificate: undefined })).rejects.toThrow(HttpsGetError);
  });

  it('gives up after the timeout', async () => {
    const started = Date.now();
    await expect(httpsGet(new URL(`${hangingBase}/cert.pem`), { ...options(), timeoutMs: 300 })).rejects.toThrow(/timed out/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a body past maxBytes, plain http, and does not follow redirects', async () => {
    await expect(httpsGet(new URL(`${base}/big`), options())).rejects.toThrow(/exceeds/);
    await expect(httpsGet(new URL(base.replace('https:', 'http:')), options())).rejects.toThrow(/not an https URL/);
    await expect(httpsGet(new URL(`${base}/moved`), options())).resolves.toMatchObject({ status: 302 });
  });

  it('loads a signing certificate, telling a forged URL (403) from an unreachable host (retry)', async () => {
    const load = httpsCertificateLoader({ ...options(), timeoutMs: 300 });
    const certificate = await load(new URL(`${base}/cert.pem`));
    expect(certificate.subject).toContain('sns.amazonaws.com');
    expect(isCertificateCurrent(certificate, new Date())).toBe(true);
    expect(isCertificateCurrent(certificate, new Date(Date.now() + 48 * 3_600_000))).toBe(false);
    await expect(load(new URL(`${base}/missing.pem`))).rejects.toThrow(SnsForbiddenError);
    await expect(load(new URL(`${base}/junk`))).rejects.toThrow(SnsForbiddenError);
    await expect(load(new URL(`${base}/down`))).rejects.toThrow(SnsUpstreamError);
    await expect(load(new URL(`${hangingBase}/cert.pem`))).rejects.toThrow(SnsUpstreamError);
  });
});
