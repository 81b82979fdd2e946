// Hosts only this machine can reach: where a plain-HTTP endpoint (an emulator) may receive a token,
// and where the server may take writes without authentication.

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** https anywhere; http only to this machine (a token sent in the clear stays on it). */
export function isSafeTokenEndpoint(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname));
}
