import { describe, expect, it } from 'vitest';
import {
  AWS_ACCOUNTS,
  EC2_INSTANCE_STATES,
  EC2_INSTANCE_TYPES,
  FLEET_EPOCH,
  InvalidStateTransitionError,
  createFleet,
  type AwsScopeData,
} from '../../emulators/fleet.js';

const snapshotOf = (scopes: AwsScopeData[]) => JSON.stringify(scopes);
const idFormat = (prefix: string) => new RegExp(`^${prefix}-0[0-9a-f]{16}$`);

describe('createFleet', () => {
  it('is deterministic: the same seed gives the same fleet, another seed another', () => {
    const a = createFleet({ seed: 7 });
    const b = createFleet({ seed: 7 });
    const c = createFleet({ seed: 8 });
    expect(snapshotOf(a.aws.scopes())).toBe(snapshotOf(b.aws.scopes()));
    expect(snapshotOf(a.aws.scopes())).not.toBe(snapshotOf(c.aws.scopes()));
  });

  it('defaults to seed 42 and 60 VMs per scope over 2 accounts × 2 regions', () => {
    const fleet = createFleet();
    expect(fleet.seed).toBe(42);
    expect(fleet.vmsPerScope).toBe(60);
    expect(fleet.scopes().filter((s) => s.provider === 'aws')).toEqual([
      { provider: 'aws', account: '111111111111', region: 'us-east-1' },
      { provider: 'aws', account: '111111111111', region: 'eu-west-1' },
      { provider: 'aws', account: '222222222222', region: 'us-east-1' },
      { provider: 'aws', account: '222222222222', region: 'eu-west-1' },
    ]);
    expect(new Set(fleet.scopes().map((s) => s.provider))).toEqual(new Set(['aws', 'azure', 'gcp', 'digitalocean', 'proxmox', 'libvirt']));
    for (const scope of fleet.aws.scopes()) expect(scope.instances).toHaveLength(60);
    expect(snapshotOf(fleet.aws.scopes())).toBe(snapshotOf(createFleet({ seed: 42 }).aws.scopes()));
  });

  it('honours vmsPerScope, including tiny fleets', () => {
    expect(createFleet({ vmsPerScope: 3 }).aws.scope('111111111111', 'us-east-1')!.instances).toHaveLength(3);
    expect(createFleet({ vmsPerScope: 0 }).aws.scope('111111111111', 'us-east-1')!.instances).toHaveLength(0);
    expect(() => createFleet({ vmsPerScope: -1 })).toThrow();
  });

  it('maps sandbox credentials to accounts and back', () => {
    const fleet = createFleet();
    expect(fleet.aws.accounts.map((a) => a.accountId)).toEqual(['111111111111', '222222222222']);
    for (const account of AWS_ACCOUNTS) {
      expect(account.credentials.accessKeyId).toMatch(/^AKIAFLEETDEMO\d{7}$/);
      expect(fleet.aws.accountForAccessKey(account.credentials.accessKeyId)?.accountId).toBe(account.accountId);
      expect(fleet.aws.credentials(account.accountId)).toEqual(account.credentials);
    }
    expect(fleet.aws.accountForAccessKey('AKIAUNKNOWN000000000')).toBeUndefined();
    expect(fleet.aws.regions).toEqual(['us-east-1', 'eu-west-1']);
  });
});

