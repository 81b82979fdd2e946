// IPv4 address arithmetic, for every cloud's address plans.

export function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function cidrSize(cidr: string): number {
  const bits = Number(cidr.split('/')[1]);
  return 2 ** (32 - bits);
}

export function cidrBase(cidr: string): number {
  return ipToInt(cidr.split('/')[0] ?? '0.0.0.0');
}
