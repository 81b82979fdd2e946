// The GCP emulator's writes over the wire, through the real @google-cloud/compute clients (REST):
// zone and global operations PENDING → RUNNING → DONE, status walks seen by listing and by the
// fleet's listeners, requestId dedupe, Compute Engine's errors for state, quota, types and names.
import { GlobalOperationsClient, InstancesClient, SnapshotsClient, DisksClient, ZoneOperationsClient, type protos } from '@google-cloud/compute';
import { OAuth2Client } from 'google-auth-library';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFleet, type Fleet } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import type { GceInstance, GcpInstanceStatusChange } from '../../../emulators/gcp/fleet/types.js';
import { PROD, lastSegment, rejectionOf } from './helpers.js';

type Operation = protos.google.cloud.compute.v1.IOperation;

let fleet: Fleet;
let emu: GcpEmulator;
let instances: InstancesClient;
let disks: DisksClient;
let snapshots: SnapshotsClient;
let zoneOps: ZoneOperationsClient;
let globalOps: GlobalOperationsClient;

beforeAll(async () => {
  fleet = createFleet({ seed: 11, vmsPerScope: 12 });
  emu = await startGcpEmulator({ fleet, actionStepMs: 20 });
  const url = new URL(emu.url);
  const auth = new OAuth2Client();
  auth.setCredentials({ access_token: fleet.gcp.accessToken(PROD) });
  const options = { apiEndpoint: url.hostname, port: Number(url.port), protocol: 'http', fallback: true, authClient: auth } as never;
  instances = new InstancesClient(options);
  disks = new DisksClient(options);
  snapshots = new SnapshotsClient(options);
  zoneOps = new ZoneOperationsClient(options);
  globalOps = new GlobalOperationsClient(options);
});

afterAll(async () => {
  await Promise.all([instances, disks, snapshots, zoneOps, globalOps].map((c) => c?.close()));
  await emu?.close();
});

beforeEach(() => {
  emu.requests.reset();
  emu.faults.clear();
});

const zoneOf = (i: GceInstance) => lastSegment(i.zone);
const allInstances = () => fleet.gcp.project(PROD)!.regions.flatMap((r) => r.instances);
const pick = (status: string, except: string[] = []) => allInstances().find((i) => i.status === status && !i.deletionProtection && !except.includes(i.name))!;

