// Cloud Monitoring names a VM by its numeric instance id; the model names it by zone and name.
// Every instance listing records the pairs here, so that metrics for VMs already listed cost no
// extra call; others are looked up with one filtered instances.aggregatedList (see metrics.ts).
// A name reused after a delete gets a new id: the next listing records it. A listing of the
// whole project replaces the project's pairs, so VMs deleted since are forgotten and the
// directory stays the size of the estate.

export class InstanceDirectory {
  /** project → "zone/name" → numeric id */
  private readonly projects = new Map<string, Map<string, string>>();

  /** Pairs from a filtered listing: added to what the project has. */
  record(project: string, pairs: Iterable<InstancePair>): void {
    const ids = this.projects.get(project) ?? new Map<string, string>();
    for (const { zone, name, id } of pairs) ids.set(`${zone}/${name}`, id);
    this.projects.set(project, ids);
  }

  /** Pairs from a listing of the whole project: they are now all the project has. */
  replace(project: string, pairs: Iterable<InstancePair>): void {
    this.projects.delete(project);
    this.record(project, pairs);
  }

  lookup(project: string, zone: string, name: string): string | undefined {
    return this.projects.get(project)?.get(`${zone}/${name}`);
  }

  /** Pairs held for the project. */
  size(project: string): number {
    return this.projects.get(project)?.size ?? 0;
  }
}

export interface InstancePair {
  zone: string;
  name: string;
  id: string;
}
