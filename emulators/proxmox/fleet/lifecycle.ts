// How the churn moves Proxmox guests: shut down (running → stopped), start (stopped → running),
// pause and resume (running ⇄ paused; a container asked to pause is shut down instead: LXC guests
// here have no paused state). Each move settles at once: Proxmox shows a task in progress as a
// task, not as a guest status. Templates, locked guests and HA errors keep their state.
import type { CloudLifecycle } from '../../kit/lifecycle.js';
import type { ProxmoxFleet } from './fleet.js';
import type { GuestPower } from './types.js';

export function proxmoxLifecycle(fleet: ProxmoxFleet): CloudLifecycle<GuestPower> {
  return {
    up: 'running',
    moves: { running: [['stopped'], ['paused']], stopped: [['running']], paused: [['running']] },
    vms: () =>
      fleet.clusterNames.flatMap((name) =>
        fleet
          .of(name)
          .guests.filter((g) => g.template === 0 && !g.lock && g.hastate !== 'error')
          .map((guest) => ({
            key: `${name}/${guest.vmid}`,
            state: () => fleet.powerOf(guest),
            setState: (power: GuestPower) => fleet.setPower(name, guest.vmid, power === 'paused' && guest.type === 'lxc' ? 'stopped' : power),
          })),
      ),
  };
}
