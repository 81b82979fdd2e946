// The KVM part of the simulated fleet: two hosts, generated the first time anything asks for them.
// Domains change state through `setPower` (which tells the listeners: the node XML writer, the
// churn, tests).
import { ChangeListeners, type CloudFleetOptions } from '../../kit/cloud-fleet.js';
import { generateHost } from './generate.js';
import type { DomainChange, DomainPower, DomainStateNumber, LvDomain, LvHost } from './types.js';

const HOSTS = ['kvm-1', 'kvm-2'] as const;
const POWER_STATES: Record<DomainPower, DomainStateNumber> = { running: 1, paused: 3, shutoff: 5 };

export class LibvirtFleet {
  readonly hostNames: readonly string[] = HOSTS;
  private readonly hosts = new Map<string, LvHost>();
  private readonly listeners = new ChangeListeners<DomainChange>();

  constructor(private readonly options: CloudFleetOptions) {}

  of(name: string): LvHost {
    let host = this.hosts.get(name);
    if (!host) {
      const index = HOSTS.indexOf(name as (typeof HOSTS)[number]);
      if (index < 0) throw new Error(`no libvirt host ${name}`);
      host = generateHost(this.options.seed, name, index, this.options.vmsPerScope);
      this.hosts.set(name, host);
    }
    return host;
  }

  scopes(): { host: string }[] {
    return HOSTS.map((host) => ({ host }));
  }

  /** The power state a domain is in, when it is in one the churn moves between. */
  powerOf(domain: LvDomain): DomainPower | null {
    const entry = Object.entries(POWER_STATES).find(([, n]) => n === domain.state);
    return entry ? (entry[0] as DomainPower) : null;
  }

  setPower(host: string, name: string, power: DomainPower): void {
    const domain = this.of(host).domains.find((d) => d.name === name);
    if (!domain) throw new Error(`no domain ${name} on ${host}`);
    const previous = this.powerOf(domain);
    if (previous === null) throw new Error(`domain ${name} is in state ${domain.state}, which the churn does not move`);
    if (previous === power) return;
    domain.state = POWER_STATES[power];
    this.listeners.emit({ host, domain: name, previous, current: power, at: this.options.clock() });
  }

  onChange(listener: (change: DomainChange) => void): () => void {
    return this.listeners.add(listener);
  }
}
