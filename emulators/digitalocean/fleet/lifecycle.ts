// How the churn moves droplets: power off (active → off) and power on (off → active). A droplet's
// status has no in-between values (DigitalOcean shows a power action in progress as an action,
// not a status), so each move settles at once.
import type { CloudLifecycle } from '../../kit/lifecycle.js';
import type { DigitalOceanFleet } from './fleet.js';
import type { DropletStatus } from './types.js';

export function digitalOceanLifecycle(fleet: DigitalOceanFleet): CloudLifecycle<DropletStatus> {
  return {
    up: 'active',
    moves: { active: [['off']], off: [['active']] },
    vms: () =>
      fleet.teams.flatMap((team) =>
        fleet.droplets(team.uuid).map((droplet) => ({
          key: `${team.uuid}/${droplet.id}`,
          state: () => droplet.status,
          setState: (status: DropletStatus) => fleet.setDropletStatus(team.uuid, droplet.id, status),
        })),
      ),
  };
}
