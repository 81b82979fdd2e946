// How the churn moves KVM domains: shut off and start (running ⇄ shutoff), suspend and resume
// (running ⇄ paused). Each move settles at once, as libvirt's own calls do. Domains in the other
// states (crashed, blocked, …) keep them.
import type { CloudLifecycle } from '../../kit/lifecycle.js';
import type { LibvirtFleet } from './fleet.js';
import type { DomainPower } from './types.js';

export function libvirtLifecycle(fleet: LibvirtFleet): CloudLifecycle<DomainPower> {
  return {
    up: 'running',
    moves: { running: [['shutoff'], ['paused']], shutoff: [['running']], paused: [['running']] },
    vms: () =>
      fleet.hostNames.flatMap((host) =>
        fleet
          .of(host)
          .domains.filter((d) => fleet.powerOf(d) !== null)
          .map((domain) => ({
            key: `${host}/${domain.name}`,
            state: () => fleet.powerOf(domain) ?? 'shutoff',
            setState: (power: DomainPower) => fleet.setPower(host, domain.name, power),
          })),
      ),
  };
}
