// createVm: one instances.insert with the boot disk and the data disks as initializeParams (so
// they are created with the VM and deleted with it), nic0 in the subnetwork asked for (else the
// `default` network's subnetwork of the region), the firewalls' target tags as network tags (GCP
// applies firewalls by tag, not by attachment) and the tags as labels. A dry run checks the zone
// offers the type, the subnetwork exists and the name is free.
import type { ActionOptions, CreateVmSpec, StartedAction } from '../../actions.js';
import { parseGlobalIdOfKind } from '../../ids.js';
import { ProviderError } from '../../errors.js';
import { getInstance, requireMachineType } from './reads.js';
import { requestIdOf } from './request-ids.js';
import { checkLocation, projectScope, type ContextFor, type Target } from './targets.js';
import { operationOf, startedBy } from './tracking.js';
import { refused, writeCall } from './write-errors.js';
import { gcpId, regionOfLocation } from '../urls.js';

const OPERATION = 'instances.insert';

export async function startCreate(contextFor: ContextFor, spec: CreateVmSpec, options: ActionOptions): Promise<StartedAction | null> {
  const t = createTarget(contextFor, spec);
  await requireMachineType(t, t.location, spec.instanceType);
  const [subnetwork, tags] = await Promise.all([subnetworkOf(t, spec), networkTagsOf(t, spec)]);
  if (options.dryRun) {
    await requireFreeName(t);
    return null;
  }
  const clients = await t.ctx.clients();
  const instanceResource = {
    name: spec.name,
    machineType: `zones/${t.location}/machineTypes/${spec.instanceType}`,
    disks: [
      { boot: true, autoDelete: true, initializeParams: { sourceImage: spec.image, ...(spec.bootDiskGiB ? { diskSizeGb: String(spec.bootDiskGiB) } : {}) } },
      ...spec.dataDisks.map((d, i) => ({
        boot: false,
        autoDelete: true,
        deviceName: `${spec.name}-data-${i + 1}`,
        initializeParams: { diskName: `${spec.name}-data-${i + 1}`, diskSizeGb: String(d.sizeGiB), diskType: `zones/${t.location}/diskTypes/${d.volumeType ?? 'pd-balanced'}` },
      })),
    ],
    networkInterfaces: [subnetwork ? { subnetwork } : { network: 'global/networks/default' }],
    ...(tags.length > 0 ? { tags: { items: tags } } : {}),
    labels: Object.fromEntries(spec.tags.map((tag) => [tag.key, tag.value])),
  };
  const operation = await writeCall(
    t.ctx,
    OPERATION,
    async () => operationOf(await clients.instances.insert({ project: t.project, zone: t.location, requestId: requestIdOf(options.idempotencyKey, 'insert'), instanceResource })),
    { notFoundIsInput: true },
  );
  return startedBy(operation, gcpId(t.project, t.location, 'vm', spec.name));
}

function createTarget(contextFor: ContextFor, spec: CreateVmSpec): Target {
  const scope = projectScope(spec.scope.account);
  if (spec.scope.provider !== 'gcp') throw refused('INVALID_INPUT', scope, OPERATION, `${spec.scope.provider} is not GCP`);
  const ctx = contextFor(scope, OPERATION);
  if (!spec.zone) throw refused('INVALID_INPUT', scope, OPERATION, 'GCP places every VM in a zone: give one');
  if (regionOfLocation(spec.zone) !== spec.scope.region) throw refused('INVALID_INPUT', scope, OPERATION, `zone ${spec.zone} is not in region ${spec.scope.region}`);
  checkLocation(ctx, spec.zone, OPERATION, 'zone');
  return { ctx, project: spec.scope.account, location: spec.zone, name: spec.name };
}

/** The subnetwork's partial URL, checked to exist in the VM's region; null for the default network. */
async function subnetworkOf(t: Target, spec: CreateVmSpec): Promise<string | null> {
  if (!spec.subnetId) return null;
  const id = parseGlobalIdOfKind(spec.subnetId, 'subnet');
  if (id.account !== t.project || id.region !== regionOfLocation(t.location)) {
    throw refused('INVALID_INPUT', t.ctx.scope, OPERATION, `subnet ${spec.subnetId} is not in project ${t.project}, region ${regionOfLocation(t.location)}`);
  }
  const clients = await t.ctx.clients();
  await writeCall(t.ctx, 'subnetworks.get', () => clients.subnetworks.get({ project: t.project, region: id.region, subnetwork: id.nativeId }), { notFoundIsInput: true });
  return `projects/${t.project}/regions/${id.region}/subnetworks/${id.nativeId}`;
}

/** The target tags of the firewalls asked for: a VM gets a firewall's rules by carrying its tag. */
async function networkTagsOf(t: Target, spec: CreateVmSpec): Promise<string[]> {
  const clients = await t.ctx.clients();
  const tags = new Set<string>();
  for (const raw of spec.securityGroupIds) {
    const id = parseGlobalIdOfKind(raw, 'securityGroup');
    const [firewall] = await writeCall(t.ctx, 'firewalls.get', () => clients.firewalls.get({ project: id.account, firewall: id.nativeId }), { notFoundIsInput: true });
    const targets = firewall.targetTags ?? [];
    if (targets.length === 0) throw refused('INVALID_INPUT', t.ctx.scope, OPERATION, `firewall ${id.nativeId} applies by network or service account, not by tag: it cannot be chosen per VM`);
    for (const tag of targets) tags.add(tag);
  }
  return [...tags];
}

async function requireFreeName(t: Target): Promise<void> {
  try {
    await getInstance(t);
  } catch (error) {
    if (error instanceof ProviderError && error.category === 'NOT_FOUND') return;
    throw error;
  }
  throw refused('CONFLICT', t.ctx.scope, OPERATION, `instance ${t.name} already exists in ${t.location}`, 'alreadyExists');
}
