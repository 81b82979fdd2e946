// An emulator's TLS identity. Azure's SDKs refuse to send a bearer token over plain http, and SNS
// receivers fetch signing certificates only over https, so those emulators speak HTTPS with a
// certificate generated at start (selfsigned): valid for the loopback names and the host, a day
// long, never written to disk. Clients trust exactly this certificate (its PEM is the emulator's
// `caCertificate`); nothing turns certificate checks off.
import { generate } from 'selfsigned';

export interface TlsIdentity {
  key: string;
  cert: string;
}

/** `commonName` names the emulator in the certificate (what a TLS error message shows). */
export async function generateTlsIdentity(host: string, commonName: string): Promise<TlsIdentity> {
  const ipHost = /^[\d.]+$|:/.test(host) ? host : null;
  const altNames = [
    { type: 2 as const, value: 'localhost' },
    { type: 7 as const, ip: '127.0.0.1' },
    { type: 7 as const, ip: '::1' },
    ...(ipHost && ipHost !== '127.0.0.1' && ipHost !== '::1' ? [{ type: 7 as const, ip: ipHost }] : []),
    ...(!ipHost && host !== 'localhost' ? [{ type: 2 as const, value: host }] : []),
  ];
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 60_000),
    notAfterDate: new Date(now + 24 * 3_600_000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
