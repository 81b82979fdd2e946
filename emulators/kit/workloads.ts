// How every cloud's part of the fleet launches VMs: in small groups that share an image, a type,
// a network and tags (an auto-scaling group, a cluster), named `<app>-<env>-NN` and labelled with
// env, team and app (and, for some, a cost centre).
import type { Random } from './prng.js';

const GROUP_SIZES = [
  [1, 6],
  [2, 2],
  [3, 1],
] as const;

/** How many data disks a VM gets, by weight. */
export const DATA_DISKS_PER_VM = [
  [0, 3],
  [1, 4],
  [2, 2],
] as const;

/** Calls `launch` once per group, with the group's size, until `total` VMs are launched. */
export function launchInGroups(rng: Random, total: number, launch: (groupSize: number) => void): void {
  let launched = 0;
  while (launched < total) {
    const groupSize = Math.min(total - launched, rng.weighted(GROUP_SIZES));
    launch(groupSize);
    launched += groupSize;
  }
}

/** `<app>-<env>-NN`, numbered per app and env. */
export class WorkloadNames {
  private readonly counters = new Map<string, number>();

  next(app: string, env: string): string {
    const key = `${app}-${env}`;
    const seq = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, seq);
    return `${key}-${String(seq).padStart(2, '0')}`;
  }
}

/** env, team and app, and for about a third of VMs a cost centre, in that order. */
export function workloadLabels(rng: Random, env: string, team: string, app: string): Record<string, string> {
  const labels: Record<string, string> = { env, team, app };
  if (rng.chance(0.3)) labels['cost-center'] = `cc-${rng.int(100, 999)}`;
  return labels;
}
