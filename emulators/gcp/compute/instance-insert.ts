// instances.insert: an Instance body (name, machineType, disks with initializeParams, network
// interfaces, labels, tags) checked as Compute Engine checks it — name free, type offered in the
// zone, image known, subnetwork there, CPUS and DISKS_TOTAL_GB quota — then the instance appears
// at once in PROVISIONING with its new disks, and walks STAGING → RUNNING. In a zone out of
// capacity the operation fails with ZONE_RESOURCE_POOL_EXHAUSTED and the instance is gone again.
import { GCE_IMAGES, computeUrl, gcpRegionInfo, gcpTimestamp, regionOfZone, type GceImageInfo } from '../fleet/catalogue.js';
import type { GceAttachedDisk, GceInstance, GceSubnetwork } from '../fleet/types.js';
import { googleErrors } from '../errors.js';
import { zoneExhausted } from './instance-power.js';
import { machineTypeUrl } from './instance-changes.js';
import { newInstanceDisks, type DiskPlan } from './insert-disks.js';
import type { GceOperation } from './operations.js';
import { vcpusOfType } from './quota.js';
import { lastSegment, operate, parseRef, regionDataOf, setStatus, zoneOf, type WriteContext } from './write-context.js';
import { freeAddress, idFor } from './write-ids.js';

const RESOURCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function insertInstance(ctx: WriteContext): GceOperation {
  const { project } = ctx.route;
  const zone = zoneOf(ctx);
  const region = regionOfZone(zone);
  const name = String(ctx.body['name'] ?? '');
  if (!RESOURCE_NAME.test(name)) throw googleErrors.invalidField('resource.name', name, 'Must be a match of regex \'[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?\'');
  const machineType = machineTypeUrl(ctx, zone, ctx.body['machineType'], 'machineType');
  const selfLink = computeUrl.zonal(project, zone, 'instances', name);
  if (ctx.fleet.findInstance(project, zone, name)) throw googleErrors.alreadyExists(`projects/${project}/zones/${zone}/instances/${name}`);
  const plans = diskPlans(ctx, name, zone);
  ctx.quotas.requireCpus(project, zone, vcpusOfType(zone, lastSegment(machineType)));
  ctx.quotas.requireDiskGb(project, region, plans.reduce((n, p) => n + p.sizeGb, 0));
  const subnetwork = subnetworkOf(ctx, region);

  const { disks, attached } = newInstanceDisks(ctx, plans, selfLink);
  const instance = newInstance(ctx, { name, zone, machineType, selfLink, subnetwork, attached });
  for (const disk of disks) ctx.fleet.addDisk(project, region, disk);
  ctx.fleet.addInstance(project, instance);

  const undo = () => {
    ctx.fleet.removeInstance(project, zone, name);
    for (const disk of disks) ctx.fleet.removeDisk(project, region, disk.selfLink);
    throw zoneExhausted(project, zone);
  };
  const steps = [() => setStatus(ctx, instance, 'STAGING'), ctx.stockouts.has(zone) ? undo : () => setStatus(ctx, instance, 'RUNNING')];
  return operate(ctx, { link: selfLink, id: instance.id, type: 'insert' }, steps);
}

type BodyDisk = { boot?: boolean; autoDelete?: boolean; deviceName?: string; initializeParams?: { sourceImage?: string; diskSizeGb?: string | number; diskType?: string; diskName?: string } };

function diskPlans(ctx: WriteContext, instanceName: string, zone: string): DiskPlan[] {
  const body = (Array.isArray(ctx.body['disks']) ? ctx.body['disks'] : []) as BodyDisk[];
  const bootIndex = body.findIndex((d) => d.boot);
  if (bootIndex < 0 || !body[bootIndex]!.initializeParams?.sourceImage) {
    throw googleErrors.invalidArgument('Invalid value for field \'resource.disks\': \'\'. Boot disk must be specified.');
  }
  return body.map((d, index) => {
    const params = d.initializeParams ?? {};
    const image = d.boot ? imageOf(params.sourceImage!) : null;
    const asked = params.diskSizeGb === undefined ? null : Number(params.diskSizeGb);
    const sizeGb = asked ?? image?.sizeGb ?? 10;
    if (!Number.isInteger(sizeGb) || sizeGb < (image?.sizeGb ?? 1)) {
      throw googleErrors.invalidField(`resource.disks[${index}].initializeParams.diskSizeGb`, String(params.diskSizeGb), `Requested disk size cannot be smaller than the image size (${image?.sizeGb ?? 1} GB).`);
    }
    const diskName = params.diskName ?? (d.boot ? instanceName : `${instanceName}-${index}`);
    if (ctx.fleet.region(ctx.route.project, regionOfZone(zone))?.disks.some((x) => x.selfLink === computeUrl.zonal(ctx.route.project, zone, 'disks', diskName))) {
      throw googleErrors.alreadyExists(`projects/${ctx.route.project}/zones/${zone}/disks/${diskName}`);
    }
    return { name: diskName, sizeGb, type: lastSegment(params.diskType ?? 'pd-balanced'), image, boot: Boolean(d.boot), autoDelete: d.autoDelete ?? true, deviceName: d.deviceName ?? diskName };
  });
}

