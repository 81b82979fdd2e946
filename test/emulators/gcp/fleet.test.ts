// The GCP part of the simulated fleet: deterministic, every documented status present, the
// relations Compute Engine has (disks ↔ users, addresses ↔ instances, subnetworks ↔ networks).
import { describe, expect, it } from 'vitest';
import {
  FLEET_EPOCH,
  GCE_DISK_STATUSES,
  GCE_INSTANCE_STATUSES,
  GCE_SNAPSHOT_STATUSES,
  GCP_PROJECTS,
  createFleet,
  gcpTimestamp,
} from '../../../emulators/fleet.js';
import { GCE_INSTANCE_STATUSES as SDK_INSTANCE_STATUSES } from '../../../src/providers/gcp/states.js';

const snapshotOf = (fleet: ReturnType<typeof createFleet>) => JSON.stringify(fleet.gcp.projects.map((p) => fleet.gcp.project(p.projectId)));

describe('GCP fleet', () => {
  const fleet = createFleet({ seed: 42, vmsPerScope: 60 });
  const projects = GCP_PROJECTS.map((p) => fleet.gcp.project(p.projectId)!);

  it('is deterministic per seed, and 2 projects × 2 regions with vmsPerScope VMs each', () => {
    expect(snapshotOf(createFleet({ seed: 42, vmsPerScope: 60 }))).toBe(snapshotOf(fleet));
    expect(snapshotOf(createFleet({ seed: 43, vmsPerScope: 60 }))).not.toBe(snapshotOf(fleet));
    expect(fleet.gcp.scopes()).toEqual([
      { project: 'fleet-demo-prod', region: 'us-central1' },
      { project: 'fleet-demo-prod', region: 'europe-west1' },
      { project: 'fleet-demo-dev', region: 'us-central1' },
      { project: 'fleet-demo-dev', region: 'europe-west1' },
    ]);
    expect(fleet.scopes().filter((s) => s.provider === 'gcp')).toEqual(fleet.gcp.scopes().map((s) => ({ provider: 'gcp', account: s.project, region: s.region })));
    for (const p of projects) for (const r of p.regions) expect(r.instances).toHaveLength(60);
    expect(createFleet({ vmsPerScope: 0 }).gcp.project('fleet-demo-dev')!.regions.every((r) => r.instances.length === 0)).toBe(true);
  });

  it('maps sandbox tokens to projects and back', () => {
    for (const p of GCP_PROJECTS) {
      expect(fleet.gcp.projectForToken(p.accessToken)?.projectId).toBe(p.projectId);
      expect(fleet.gcp.accessToken(p.projectId)).toBe(p.accessToken);
    }
    expect(fleet.gcp.projectForToken('ya29.unknown')).toBeUndefined();
  });

  it('gives every project × region every documented instance status (the SDK’s list), a majority RUNNING', () => {
    expect([...GCE_INSTANCE_STATUSES].sort()).toEqual([...SDK_INSTANCE_STATUSES].sort());
    for (const p of projects) {
      for (const r of p.regions) {
        const statuses = r.instances.map((i) => i.status);
        for (const status of GCE_INSTANCE_STATUSES) expect(statuses, `${r.project}/${r.region}`).toContain(status);
        expect(statuses.filter((s) => s === 'RUNNING').length).toBeGreaterThan(r.instances.length / 2);
      }
    }
  });

  it('keeps what a status implies: no ephemeral IP when stopped, start/stop times, activity', () => {
    for (const i of projects.flatMap((p) => p.regions.flatMap((r) => r.instances))) {
      const natIp = i.networkInterfaces[0]!.accessConfigs?.[0]?.natIP;
      if (i.status === 'TERMINATED' || i.status === 'SUSPENDED' || i.status === 'STOPPED') {
        expect(i.sim.ephemeralIp === null || natIp !== i.sim.ephemeralIp).toBe(true);
        expect(i.sim.activity.every((a) => a.to !== null)).toBe(true);
      }
      if (i.status === 'TERMINATED') expect(i.lastStopTimestamp).toBeTruthy();
      if (i.status === 'SUSPENDED') expect(i.lastSuspendedTimestamp).toBeTruthy();
      if (i.status === 'RUNNING') expect(i.sim.activity.at(-1)!.to).toBeNull();
      if (i.status === 'PROVISIONING') expect(i.sim.activity).toEqual([]);
      expect(Date.parse(i.creationTimestamp)).toBeLessThan(FLEET_EPOCH.getTime());
    }
  });

  it('gives VMs 1–3 disks that name them as users, plus loose disks in every disk status', () => {
    for (const p of projects) {
      for (const r of p.regions) {
        for (const i of r.instances) {
          expect(i.disks.length).toBeGreaterThanOrEqual(1);
          expect(i.disks.length).toBeLessThanOrEqual(3);
          for (const d of i.disks) expect(r.disks.find((x) => x.selfLink === d.source)!.users).toEqual([i.selfLink]);
        }
        const loose = r.disks.filter((d) => !d.users?.length);
        expect(loose.length).toBeGreaterThan(0);
        for (const status of GCE_DISK_STATUSES) expect(r.disks.map((d) => d.status)).toContain(status);
        expect(r.disks.filter((d) => d.region && !d.zone)).toHaveLength(1);
      }
      for (const status of GCE_SNAPSHOT_STATUSES) expect(p.snapshots.map((s) => s.status)).toContain(status);
      const allDisks = new Set(p.regions.flatMap((r) => r.disks.map((d) => d.selfLink)));
      for (const s of p.snapshots) expect(allDisks.has(s.sourceDisk)).toBe(true);
    }
  });

  it('wires networks, subnetworks, firewalls and addresses together', () => {
    for (const p of projects) {
      expect(p.networks.map((n) => n.name)).toContain('default');
      const subnets = new Set(p.regions.flatMap((r) => r.subnetworks.map((s) => s.selfLink)));
      for (const n of p.networks) for (const s of n.subnetworks) expect(subnets.has(s)).toBe(true);
      expect(p.firewalls.some((f) => f.direction === 'EGRESS' && f.denied)).toBe(true);
      expect(p.firewalls.some((f) => f.targetTags?.length && f.sourceRanges?.length)).toBe(true);
      for (const r of p.regions) {
        for (const i of r.instances) for (const nic of i.networkInterfaces) expect(subnets.has(nic.subnetwork)).toBe(true);
        const used = r.addresses.filter((a) => a.status === 'IN_USE');
        expect(used.length).toBeGreaterThan(0);
        for (const a of used) {
          const owner = r.instances.find((i) => i.selfLink === a.users![0]);
          expect(owner!.networkInterfaces[0]!.accessConfigs![0]!.natIP).toBe(a.address);
        }
        expect(r.addresses.some((a) => a.addressType === 'INTERNAL')).toBe(true);
      }
      expect(p.globalAddresses.map((a) => a.addressType).sort()).toEqual(['EXTERNAL', 'INTERNAL']);
    }
  });

  it('uses unique 19-digit ids and names unique per project', () => {
    const ids = projects.flatMap((p) => [...p.regions.flatMap((r) => [...r.instances, ...r.disks, ...r.addresses]), ...p.snapshots, ...p.networks].map((x) => x.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[1-9]\d{18}$/);
    for (const p of projects) {
      const names = p.regions.flatMap((r) => r.instances.map((i) => i.name));
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);
    }
  });

  it('writes times as Compute Engine does, in Pacific time', () => {
    expect(gcpTimestamp(new Date('2025-01-15T10:00:00Z'))).toBe('2025-01-15T02:00:00.000-08:00');
    expect(gcpTimestamp(new Date('2025-07-15T10:00:00Z'))).toBe('2025-07-15T03:00:00.000-07:00');
  });

  it('moves an instance to a status and tells listeners', () => {
    const f = createFleet({ seed: 1, vmsPerScope: 4 });
    const vm = f.gcp.project('fleet-demo-prod')!.regions[0]!.instances.find((i) => i.status === 'RUNNING')!;
    const zone = vm.zone.slice(vm.zone.lastIndexOf('/') + 1);
    const seen: string[] = [];
    const stop = f.gcp.onInstanceStatusChange((c) => seen.push(`${c.previousStatus}->${c.status}`));
    f.gcp.setInstanceStatus('fleet-demo-prod', zone, vm.name, 'TERMINATED');
    stop();
    f.gcp.setInstanceStatus('fleet-demo-prod', zone, vm.name, 'RUNNING');
    expect(seen).toEqual(['RUNNING->TERMINATED']);
    expect(vm.sim.activity.at(-1)!.to).toBeNull();
    expect(() => f.gcp.setInstanceStatus('fleet-demo-prod', zone, 'nope', 'RUNNING')).toThrow();
  });
});
