// The GCP part of the fleet: projects, their sandbox tokens, per-project data, status changes
// and Cloud Monitoring series.
import { ChangeListeners, type CloudFleetOptions } from '../../kit/cloud-fleet.js';
import { GCE_MACHINE_TYPES, GCP_PROJECTS, GCP_REGIONS, regionOfZone } from './catalogue.js';
import { GcpAllocator, generateGcpProject } from './generate/index.js';
import { gcpMonitoredSeries, gcpWindowSample, type GcpMonitoredSeries } from './metrics.js';
import { applyInstanceStatus } from './state.js';
import type { GceDisk, GceInstance, GceInstanceStatus, GceSnapshot, GcpInstanceStatusChange, GcpProject, GcpProjectData, GcpRegionData } from './types.js';
import { GCE_INSTANCE_STATUSES } from './types.js';

export type GcpFleetOptions = CloudFleetOptions;

export type InstanceStatusListener = (change: GcpInstanceStatusChange) => void;

const lastSegment = (url: string) => url.slice(url.lastIndexOf('/') + 1);

export class GcpFleet {
  readonly projects: readonly GcpProject[] = GCP_PROJECTS;
  readonly regions: readonly string[] = GCP_REGIONS.map((r) => r.region);
  readonly machineTypes = GCE_MACHINE_TYPES;
  private readonly data = new Map<string, GcpProjectData>();
  private readonly listeners = new ChangeListeners<GcpInstanceStatusChange>();

  constructor(private readonly options: GcpFleetOptions) {
    const allocator = new GcpAllocator();
    for (const project of this.projects) {
      this.data.set(project.projectId, generateGcpProject({ seed: options.seed, project, vmsPerRegion: options.vmsPerScope, allocator }));
    }
  }

  /** Every project × region the fleet populates, in a stable order. */
  scopes(): { project: string; region: string }[] {
    return this.projects.flatMap((p) => this.regions.map((region) => ({ project: p.projectId, region })));
  }

  /** One project's data; undefined for a project the fleet does not hold. */
  project(projectId: string): GcpProjectData | undefined {
    return this.data.get(projectId);
  }

  /** One project's resources in one region. */
  region(projectId: string, region: string): GcpRegionData | undefined {
    return this.data.get(projectId)?.regions.find((r) => r.region === region);
  }

  projectForToken(token: string): GcpProject | undefined {
    return this.projects.find((p) => p.accessToken === token);
  }

  /** The sandbox access token of a project (what the adapter's `accessToken` credentials carry). */
  accessToken(projectId: string): string {
    const project = this.projects.find((p) => p.projectId === projectId);
    if (!project) throw new Error(`Unknown GCP project ${projectId}`);
    return project.accessToken;
  }

  findInstance(projectId: string, zone: string, name: string): GceInstance | undefined {
    return this.region(projectId, regionOfZone(zone))?.instances.find((i) => i.name === name && lastSegment(i.zone) === zone);
  }

  /** Moves an instance to a status now (by the fleet's clock), with the side effects Compute Engine has. */
  setInstanceStatus(projectId: string, zone: string, name: string, status: GceInstanceStatus): GceInstance {
    if (!GCE_INSTANCE_STATUSES.includes(status)) throw new Error(`Unknown instance status "${status}"`);
    const instance = this.findInstance(projectId, zone, name);
    if (!instance) throw new Error(`Unknown instance ${projectId}/${zone}/${name}`);
    const previousStatus = instance.status;
    const at = this.options.clock();
    applyInstanceStatus(instance, status, at);
    const change: GcpInstanceStatusChange = { project: projectId, zone, instance: name, previousStatus, status, at };
    this.listeners.emit(change);
    return instance;
  }

  /** Adds an instance (a write's insert) in its first status; listeners hear of it as created. */
  addInstance(projectId: string, instance: GceInstance): void {
    const zone = lastSegment(instance.zone);
    this.requireRegion(projectId, regionOfZone(zone)).instances.push(instance);
    this.listeners.emit({ project: projectId, zone, instance: instance.name, previousStatus: instance.status, status: instance.status, at: this.options.clock(), lifecycle: 'created' });
  }

  /** Removes an instance (a write's delete); listeners hear of it as deleted. */
  removeInstance(projectId: string, zone: string, name: string): void {
    const region = this.requireRegion(projectId, regionOfZone(zone));
    const index = region.instances.findIndex((i) => i.name === name && lastSegment(i.zone) === zone);
    if (index < 0) throw new Error(`Unknown instance ${projectId}/${zone}/${name}`);
    const [gone] = region.instances.splice(index, 1);
    this.listeners.emit({ project: projectId, zone, instance: name, previousStatus: gone!.status, status: gone!.status, at: this.options.clock(), lifecycle: 'deleted' });
  }

  addDisk(projectId: string, region: string, disk: GceDisk): void {
    this.requireRegion(projectId, region).disks.push(disk);
  }

  removeDisk(projectId: string, region: string, selfLink: string): void {
    const { disks } = this.requireRegion(projectId, region);
    const index = disks.findIndex((d) => d.selfLink === selfLink);
    if (index >= 0) disks.splice(index, 1);
  }

  addSnapshot(projectId: string, snapshot: GceSnapshot): void {
    this.requireProject(projectId).snapshots.push(snapshot);
  }

  removeSnapshot(projectId: string, name: string): void {
    const { snapshots } = this.requireProject(projectId);
    const index = snapshots.findIndex((s) => s.name === name);
    if (index >= 0) snapshots.splice(index, 1);
  }

  /** Called after every setInstanceStatus, addInstance and removeInstance; returns an unsubscribe function. */
  onInstanceStatusChange(listener: InstanceStatusListener): () => void {
    return this.listeners.add(listener);
  }

  private requireProject(projectId: string): GcpProjectData {
    const data = this.data.get(projectId);
    if (!data) throw new Error(`Unknown GCP project ${projectId}`);
    return data;
  }

  private requireRegion(projectId: string, region: string): GcpRegionData {
    const data = this.region(projectId, region);
    if (!data) throw new Error(`Unknown GCP region ${projectId}/${region}`);
    return data;
  }

  /** Every series of a metric type in a project; null when the project has no such metric. */
  monitoredSeries(projectId: string, type: string): GcpMonitoredSeries[] | null {
    const data = this.data.get(projectId);
    return data ? gcpMonitoredSeries(data, type) : null;
  }

  /** One series summarised over [startSeconds, startSeconds + periodSeconds), in wire units. */
  windowSample(series: GcpMonitoredSeries, startSeconds: number, periodSeconds: number) {
    return gcpWindowSample(this.options.seed, series, startSeconds, periodSeconds);
  }
}
