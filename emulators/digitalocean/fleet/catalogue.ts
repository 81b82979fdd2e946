// What the emulated DigitalOcean offers: regions, droplet sizes with DigitalOcean's published
// prices (USD), and images.

export const DO_REGIONS = ['nyc3', 'sfo3', 'ams3', 'fra1'] as const;
export type DoRegionSlug = (typeof DO_REGIONS)[number];

export const DO_REGION_NAMES: Record<DoRegionSlug, string> = {
  nyc3: 'New York 3',
  sfo3: 'San Francisco 3',
  ams3: 'Amsterdam 3',
  fra1: 'Frankfurt 1',
};

export interface DoSizeSpec {
  slug: string;
  /** MB */
  memory: number;
  vcpus: number;
  /** GB */
  disk: number;
  /** TB per month */
  transfer: number;
  price_monthly: number;
  price_hourly: number;
  description: string;
}

export const DO_SIZES: readonly DoSizeSpec[] = [
  { slug: 's-1vcpu-1gb', memory: 1024, vcpus: 1, disk: 25, transfer: 1, price_monthly: 6, price_hourly: 0.00893, description: 'Basic' },
  { slug: 's-1vcpu-2gb', memory: 2048, vcpus: 1, disk: 50, transfer: 2, price_monthly: 12, price_hourly: 0.01786, description: 'Basic' },
  { slug: 's-2vcpu-2gb', memory: 2048, vcpus: 2, disk: 60, transfer: 3, price_monthly: 18, price_hourly: 0.02679, description: 'Basic' },
  { slug: 's-2vcpu-4gb', memory: 4096, vcpus: 2, disk: 80, transfer: 4, price_monthly: 24, price_hourly: 0.03571, description: 'Basic' },
  { slug: 's-4vcpu-8gb', memory: 8192, vcpus: 4, disk: 160, transfer: 5, price_monthly: 48, price_hourly: 0.07143, description: 'Basic' },
  { slug: 'g-2vcpu-8gb', memory: 8192, vcpus: 2, disk: 25, transfer: 4, price_monthly: 63, price_hourly: 0.09375, description: 'General Purpose' },
  { slug: 'c-4', memory: 8192, vcpus: 4, disk: 50, transfer: 5, price_monthly: 84, price_hourly: 0.125, description: 'CPU-Optimized' },
];

export interface DoImageSpec {
  id: number;
  slug: string;
  name: string;
  distribution: string;
}

export const DO_IMAGES: readonly DoImageSpec[] = [
  { id: 171364720, slug: 'ubuntu-24-04-x64', name: '24.04 (LTS) x64', distribution: 'Ubuntu' },
  { id: 160244958, slug: 'debian-12-x64', name: '12 x64', distribution: 'Debian' },
  { id: 156439244, slug: 'rockylinux-9-x64', name: '9 x64', distribution: 'Rocky Linux' },
  { id: 168902137, slug: 'freebsd-14-x64-zfs', name: '14.1 zfs x64', distribution: 'FreeBSD' },
];
