// Every mutation once, end to end through the gateway, the same way for each cloud: a VM created
// with a data disk, stopped, resized while stopped, started, rebooted, resized with a restart, its
// disk grown, snapshotted (and the snapshot deleted), detached and attached again, and the VM
// deleted — each operation followed to SUCCEEDED and its effect read back through the API, the
// VM's state changes arriving as ACTION events. Each cloud's test file gives its fixtures.
import { parse } from 'graphql';
import { expect } from 'vitest';
import { execute } from '../../support/graphql.js';
import { subscribe } from '../../support/subscriptions.js';

export interface CloudFixtures {
  provider: 'AWS' | 'AZURE' | 'GCP';
  account: string;
  region: string;
  zone: string | null;
  image: string;
  /** The type to create with, one to resize to while stopped, one to resize to with a restart. */
  types: [string, string, string];
  subnetId: string | null;
  securityGroupIds: string[];
  /** A device name / LUN to attach the disk back at (null: the cloud picks). */
  device: string | null;
}

const OPERATION_FIELDS = 'id status kind resourceId error { code message providerCode }';
const CREATE = parse(`mutation($input: CreateVmInput!, $key: String!) { createVm(input: $input, idempotencyKey: $key) { ${OPERATION_FIELDS} } }`);
const VM_ACTION = (field: string, extra = '') =>
  parse(`mutation($id: ID!, $key: String!${extra ? `, ${extra}` : ''}) { ${field}(id: $id, idempotencyKey: $key${extraArgs(extra)}) { ${OPERATION_FIELDS} } }`);
const OPERATION = parse(`query($id: ID!) { operation(id: $id) { ${OPERATION_FIELDS} } }`);
const VM = parse('query($id: ID!) { vm(id: $id) { id name state instanceType volumes { id sizeGiB attachments { vm { id } } } } }');
const VOLUME = parse('query($id: ID!) { volume(id: $id) { id sizeGiB attachments { vm { id } } } }');
const SNAPSHOT = parse('query($id: ID!) { snapshot(id: $id) { id volume { id } } }');
const RESIZE_VOLUME = parse(`mutation($id: ID!, $size: Int!, $key: String!) { resizeVolume(id: $id, sizeGiB: $size, idempotencyKey: $key) { ${OPERATION_FIELDS} } }`);
const SNAP = parse(`mutation($volumeId: ID!, $key: String!) { createSnapshot(volumeId: $volumeId, name: "lifecycle-snap", idempotencyKey: $key) { ${OPERATION_FIELDS} } }`);
const DELETE_SNAP = parse(`mutation($id: ID!, $key: String!) { deleteSnapshot(id: $id, idempotencyKey: $key) { ${OPERATION_FIELDS} } }`);
const DETACH = parse(`mutation($volumeId: ID!, $vmId: ID!, $key: String!) { detachVolume(volumeId: $volumeId, vmId: $vmId, idempotencyKey: $key) { ${OPERATION_FIELDS} } }`);
const ATTACH = parse(`mutation($volumeId: ID!, $vmId: ID!, $device: String, $key: String!) { attachVolume(volumeId: $volumeId, vmId: $vmId, device: $device, idempotencyKey: $key) { ${OPERATION_FIELDS} } }`);
const EVENTS = parse('subscription($ids: [ID!]) { vmStateChanged(filter: { ids: $ids }, since: "0-0") { vmId newState source } }');

function extraArgs(extra: string): string {
  return extra
    .split(',')
    .map((part) => part.trim().split(':')[0]!.slice(1))
    .filter(Boolean)
    .map((name) => `, ${name}: $${name}`)
    .join('');
}

type Op = { id: string; status: string; kind: string; resourceId: string | null; error: { code: string; message: string } | null };
type Vm = { id: string; name: string; state: string; instanceType: string; volumes: { id: string; sizeGiB: number }[] | null };