describe('AWS fleet content', () => {
  const fleet = createFleet();
  const scopes = fleet.aws.scopes();

  it('gives every scope every EC2 state, with a majority running', () => {
    for (const scope of scopes) {
      const states = scope.instances.map((i) => i.state);
      for (const state of EC2_INSTANCE_STATES) expect(states).toContain(state);
      expect(states.filter((s) => s === 'running').length).toBeGreaterThan(scope.instances.length / 2);
    }
  });

  it('uses real-looking, unique, deterministic ids', () => {
    const all: string[] = [];
    for (const s of scopes) {
      for (const i of s.instances) {
        expect(i.instanceId).toMatch(idFormat('i'));
        expect(i.reservationId).toMatch(idFormat('r'));
        expect(i.imageId).toMatch(idFormat('ami'));
        all.push(i.instanceId);
      }
      for (const v of s.volumes) (expect(v.volumeId).toMatch(idFormat('vol')), all.push(v.volumeId));
      for (const x of s.snapshots) (expect(x.snapshotId).toMatch(idFormat('snap')), all.push(x.snapshotId));
      for (const x of s.vpcs) (expect(x.vpcId).toMatch(idFormat('vpc')), all.push(x.vpcId));
      for (const x of s.subnets) (expect(x.subnetId).toMatch(idFormat('subnet')), all.push(x.subnetId));
      for (const x of s.securityGroups) (expect(x.groupId).toMatch(idFormat('sg')), all.push(x.groupId));
      for (const x of s.networkInterfaces) (expect(x.networkInterfaceId).toMatch(idFormat('eni')), all.push(x.networkInterfaceId));
      for (const x of s.addresses) (expect(x.allocationId).toMatch(idFormat('eipalloc')), all.push(x.allocationId));
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('gives instances catalogue types, names, tags, zones, images and launch times', () => {
    const types = new Map(EC2_INSTANCE_TYPES.map((t) => [t.instanceType, t]));
    for (const scope of scopes) {
      for (const i of scope.instances) {
        const type = types.get(i.instanceType);
        expect(type, i.instanceType).toBeDefined();
        expect(type!.architectures).toContain(i.architecture);
        expect(scope.zones).toContain(i.availabilityZone);
        expect(i.availabilityZone.startsWith(scope.region)).toBe(true);
        expect(i.launchTime.getTime()).toBeLessThan(FLEET_EPOCH.getTime());
        const keys = i.tags.map((t) => t.key);
        expect(keys).toEqual(expect.arrayContaining(['env', 'team', 'app']));
      }
      const named = scope.instances.filter((i) => i.tags.some((t) => t.key === 'Name'));
      expect(named.length).toBeGreaterThan(scope.instances.length * 0.8);
    }
    const all = scopes.flatMap((s) => s.instances);
    expect(new Set(all.map((i) => i.instanceType)).size).toBeGreaterThanOrEqual(5);
    expect(all.some((i) => i.platform === 'windows' && i.platformDetails === 'Windows')).toBe(true);
    expect(all.some((i) => i.architecture === 'arm64')).toBe(true);
  });

  it('attaches 1–3 EBS volumes (root + data) to each live instance, keeps unattached volumes, and snapshots some', () => {
    for (const scope of scopes) {
      for (const i of scope.instances.filter((x) => x.state !== 'terminated')) {
        const disks = scope.volumes.filter((v) => v.attachments.some((a) => a.instanceId === i.instanceId));
        expect(disks.length).toBeGreaterThanOrEqual(1);
        expect(disks.length).toBeLessThanOrEqual(3);
        const root = disks.find((v) => v.attachments[0]!.device === i.rootDeviceName);
        expect(root?.attachments[0]?.deleteOnTermination).toBe(true);
        for (const v of disks) expect(v.state).toBe('in-use');
      }
      // Terminated instances lost their volumes and interfaces (or left them detached).
      for (const i of scope.instances.filter((x) => x.state === 'terminated')) {
        expect(scope.volumes.some((v) => v.attachments.some((a) => a.instanceId === i.instanceId))).toBe(false);
        expect(scope.networkInterfaces.some((n) => n.attachment?.instanceId === i.instanceId)).toBe(false);
        expect(i.stateTransitionReason).toMatch(/^User initiated \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT\)$/);
      }
      expect(scope.volumes.filter((v) => v.attachments.length === 0).length).toBeGreaterThanOrEqual(2);
      expect(scope.snapshots.length).toBeGreaterThan(0);
    }
    const volumes = scopes.flatMap((s) => s.volumes);
    expect(new Set(volumes.map((v) => v.volumeType))).toEqual(new Set(['gp3', 'gp2', 'io2', 'st1']));
    expect(volumes.some((v) => v.encrypted && v.kmsKeyId)).toBe(true);
    expect(volumes.some((v) => !v.encrypted)).toBe(true);
    for (const v of volumes.filter((x) => x.volumeType === 'io2')) expect(v.iops).toBeGreaterThan(0);
    const states = new Set(scopes.flatMap((s) => s.snapshots.map((x) => x.state)));
    expect(states).toEqual(new Set(['completed', 'pending', 'error']));
  });

  it('builds 1–2 VPCs per scope (one default), 2–4 subnets each, and security groups with real rules', () => {
    for (const scope of scopes) {
      expect(scope.vpcs.length).toBeGreaterThanOrEqual(1);
      expect(scope.vpcs.length).toBeLessThanOrEqual(2);
      expect(scope.vpcs.filter((v) => v.isDefault)).toHaveLength(1);
      for (const vpc of scope.vpcs) {
        const subnets = scope.subnets.filter((s) => s.vpcId === vpc.vpcId);
        expect(subnets.length).toBeGreaterThanOrEqual(2);
        expect(subnets.length).toBeLessThanOrEqual(4);
        expect(new Set(subnets.map((s) => s.availabilityZone)).size).toBeGreaterThanOrEqual(2);
        const groups = scope.securityGroups.filter((g) => g.vpcId === vpc.vpcId);
        expect(groups.map((g) => g.groupName)).toContain('default');
        const rules = groups.flatMap((g) => g.ipPermissions);
        expect(rules.some((r) => r.ipProtocol === 'tcp' && r.fromPort === 22)).toBe(true);
        expect(rules.some((r) => r.fromPort === 443 && r.ipRanges.some((x) => x.cidrIp === '0.0.0.0/0'))).toBe(true);
        expect(rules.some((r) => r.userIdGroupPairs.some((p) => groups.some((g) => g.groupId === p.groupId)))).toBe(true);
        for (const g of groups) expect(g.ipPermissionsEgress.some((r) => r.ipProtocol === '-1')).toBe(true);
      }
    }
    expect(scopes.some((s) => s.vpcs.length === 2)).toBe(true);
  });

  it('gives live instances one or two network interfaces and some Elastic IPs, with a couple unassociated', () => {
    for (const scope of scopes) {
      for (const i of scope.instances.filter((x) => x.state !== 'terminated')) {
        const enis = scope.networkInterfaces.filter((n) => n.attachment?.instanceId === i.instanceId);
        expect(enis.length).toBeGreaterThanOrEqual(1);
        expect(enis.length).toBeLessThanOrEqual(2);
        expect(enis.filter((n) => n.attachment!.deviceIndex === 0)).toHaveLength(1);
        for (const n of enis) expect(n.privateIpAddress).toMatch(/^(10|172)\.\d+\.\d+\.\d+$/);
      }
      const associated = scope.addresses.filter((a) => a.associationId);
      for (const a of associated) {
        // With the interface's primary address, or with the secondary address it names.
        const eni = scope.networkInterfaces.find((n) => n.networkInterfaceId === a.networkInterfaceId)!;
        const secondary = eni.secondaryPrivateIps.find((s) => s.privateIpAddress === a.privateIpAddress);
        expect((secondary ?? eni).association?.publicIp).toBe(a.publicIp);
        expect(secondary ? secondary.privateIpAddress : eni.privateIpAddress).toBe(a.privateIpAddress);
      }
      expect(scope.addresses.filter((a) => !a.associationId).length).toBeGreaterThanOrEqual(2);
    }
    const all = scopes.flatMap((s) => s.instances.map((i) => s.networkInterfaces.filter((n) => n.attachment?.instanceId === i.instanceId).length));
    expect(all.some((n) => n === 2)).toBe(true);
    expect(scopes.flatMap((s) => s.addresses).some((a) => a.associationId)).toBe(true);
  });

  it('gives interfaces secondary addresses and IPv6 from their own subnet, every address once', () => {
    for (const scope of scopes) {
      const subnets = new Map(scope.subnets.map((s) => [s.subnetId, s]));
      const privateIps = scope.networkInterfaces.flatMap((n) => [n.privateIpAddress, ...n.secondaryPrivateIps.map((s) => s.privateIpAddress)]);
      expect(new Set(privateIps).size).toBe(privateIps.length);
      for (const n of scope.networkInterfaces) {
        const subnet = subnets.get(n.subnetId)!;
        const prefix = subnet.cidrBlock.split('.').slice(0, 2).join('.');
        for (const s of n.secondaryPrivateIps) expect(s.privateIpAddress.startsWith(`${prefix}.`)).toBe(true);
        const block = subnet.ipv6CidrBlockAssociations[0]?.ipv6CidrBlock;
        for (const ip of n.ipv6Addresses) expect(ip.startsWith(block!.replace('::/64', ':'))).toBe(true);
      }
    }
    const interfaces = scopes.flatMap((s) => s.networkInterfaces);
    expect(interfaces.some((n) => n.secondaryPrivateIps.some((s) => s.association))).toBe(true);
    expect(interfaces.some((n) => n.ipv6Addresses.length > 0)).toBe(true);
  });

  it('launches a few instances with fewer cores or threads than their type’s default, never more', () => {
    const types = new Map(EC2_INSTANCE_TYPES.map((t) => [t.instanceType, t]));
    const vcpus = scopes.flatMap((s) => s.instances.map((i) => [i.cpuOptions.coreCount * i.cpuOptions.threadsPerCore, types.get(i.instanceType)!.defaultVCpus]));
    expect(vcpus.every(([has, max]) => has! <= max!)).toBe(true);
    expect(vcpus.filter(([has, max]) => has! < max!).length).toBeGreaterThan(0);
    expect(vcpus.filter(([has, max]) => has! < max!).length).toBeLessThan(vcpus.length / 5);
  });
});

describe('setInstanceState', () => {
  const fixedNow = new Date('2026-06-01T12:00:00Z');

  it('changes the state, records the reason and tells listeners', () => {
    const fleet = createFleet({ vmsPerScope: 20, clock: () => fixedNow });
    const scope = fleet.aws.scope('111111111111', 'us-east-1')!;
    const running = scope.instances.find((i) => i.state === 'running')!;
    const changes: unknown[] = [];
    const stop = fleet.aws.onInstanceStateChange((c) => changes.push(c));

    const after = fleet.aws.setInstanceState(running.instanceId, 'stopped');
    expect(after.state).toBe('stopped');
    expect(after.stateTransitionReason).toBe('User initiated (2026-06-01 12:00:00 GMT)');
    expect(after.stateReason?.code).toBe('Client.UserInitiatedShutdown');
    expect(after.sim.activity.at(-1)?.to).toEqual(fixedNow);
    expect(changes).toEqual([
      { account: '111111111111', region: 'us-east-1', instanceId: running.instanceId, previousState: 'running', state: 'stopped', at: fixedNow },
    ]);

    fleet.aws.setInstanceState(running.instanceId, 'running');
    expect(running.state).toBe('running');
    expect(running.stateTransitionReason).toBe('');
    expect(running.stateReason).toBeNull();
    expect(running.sim.activity.at(-1)).toEqual({ from: fixedNow, to: null });
    stop();
    fleet.aws.setInstanceState(running.instanceId, 'stopping');
    expect(changes).toHaveLength(2);
  });

  it('drops an auto-assigned public IP on stop and restores it on start', () => {
    const fleet = createFleet({ vmsPerScope: 40, clock: () => fixedNow });
    const scope = fleet.aws.scope('111111111111', 'us-east-1')!;
    const eni = scope.networkInterfaces.find(
      (n) =>
        n.attachment?.deviceIndex === 0 &&
        n.association?.allocationId === null &&
        scope.instances.find((i) => i.instanceId === n.attachment!.instanceId)!.state === 'running',
    )!;
    const ip = eni.association!.publicIp;
    fleet.aws.setInstanceState(eni.attachment!.instanceId, 'stopped');
    expect(eni.association).toBeNull();
    fleet.aws.setInstanceState(eni.attachment!.instanceId, 'running');
    expect(eni.association?.publicIp).toBe(ip);
  });

  it('cleans up on termination and refuses to leave terminated', () => {
    const fleet = createFleet({ vmsPerScope: 20, clock: () => fixedNow });
    const scope = fleet.aws.scope('222222222222', 'eu-west-1')!;
    const instance = scope.instances.find((i) => i.state === 'running')!;
    const disks = scope.volumes.flatMap((v) =>
      v.attachments.filter((a) => a.instanceId === instance.instanceId).map((a) => ({ id: v.volumeId, keep: !a.deleteOnTermination })),
    );
    expect(disks.some((d) => !d.keep)).toBe(true); // the root volume goes with the instance
    fleet.aws.setInstanceState(instance.instanceId, 'terminated');
    const volumesAfter = fleet.aws.scope('222222222222', 'eu-west-1')!.volumes;
    for (const disk of disks) {
      const volume = volumesAfter.find((v) => v.volumeId === disk.id);
      if (disk.keep) expect(volume?.state).toBe('available');
      else expect(volume).toBeUndefined();
    }
    const after = fleet.aws.scope('222222222222', 'eu-west-1')!;
    expect(after.networkInterfaces.some((n) => n.attachment?.instanceId === instance.instanceId)).toBe(false);
    expect(after.volumes.some((v) => v.attachments.some((a) => a.instanceId === instance.instanceId))).toBe(false);
    expect(() => fleet.aws.setInstanceState(instance.instanceId, 'running')).toThrow(InvalidStateTransitionError);
    expect(() => fleet.aws.setInstanceState('i-0000000000000000f', 'running')).toThrow(/Unknown instance/);
    expect(() => fleet.aws.setInstanceState(instance.instanceId, 'exploded' as never)).toThrow(/Unknown EC2 instance state/);
  });
});
