// The GCP part of the simulated fleet: deterministic, every documented status present, the
// relations Compute Engine has (disks ↔ users, addresses ↔ instances, subnetworks ↔ networks).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFleetChurn } from '../../../emulators/churn.js';
import {
  FLEET_EPOCH,
  GCE_CUSTOM_MACHINE_TYPES,
  GCE_DISK_STATUSES,
  GCE_INSTANCE_STATUSES,
  GCE_SNAPSHOT_STATUSES,
  GCP_PROJECTS,
  createFleet,
  gceMachineTypeIn,
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
      const natIps = i.networkInterfaces.flatMap((nic) => nic.accessConfigs?.map((c) => c.natIP) ?? []);
      if (i.status === 'TERMINATED' || i.status === 'SUSPENDED' || i.status === 'STOPPED') {
        for (const { ip } of i.sim.ephemeralIps) expect(natIps).not.toContain(ip);
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
    // Either side of the switch to daylight time (2 a.m. local, 10:00 UTC).
    expect(gcpTimestamp(new Date('2025-03-09T09:59:59.999Z'))).toBe('2025-03-09T01:59:59.999-08:00');
    expect(gcpTimestamp(new Date('2025-03-09T10:00:00.000Z'))).toBe('2025-03-09T03:00:00.000-07:00');
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

  it('gives some instances two interfaces, each with its own external IP now and then', () => {
    const all = projects.flatMap((p) => p.regions.flatMap((r) => r.instances));
    const twoNics = all.filter((i) => i.networkInterfaces.length === 2);
    expect(twoNics.length).toBeGreaterThan(0);
    for (const i of twoNics) expect(i.networkInterfaces[0]!.network).not.toBe(i.networkInterfaces[1]!.network);
    expect(all.some((i) => i.networkInterfaces.every((nic) => nic.accessConfigs?.[0]?.natIP))).toBe(true);
    // Ephemeral IPs go when the VM stops and come back when it runs, on every interface.
    const f = createFleet({ seed: 42, vmsPerScope: 60 });
    const vm = f.gcp.projects.flatMap((p) => f.gcp.project(p.projectId)!.regions.flatMap((r) => r.instances)).find((i) => i.status === 'RUNNING' && i.networkInterfaces[1]?.accessConfigs?.[0]?.natIP)!;
    const project = vm.selfLink.split('/')[6]!;
    const zone = vm.zone.slice(vm.zone.lastIndexOf('/') + 1);
    f.gcp.setInstanceStatus(project, zone, vm.name, 'TERMINATED');
    expect(vm.networkInterfaces[1]!.accessConfigs![0]!.natIP).toBeUndefined();
    f.gcp.setInstanceStatus(project, zone, vm.name, 'RUNNING');
    expect(vm.networkInterfaces[1]!.accessConfigs![0]!.natIP).toBe(vm.sim.ephemeralIps.find((e) => e.nic === 'nic1')!.ip);
  });

  it('makes the VPC dual-stack: a ULA /48, external IPv6 for app subnetworks, internal for data ones, a /96 per dual-stack interface', () => {
    for (const p of projects) {
      const vpc = p.networks.find((n) => !n.autoCreateSubnetworks)!;
      expect(vpc.enableUlaInternalIpv6).toBe(true);
      expect(vpc.internalIpv6Range).toMatch(/^fd2[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/48$/);
      const ula = vpc.internalIpv6Range!.replace('::/48', '');
      const subnets = p.regions.flatMap((r) => r.subnetworks);
      for (const s of subnets.filter((x) => x.network === vpc.selfLink)) {
        expect(s.stackType).toBe('IPV4_IPV6');
        if (s.name.endsWith('-app')) expect(s).toMatchObject({ ipv6AccessType: 'EXTERNAL', externalIpv6Prefix: expect.stringMatching(/^2600:1900:[0-9a-f]{4}:[0-9a-f]{1,4}:0:0:0:0\/64$/) });
        else expect(s).toMatchObject({ ipv6AccessType: 'INTERNAL', internalIpv6Prefix: expect.stringMatching(new RegExp(`^${ula}:[0-9a-f]+:0:0:0:0/64$`)) });
      }
      for (const s of subnets.filter((x) => x.network !== vpc.selfLink)) expect(s.stackType).toBe('IPV4_ONLY');
      const nics = p.regions.flatMap((r) => r.instances.flatMap((i) => i.networkInterfaces));
      const external = nics.filter((n) => n.ipv6AccessConfigs);
      const internal = nics.filter((n) => n.ipv6Address);
      expect(external.length).toBeGreaterThan(0);
      expect(internal.length).toBeGreaterThan(0);
      for (const nic of [...external, ...internal]) {
        const subnet = subnets.find((x) => x.selfLink === nic.subnetwork)!;
        expect(nic.stackType).toBe('IPV4_IPV6');
        expect(nic.ipv6AccessType).toBe(subnet.ipv6AccessType);
        const prefix = (subnet.externalIpv6Prefix ?? subnet.internalIpv6Prefix)!.replace(':0:0:0:0/64', ':');
        if (nic.ipv6AccessType === 'EXTERNAL') {
          expect(nic.ipv6Address).toBeUndefined();
          expect(nic.ipv6AccessConfigs).toEqual([
            { kind: 'compute#accessConfig', type: 'DIRECT_IPV6', name: 'external-ipv6', externalIpv6: expect.stringMatching(/:0:0$/), externalIpv6PrefixLength: 96, networkTier: 'PREMIUM' },
          ]);
          expect(nic.ipv6AccessConfigs![0]!.externalIpv6.startsWith(prefix)).toBe(true);
        } else {
          expect(nic).toMatchObject({ internalIpv6PrefixLength: 96 });
          expect(nic.ipv6Address!.startsWith(prefix)).toBe(true);
        }
      }
      const ranges = [...external.map((n) => n.ipv6AccessConfigs![0]!.externalIpv6), ...internal.map((n) => n.ipv6Address)];
      expect(new Set(ranges).size).toBe(ranges.length);
      expect(nics.filter((n) => n.stackType === 'IPV4_ONLY').length).toBeGreaterThan(0);
    }
  });

  it('launches E2 shared-core custom types, sized as Compute Engine reports them', () => {
    const types = new Set(projects.flatMap((p) => p.regions.flatMap((r) => r.instances.map((i) => i.machineType.slice(i.machineType.lastIndexOf('/') + 1)))));
    for (const name of GCE_CUSTOM_MACHINE_TYPES) expect(types, name).toContain(name);
    expect(gceMachineTypeIn('us-central1-a', 'e2-custom-small-3072')).toMatchObject({ name: 'e2-custom-small-3072', guestCpus: 2, memoryMb: 3072, isSharedCpu: true });
    expect(gceMachineTypeIn('us-central1-a', 'e2-custom-micro-2048')).toMatchObject({ guestCpus: 2, memoryMb: 2048, isSharedCpu: true });
    expect(gceMachineTypeIn('us-central1-a', 'n2-custom-6-24576')).toMatchObject({ guestCpus: 6, memoryMb: 24576, isSharedCpu: false });
  });
});

describe('GCP lifecycle with graceful shutdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops some VMs through PENDING_STOP, then STOPPING, keeping them running (metrics flow) until then', () => {
    const fleet = createFleet({ seed: 3, vmsPerScope: 12 });
    const seen: string[] = [];
    const stop = fleet.gcp.onInstanceStatusChange((c) => seen.push(`${c.previousStatus}->${c.status}`));
    const churn = startFleetChurn(fleet, { changesPerMinute: 600, seed: 4, clouds: ['gcp'], stepDelayMs: 1000 });
    vi.advanceTimersByTime(120_000);
    churn.stop();
    stop();
    expect(seen).toContain('RUNNING->PENDING_STOP');
    expect(seen).toContain('PENDING_STOP->STOPPING');
    expect(seen.filter((edge) => edge.startsWith('PENDING_STOP->')).every((edge) => edge === 'PENDING_STOP->STOPPING')).toBe(true);

    const f = createFleet({ seed: 1, vmsPerScope: 4 });
    const vm = f.gcp.project('fleet-demo-prod')!.regions[0]!.instances.find((i) => i.status === 'RUNNING')!;
    const zone = vm.zone.slice(vm.zone.lastIndexOf('/') + 1);
    f.gcp.setInstanceStatus('fleet-demo-prod', zone, vm.name, 'PENDING_STOP');
    expect(vm.sim.activity.at(-1)!.to).toBeNull();
    f.gcp.setInstanceStatus('fleet-demo-prod', zone, vm.name, 'STOPPING');
    expect(vm.sim.activity.at(-1)!.to).not.toBeNull();
  });
});