export async function runLifecycle(url: string, cloud: CloudFixtures): Promise<void> {
  let step = 0;
  const key = () => `lifecycle-${cloud.provider}-${++step}`;
  const finish = async (result: { data?: unknown; errors?: unknown }, field: string): Promise<Op> => {
    expect(result.errors, `${field}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    let operation = (result.data as Record<string, Op>)[field]!;
    for (let i = 0; i < 400 && (operation.status === 'RUNNING' || operation.status === 'PENDING'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      operation = ((await execute(url, OPERATION, { id: operation.id })).data as { operation: Op }).operation;
    }
    expect(operation, `${field} ended ${JSON.stringify(operation)}`).toMatchObject({ status: 'SUCCEEDED' });
    return operation;
  };
  const read = async <T>(document: typeof VM, variables: Record<string, unknown>): Promise<T> => {
    const result = await execute(url, document, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  };
  const vm = async (id: string) => (await read<{ vm: Vm | null }>(VM, { id })).vm;

  const name = `lifecycle-${cloud.provider.toLowerCase()}-1`;
  const input = {
    provider: cloud.provider,
    account: cloud.account,
    region: cloud.region,
    zone: cloud.zone,
    name,
    image: cloud.image,
    instanceType: cloud.types[0],
    subnetId: cloud.subnetId,
    securityGroupIds: cloud.securityGroupIds,
    dataDisks: [{ sizeGiB: 12 }],
    tags: [{ key: 'purpose', value: 'lifecycle-test' }],
  };
  const created = await finish(await execute(url, CREATE, { input, key: key() }), 'createVm');
  const id = created.resourceId!;
  expect(id).toBeTruthy();
  const events = subscribe(url, EVENTS as never, { ids: [id] });
  await events.connected;
  try {
    expect(await vm(id)).toMatchObject({ name, state: 'RUNNING', instanceType: cloud.types[0] });
    const disk = (await vm(id))!.volumes!.find((v) => v.sizeGiB === 12)!;
    expect(disk).toBeTruthy();

    await finish(await execute(url, VM_ACTION('stopVm'), { id, key: key() }), 'stopVm');
    expect(await vm(id)).toMatchObject({ state: 'STOPPED' });
    await finish(await execute(url, VM_ACTION('resizeVm', '$instanceType: String!'), { id, instanceType: cloud.types[1], key: key() }), 'resizeVm');
    expect(await vm(id)).toMatchObject({ state: 'STOPPED', instanceType: cloud.types[1] });
    await finish(await execute(url, VM_ACTION('startVm'), { id, key: key() }), 'startVm');
    expect(await vm(id)).toMatchObject({ state: 'RUNNING' });
    await finish(await execute(url, VM_ACTION('rebootVm'), { id, key: key() }), 'rebootVm');
    expect(await vm(id)).toMatchObject({ state: 'RUNNING' });
    await finish(await execute(url, VM_ACTION('resizeVm', '$instanceType: String!, $allowRestart: Boolean'), { id, instanceType: cloud.types[2], allowRestart: true, key: key() }), 'resizeVm');
    expect(await vm(id)).toMatchObject({ state: 'RUNNING', instanceType: cloud.types[2] });

    await finish(await execute(url, RESIZE_VOLUME, { id: disk.id, size: 24, key: key() }), 'resizeVolume');
    expect((await read<{ volume: { sizeGiB: number } }>(VOLUME, { id: disk.id })).volume.sizeGiB).toBe(24);
    const snapshot = (await finish(await execute(url, SNAP, { volumeId: disk.id, key: key() }), 'createSnapshot')).resourceId!;
    expect((await read<{ snapshot: { volume: { id: string } | null } | null }>(SNAPSHOT, { id: snapshot })).snapshot).toMatchObject({ volume: { id: disk.id } });
    await finish(await execute(url, DELETE_SNAP, { id: snapshot, key: key() }), 'deleteSnapshot');
    expect((await read<{ snapshot: unknown }>(SNAPSHOT, { id: snapshot })).snapshot).toBeNull();

    await finish(await execute(url, DETACH, { volumeId: disk.id, vmId: id, key: key() }), 'detachVolume');
    expect((await read<{ volume: { attachments: unknown[] } }>(VOLUME, { id: disk.id })).volume.attachments).toEqual([]);
    await finish(await execute(url, ATTACH, { volumeId: disk.id, vmId: id, device: cloud.device, key: key() }), 'attachVolume');
    const reattached = await read<{ volume: { attachments: { vm: { id: string } }[] } }>(VOLUME, { id: disk.id });
    expect(reattached.volume.attachments.map((a) => a.vm.id)).toEqual([id]);

    await finish(await execute(url, VM_ACTION('deleteVm', '$confirmName: String!'), { id, confirmName: name, key: key() }), 'deleteVm');
    const gone = await vm(id);
    expect(gone === null || gone.state === 'TERMINATED').toBe(true);
    const seen: { newState: string; source: string }[] = [];
    while (!seen.some((e) => e.newState === 'TERMINATED')) {
      const [event] = await events.take(1, 20_000);
      seen.push((event!.data as { vmStateChanged: { newState: string; source: string } }).vmStateChanged);
    }
    expect(seen.every((e) => e.source === 'ACTION')).toBe(true);
    expect(seen.map((e) => e.newState)).toEqual(expect.arrayContaining(['RUNNING', 'STOPPED', 'TERMINATED']));
  } finally {
    await events.dispose();
  }
}