/** A public image by name or family (`projects/debian-cloud/global/images/family/debian-12`); 404 when unknown. */
function imageOf(reference: string): GceImageInfo {
  const m = /projects\/([^/]+)\/global\/images\/(?:family\/)?([^/]+)$/.exec(reference);
  const family = reference.includes('/images/family/');
  const found = m ? GCE_IMAGES.find((i) => i.project === m[1] && (family ? i.image.startsWith(`${m[2]}-`) || i.license === m[2] : i.image === m[2])) : undefined;
  if (!found) throw googleErrors.notFound(reference.replace(/^https:\/\/[^/]+\/compute\/v1\//, ''));
  return found;
}

/** nic0's subnetwork: the one named, else the region's subnetwork of the network named (default: `default`). */
function subnetworkOf(ctx: WriteContext, region: string): GceSubnetwork {
  const nic = ((ctx.body['networkInterfaces'] as { subnetwork?: string; network?: string }[] | undefined) ?? [])[0] ?? {};
  const subnets = regionDataOf(ctx, region)?.subnetworks ?? [];
  const ref = parseRef(ctx, nic.subnetwork);
  if (nic.subnetwork) {
    const found = ref && subnets.find((s) => s.name === ref.name && ref.region === region);
    if (!found) throw googleErrors.notFound(`projects/${ctx.route.project}/regions/${ref?.region ?? region}/subnetworks/${ref?.name ?? nic.subnetwork}`);
    return found;
  }
  const network = parseRef(ctx, nic.network)?.name ?? 'default';
  const found = subnets.find((s) => lastSegment(s.network) === network);
  if (!found) throw googleErrors.notFound(`projects/${ctx.route.project}/global/networks/${network}`);
  return found;
}

interface InstanceParts {
  name: string;
  zone: string;
  machineType: string;
  selfLink: string;
  subnetwork: GceSubnetwork;
  attached: GceAttachedDisk[];
}

function newInstance(ctx: WriteContext, parts: InstanceParts): GceInstance {
  const { project } = ctx.route;
  const now = gcpTimestamp(ctx.now());
  const body = ctx.body as { labels?: Record<string, string>; tags?: { items?: string[] }; description?: string };
  const projectNumber = ctx.fleet.projects.find((p) => p.projectId === project)?.projectNumber ?? '0';
  return {
    kind: 'compute#instance',
    id: idFor('instance', project, parts.selfLink, now),
    creationTimestamp: now,
    name: parts.name,
    description: body.description ?? '',
    tags: { ...(body.tags?.items?.length ? { items: [...body.tags.items] } : {}), fingerprint: fingerprintOf(parts.selfLink, 'tags') },
    machineType: parts.machineType,
    status: 'PROVISIONING',
    zone: computeUrl.zone(project, parts.zone),
    canIpForward: false,
    networkInterfaces: [
      {
        kind: 'compute#networkInterface',
        name: 'nic0',
        network: parts.subnetwork.network,
        subnetwork: parts.subnetwork.selfLink,
        networkIP: freeAddress(ctx, parts.subnetwork),
        stackType: 'IPV4_ONLY',
        fingerprint: fingerprintOf(parts.selfLink, 'nic0'),
      },
    ],
    disks: parts.attached,
    serviceAccounts: [{ email: `${projectNumber}-compute@developer.gserviceaccount.com`, scopes: ['https://www.googleapis.com/auth/cloud-platform'] }],
    selfLink: parts.selfLink,
    scheduling: { onHostMaintenance: 'MIGRATE', automaticRestart: true, preemptible: false, provisioningModel: 'STANDARD' },
    cpuPlatform: gcpRegionInfo(regionOfZone(parts.zone))?.cpuPlatforms[0] ?? 'Intel Cascade Lake',
    labels: { ...(body.labels ?? {}) },
    labelFingerprint: fingerprintOf(parts.selfLink, 'labels'),
    startRestricted: false,
    deletionProtection: false,
    fingerprint: fingerprintOf(parts.selfLink, 'instance'),
    sim: { opsAgent: false, activity: [], ephemeralIps: [] },
  };
}

function fingerprintOf(...parts: string[]): string {
  return Buffer.from(idFor('fingerprint', ...parts).slice(0, 16)).toString('base64');
}
