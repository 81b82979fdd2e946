// Volumes, snapshots and networks through the gateway, checked against the emulator's fleet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { NetworksDocument, SnapshotsDocument, VolumesDocument } from '../generated/operations.js';
import { gatewayUrl, startTestApp } from '../support/app.js';
import { execute } from '../support/graphql.js';

describe('storage and network inventory', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ vmsPerScope: 10 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const fleetScopes = () => app.sandbox!.fleet.aws.scopes();

  it('lists every volume with its attachments resolved to VMs', async () => {
    const expected = fleetScopes().flatMap((s) => s.volumes);
    const result = await execute(gatewayUrl(app), VolumesDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.volumes.totalCount).toBe(expected.length);
    const byNativeId = new Map(result.data!.volumes.nodes.map((v) => [v.nativeId, v]));
    for (const volume of expected) {
      const got = byNativeId.get(volume.volumeId)!;
      expect(got.sizeGiB).toBe(volume.size);
      expect(got.providerState).toBe(volume.state);
      expect(got.attachments.map((a) => a.vm.id.split(':').at(-1))).toEqual(volume.attachments.map((a) => a.instanceId));
      for (const attachment of got.attachments) expect(attachment.vm.state).toBeTruthy(); // resolved by the compute subgraph
    }
  });

  it('filters volumes by attachment and state', async () => {
    const detached = fleetScopes().flatMap((s) => s.volumes).filter((v) => v.attachments.length === 0);
    const result = await execute(gatewayUrl(app), VolumesDocument, { first: 1000, filter: { attached: false } });
    expect(result.data!.volumes.totalCount).toBe(detached.length);
    expect(result.data!.volumes.nodes.every((v) => v.attachments.length === 0 && v.state !== 'IN_USE')).toBe(true);
  });

  it('lists snapshots with the volume they were taken of', async () => {
    const expected = fleetScopes().flatMap((s) => s.snapshots);
    const result = await execute(gatewayUrl(app), SnapshotsDocument, { first: 1000 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.snapshots.totalCount).toBe(expected.length);
    expect(new Set(result.data!.snapshots.nodes.map((s) => s.providerState))).toEqual(new Set(expected.map((s) => s.state)));
  });

  it('lists networks with subnets and security groups, public IPs with their VM, and interfaces', async () => {
    const scopes = fleetScopes();
    const result = await execute(gatewayUrl(app), NetworksDocument, {});
    expect(result.errors).toBeUndefined();
    const { networks, publicIps, networkInterfaces } = result.data!;
    expect(networks.totalCount).toBe(scopes.flatMap((s) => s.vpcs).length);
    expect(networks.nodes.flatMap((n) => n.subnets ?? []).length).toBe(scopes.flatMap((s) => s.subnets).length);
    expect(networks.nodes.flatMap((n) => n.securityGroups ?? []).length).toBe(scopes.flatMap((s) => s.securityGroups).length);
    expect(networks.nodes.filter((n) => n.isDefault).length).toBe(scopes.length);
    expect(publicIps.totalCount).toBe(scopes.flatMap((s) => s.addresses).length);
    const associated = publicIps.nodes.filter((ip) => ip.vm);
    expect(associated.length).toBeGreaterThan(0);
    for (const ip of associated) expect(ip.vm!.state).toBeTruthy();
    expect(networkInterfaces.totalCount).toBe(scopes.flatMap((s) => s.networkInterfaces).length);
    for (const nic of networkInterfaces.nodes) {
      expect(nic.privateIps.length).toBeGreaterThan(0);
      expect(nic.subnet).not.toBeNull();
    }
  });
});