async function untilDone(get: () => Promise<Operation>): Promise<Operation> {
  for (let i = 0; i < 200; i++) {
    const op = await get();
    if (op.status === 'DONE') return op;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('operation never finished');
}

const zoneOp = (zone: string, name: string) => untilDone(async () => (await zoneOps.get({ project: PROD, zone, operation: name }))[0]);

describe('instance power writes', () => {
  it('stop answers a zone operation and walks RUNNING → STOPPING → TERMINATED, which listeners hear', async () => {
    const vm = pick('RUNNING');
    const seen: string[] = [];
    const off = fleet.gcp.onInstanceStatusChange((c: GcpInstanceStatusChange) => c.instance === vm.name && seen.push(c.status));
    const [lro] = await instances.stop({ project: PROD, zone: zoneOf(vm), instance: vm.name });
    const op = lro.latestResponse as Operation;
    expect(op).toMatchObject({ kind: 'compute#operation', operationType: 'stop', status: 'PENDING', targetLink: vm.selfLink });
    const done = await zoneOp(zoneOf(vm), op.name!);
    off();
    expect(done.error).toBeFalsy();
    expect(seen).toEqual(['STOPPING', 'TERMINATED']);
    const [got] = await instances.get({ project: PROD, zone: zoneOf(vm), instance: vm.name });
    expect(got.status).toBe('TERMINATED');
  });

  it('the same requestId answers the same operation and acts once', async () => {
    const vm = pick('RUNNING');
    const requestId = '6f1c0b9e-4a7d-4e5b-9c7a-2d3e4f5a6b7c';
    const [first] = await instances.suspend({ project: PROD, zone: zoneOf(vm), instance: vm.name, requestId });
    const [second] = await instances.suspend({ project: PROD, zone: zoneOf(vm), instance: vm.name, requestId });
    expect((second.latestResponse as Operation).name).toBe((first.latestResponse as Operation).name);
    await zoneOp(zoneOf(vm), (first.latestResponse as Operation).name!);
    expect(vm.status).toBe('SUSPENDED');
    expect(emu.requests.count({ action: 'instances.suspend' })).toBe(2);
  });

  it('refuses a write in a transitional state as resourceNotReady, and a bad requestId', async () => {
    const vm = pick('RUNNING');
    const [lro] = await instances.stop({ project: PROD, zone: zoneOf(vm), instance: vm.name });
    for (let i = 0; i < 200 && vm.status !== 'STOPPING'; i++) await new Promise((r) => setTimeout(r, 2));
    expect(vm.status).toBe('STOPPING');
    const e = await rejectionOf(instances.start({ project: PROD, zone: zoneOf(vm), instance: vm.name }));
    expect(e.message).toMatch(/resourceNotReady|is not ready/);
    await zoneOp(zoneOf(vm), (lro.latestResponse as Operation).name!);
    const bad = await rejectionOf(instances.start({ project: PROD, zone: zoneOf(vm), instance: vm.name, requestId: 'not-a-uuid' }));
    expect(bad.message).toMatch(/requestId/);
  });

  it('a start in a zone out of capacity fails mid-way with ZONE_RESOURCE_POOL_EXHAUSTED and the VM stays stopped', async () => {
    const vm = pick('TERMINATED');
    emu.setZoneExhausted(zoneOf(vm), true);
    try {
      const [lro] = await instances.start({ project: PROD, zone: zoneOf(vm), instance: vm.name });
      const done = await zoneOp(zoneOf(vm), (lro.latestResponse as Operation).name!);
      expect(done.error?.errors?.[0]?.code).toBe('ZONE_RESOURCE_POOL_EXHAUSTED');
      expect(done.httpErrorStatusCode).toBe(503);
      expect(vm.status).toBe('TERMINATED');
    } finally {
      emu.setZoneExhausted(zoneOf(vm), false);
    }
  });

  it('setMachineType needs a stopped VM and a type the zone offers', async () => {
    const running = pick('RUNNING');
    const e = await rejectionOf(instances.setMachineType({ project: PROD, zone: zoneOf(running), instance: running.name, instancesSetMachineTypeRequestResource: { machineType: `zones/${zoneOf(running)}/machineTypes/e2-standard-4` } }));
    expect(e.message).toMatch(/invalidResourceUsage|Invalid resource usage/);
    const stopped = pick('TERMINATED');
    const unknown = await rejectionOf(instances.setMachineType({ project: PROD, zone: zoneOf(stopped), instance: stopped.name, instancesSetMachineTypeRequestResource: { machineType: `zones/${zoneOf(stopped)}/machineTypes/n9-mega-7` } }));
    expect(unknown.message).toMatch(/does not exist in zone/);
  });
});

describe('inserts, quotas and deletes', () => {
  const zone = 'us-central1-a';
  const body = (name: string, machineType = 'e2-standard-4') => ({
    name,
    machineType: `zones/${zone}/machineTypes/${machineType}`,
    disks: [{ boot: true, autoDelete: true, initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12', diskSizeGb: '20' } }],
    networkInterfaces: [{ network: 'global/networks/default' }],
    labels: { team: 'core' },
  });

  it('inserts a VM that appears PROVISIONING at once and ends RUNNING with its boot disk; the name is then taken', async () => {
    const [lro] = await instances.insert({ project: PROD, zone, instanceResource: body('made-by-test') });
    const [early] = await instances.get({ project: PROD, zone, instance: 'made-by-test' });
    expect(['PROVISIONING', 'STAGING']).toContain(early.status);
    await zoneOp(zone, (lro.latestResponse as Operation).name!);
    const [vm] = await instances.get({ project: PROD, zone, instance: 'made-by-test' });
    expect(vm).toMatchObject({ status: 'RUNNING', labels: { team: 'core' } });
    const [disk] = await disks.get({ project: PROD, zone, disk: 'made-by-test' });
    expect(disk).toMatchObject({ sizeGb: '20', users: [vm.selfLink] });
    const again = await rejectionOf(instances.insert({ project: PROD, zone, instanceResource: body('made-by-test') }));
    expect(again.message).toMatch(/already exists/);
  });

  it('refuses more vCPUs than the region quota with quotaExceeded (CPUS)', async () => {
    const e = await rejectionOf(instances.insert({ project: PROD, zone, instanceResource: body('too-big', 'n2-custom-96-98304') }));
    expect(e.message).toMatch(/Quota 'CPUS' exceeded/);
    expect(e.status ?? e.response?.status).toBe(403);
  });

  it('deletes a VM: it is gone from the listing and its auto-delete boot disk with it', async () => {
    const [lro] = await instances.delete({ project: PROD, zone, instance: 'made-by-test' });
    await zoneOp(zone, (lro.latestResponse as Operation).name!);
    expect((await rejectionOf(instances.get({ project: PROD, zone, instance: 'made-by-test' }))).message).toMatch(/not found/);
    expect((await rejectionOf(disks.get({ project: PROD, zone, disk: 'made-by-test' }))).message).toMatch(/not found/);
  });

  it('refuses to delete a deletion-protected VM', async () => {
    const vm = pick('RUNNING');
    vm.deletionProtection = true;
    const e = await rejectionOf(instances.delete({ project: PROD, zone: zoneOf(vm), instance: vm.name }));
    expect(e.message).toMatch(/protected against deletion/);
  });
});

describe('snapshots and global operations', () => {
  it('creates a snapshot through a global operation (CREATING → READY) and deletes it', async () => {
    const disk = fleet.gcp.project(PROD)!.regions[0]!.disks.find((d) => d.zone && d.status === 'READY')!;
    const [lro] = await snapshots.insert({ project: PROD, snapshotResource: { name: 'snap-by-test', sourceDisk: disk.selfLink } });
    const op = lro.latestResponse as Operation;
    expect(op.zone).toBeFalsy();
    await untilDone(async () => (await globalOps.get({ project: PROD, operation: op.name! }))[0]);
    const [snap] = await snapshots.get({ project: PROD, snapshot: 'snap-by-test' });
    expect(snap).toMatchObject({ status: 'READY', sourceDisk: disk.selfLink, diskSizeGb: disk.sizeGb });
    const [del] = await snapshots.delete({ project: PROD, snapshot: 'snap-by-test' });
    await untilDone(async () => (await globalOps.get({ project: PROD, operation: (del.latestResponse as Operation).name! }))[0]);
    expect((await rejectionOf(snapshots.get({ project: PROD, snapshot: 'snap-by-test' }))).message).toMatch(/not found/);
  });

  it('applies fault rules to writes too (forbidden in Compute Engine’s words)', async () => {
    emu.faults.add({ service: 'compute', action: 'snapshots.delete', kind: 'forbidden' });
    const e = await rejectionOf(snapshots.delete({ project: PROD, snapshot: 'anything' }));
    expect(e.message).toMatch(/compute\.snapshots\.delete/);
  });
});
