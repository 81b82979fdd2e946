// The DigitalOcean part of the simulated fleet: two teams, each with its token, and their resources
// in four regions. A team's resources are generated the first time anything asks for them, so a
// sandbox without DigitalOcean pays nothing for it. Status changes go through `setDropletStatus`,
// which tells the listeners (the churn, tests).
import { ChangeListeners, type CloudFleetOptions } from '../../kit/cloud-fleet.js';
import { Random } from '../../kit/prng.js';
import { DO_REGIONS } from './catalogue.js';
import { generateTeam } from './generate.js';
import type { DoDroplet, DoTeam, DoTeamResources, DropletChange, DropletStatus } from './types.js';

const TEAM_NAMES = ['fleet-demo-prod', 'fleet-demo-dev'] as const;

export class DigitalOceanFleet {
  readonly teams: readonly DoTeam[];
  readonly regions: readonly string[] = DO_REGIONS;
  readonly vmsPerScope: number;
  private readonly resources = new Map<string, DoTeamResources>();
  private readonly listeners = new ChangeListeners<DropletChange>();

  constructor(private readonly options: CloudFleetOptions) {
    this.vmsPerScope = options.vmsPerScope;
    this.teams = TEAM_NAMES.map((name) => {
      const random = Random.of(options.seed, 'digitalocean-team', name);
      return { uuid: random.uuid(), name, email: `ops@${name}.example`, token: `dop_v1_${random.hex(64)}` };
    });
  }

  team(uuid: string): DoTeam | undefined {
    return this.teams.find((t) => t.uuid === uuid);
  }

  teamOfToken(token: string): DoTeam | undefined {
    return this.teams.find((t) => t.token === token);
  }

  /** Every resource of the team (generated on first use). */
  of(uuid: string): DoTeamResources {
    let resources = this.resources.get(uuid);
    if (!resources) {
      const index = this.teams.findIndex((t) => t.uuid === uuid);
      if (index < 0) throw new Error(`no DigitalOcean team ${uuid}`);
      resources = generateTeam(this.options.seed, uuid, index, this.vmsPerScope);
      this.resources.set(uuid, resources);
    }
    return resources;
  }

  droplets(uuid: string): DoDroplet[] {
    return this.of(uuid).droplets;
  }

  /** Every team × region the fleet populates. */
  scopes(): { team: string; region: string }[] {
    return this.teams.flatMap((t) => this.regions.map((region) => ({ team: t.uuid, region })));
  }

  setDropletStatus(uuid: string, dropletId: number, status: DropletStatus): void {
    const droplet = this.droplets(uuid).find((d) => d.id === dropletId);
    if (!droplet) throw new Error(`no droplet ${dropletId} in team ${uuid}`);
    const previous = droplet.status;
    if (previous === status) return;
    droplet.status = status;
    this.listeners.emit({ team: uuid, dropletId, previous, current: status, at: this.options.clock() });
  }

  /** Returns the function that removes the listener again. */
  onChange(listener: (change: DropletChange) => void): () => void {
    return this.listeners.add(listener);
  }

  now(): Date {
    return this.options.clock();
  }
}
