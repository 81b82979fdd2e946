// Cloud Monitoring names a VM by its numeric instance id; the model names it by zone and name.
// Every instance listing records the pair here, so that metrics for VMs already listed cost no
// extra call; others are looked up with one filtered instances.aggregatedList (see metrics.ts).
// A name reused after a delete gets a new id: the next listing records it.

export class InstanceDirectory {
  private readonly ids = new Map<string, string>();

  private static key(project: string, zone: string, name: string): string {
    return `${project}/${zone}/${name}`;
  }

  record(project: string, zone: string, name: string, id: string): void {
    this.ids.set(InstanceDirectory.key(project, zone, name), id);
  }

  lookup(project: string, zone: string, name: string): string | undefined {
    return this.ids.get(InstanceDirectory.key(project, zone, name));
  }
}
