// The Proxmox VE part of the simulated fleet: two clusters, each with its API token, generated the
// first time anything asks for them (a sandbox without Proxmox pays nothing for it). Guests change
// state through `setPower` (which tells the listeners: the churn, tests); nodes go offline and
// come back through `setNodeStatus` (their guests then show status `unknown`, as a cluster shows
// the guests of a node it cannot reach).
import { ChangeListeners, type CloudFleetOptions } from '../../kit/cloud-fleet.js';
import { PVE_CLUSTERS } from './catalogue.js';
import { generateCluster } from './generate.js';
import type { GuestChange, GuestPower, PveCluster, PveGuest } from './types.js';

export class ProxmoxFleet {
  readonly clusterNames: readonly string[] = PVE_CLUSTERS.map((c) => c.name);
  private readonly clusters = new Map<string, PveCluster>();
  private readonly listeners = new ChangeListeners<GuestChange>();

  constructor(private readonly options: CloudFleetOptions) {}

  /** The cluster and everything in it (generated on first use). */
  of(name: string): PveCluster {
    let cluster = this.clusters.get(name);
    if (!cluster) {
      const index = PVE_CLUSTERS.findIndex((c) => c.name === name);
      if (index < 0) throw new Error(`no Proxmox cluster ${name}`);
      cluster = generateCluster(this.options.seed, PVE_CLUSTERS[index]!, index, this.options.vmsPerScope);
      this.clusters.set(name, cluster);
    }
    return cluster;
  }

  /** The cluster whose API token this `PVEAPIToken=USER@REALM!TOKENID=SECRET` value is. */
  clusterOfToken(value: string): PveCluster | undefined {
    return this.clusterNames.map((name) => this.of(name)).find((c) => value === `${c.tokenId}=${c.tokenSecret}`);
  }

  guest(cluster: string, vmid: number): PveGuest | undefined {
    return this.of(cluster).guests.find((g) => g.vmid === vmid);
  }

  /** Every cluster × node the fleet populates. */
  scopes(): { cluster: string; node: string }[] {
    return PVE_CLUSTERS.flatMap((spec) => spec.nodes.map((node) => ({ cluster: spec.name, node })));
  }

  powerOf(guest: PveGuest): GuestPower {
    if (guest.status === 'stopped') return 'stopped';
    return guest.qmpstatus === 'paused' ? 'paused' : 'running';
  }

  setPower(cluster: string, vmid: number, power: GuestPower): void {
    const guest = this.guest(cluster, vmid);
    if (!guest || guest.template === 1) throw new Error(`no guest ${vmid} in cluster ${cluster}`);
    const previous = this.powerOf(guest);
    if (previous === power) return;
    guest.status = power === 'stopped' ? 'stopped' : 'running';
    if (guest.type === 'qemu') {
      if (power === 'stopped') delete guest.qmpstatus;
      else guest.qmpstatus = power;
    }
    guest.startedAt = power === 'stopped' ? 0 : previous === 'stopped' ? Math.floor(this.options.clock().getTime() / 1000) : guest.startedAt;
    if (guest.hastate === 'started' || guest.hastate === 'stopped') guest.hastate = power === 'stopped' ? 'stopped' : 'started';
    this.listeners.emit({ cluster, vmid, previous, current: power, at: this.options.clock() });
  }

  setNodeStatus(cluster: string, node: string, status: 'online' | 'offline'): void {
    const found = this.of(cluster).nodes.find((n) => n.node === node);
    if (!found) throw new Error(`no node ${node} in cluster ${cluster}`);
    found.status = status;
  }

  /** Returns the function that removes the listener again. */
  onChange(listener: (change: GuestChange) => void): () => void {
    return this.listeners.add(listener);
  }

  now(): Date {
    return this.options.clock();
  }

  get seed(): number {
    return this.options.seed;
  }
}
