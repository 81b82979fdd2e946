// Regional resource quotas, as Compute Engine keeps them per project and region: CPUS (vCPUs of
// instances that are not stopped) and DISKS_TOTAL_GB (every persistent disk). Each limit is what
// the region used when the emulator started plus a fixed headroom; a region the fleet does not
// populate has none (limit 0), as a project that never asked for quota there.
import { customMachineTypeSize, machineTypeIn, regionOfZone } from '../fleet/catalogue.js';
import type { GcpFleet } from '../fleet/fleet.js';
import type { GceInstance } from '../fleet/types.js';
import { googleErrors } from '../errors.js';

export const CPU_HEADROOM = 64;
export const DISK_GB_HEADROOM = 10_240;

/** Stopped instances hold no CPU quota. */
const FREE_STATUSES = new Set(['TERMINATED', 'STOPPED', 'SUSPENDED']);

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export function vcpusOfType(zone: string, machineType: string): number {
  return machineTypeIn(zone, machineType)?.guestCpus ?? customMachineTypeSize(machineType)?.guestCpus ?? 0;
}

export function vcpusOf(instance: GceInstance): number {
  return FREE_STATUSES.has(instance.status) ? 0 : vcpusOfType(lastSegment(instance.zone), lastSegment(instance.machineType));
}

export class Quotas {
  private readonly limits = new Map<string, { cpus: number; diskGb: number }>();

  constructor(private readonly fleet: GcpFleet) {
    for (const { project, region } of fleet.scopes()) {
      const usage = this.usage(project, region);
      this.limits.set(`${project}/${region}`, { cpus: usage.cpus + CPU_HEADROOM, diskGb: usage.diskGb + DISK_GB_HEADROOM });
    }
  }

  /** Throws Compute Engine's quotaExceeded when `moreCpus` more vCPUs would pass the zone's region limit. */
  requireCpus(project: string, zone: string, moreCpus: number): void {
    const region = regionOfZone(zone);
    const limit = this.limits.get(`${project}/${region}`)?.cpus ?? 0;
    if (moreCpus > 0 && this.usage(project, region).cpus + moreCpus > limit) throw googleErrors.quotaExceeded('CPUS', limit, region);
  }

  requireDiskGb(project: string, region: string, moreGb: number): void {
    const limit = this.limits.get(`${project}/${region}`)?.diskGb ?? 0;
    if (moreGb > 0 && this.usage(project, region).diskGb + moreGb > limit) throw googleErrors.quotaExceeded('DISKS_TOTAL_GB', limit, region);
  }

  private usage(project: string, region: string): { cpus: number; diskGb: number } {
    const data = this.fleet.region(project, region);
    if (!data) return { cpus: 0, diskGb: 0 };
    return {
      cpus: data.instances.reduce((n, i) => n + vcpusOf(i), 0),
      diskGb: data.disks.reduce((n, d) => n + Number(d.sizeGb), 0),
    };
  }
}
