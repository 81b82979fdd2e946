// Cloud Asset Inventory real-time feed (asset type compute.googleapis.com/Instance) → VM
// observation. The feed publishes one TemporalAsset per change to a Pub/Sub topic: the asset's
// full name (`//compute.googleapis.com/projects/{p}/zones/{z}/instances/{name}`) gives the
// global id, `resource.data` is the instance in Compute Engine's REST shape (its `status` is the
// listing's raw state), `window.startTime` is when the change happened.
import { z } from 'zod';
import type { VmObservation } from '../../observation.js';
import { vmStateOf } from '../../../providers/gcp/states.js';
import { gcpId, parseResourceUrl } from '../../../providers/gcp/urls.js';
import { checkPayload, parseJson } from '../payload.js';

export const INSTANCE_ASSET_TYPE = 'compute.googleapis.com/Instance';

/** The providerState of a deleted instance: not a Compute Engine status (its TERMINATED means stopped). */
export const GCP_DELETED_PROVIDER_STATE = 'DELETED';

/** A TemporalAsset of an instance that lacks a field we need, or is not JSON at all. */
export class MalformedGcpAssetError extends Error {
  constructor(reason: string) {
    super(`malformed Cloud Asset feed message: ${reason}`);
    this.name = 'MalformedGcpAssetError';
  }
}

const time = z.iso.datetime({ offset: true });
const instanceName = z.string().refine((name) => isInstanceName(name), 'must be //compute.googleapis.com/projects/{p}/zones/{z}/instances/{name}');

const envelope = z.object({ asset: z.object({ assetType: z.string().min(1) }) });

const instanceAsset = z.object({
  asset: z.object({
    name: instanceName,
    resource: z.object({ data: z.object({ status: z.string().min(1) }) }).optional(),
    updateTime: time.optional(),
  }),
  deleted: z.boolean().optional(),
  window: z.object({ startTime: time }).optional(),
});

/** The observation a feed message (TemporalAsset JSON) reports; null for assets other than instances. */
export function observationOfAssetMessage(json: string): VmObservation | null {
  const message = parseJson(json, malformed);
  if (check(envelope, message).asset.assetType !== INSTANCE_ASSET_TYPE) return null;
  const { asset, deleted, window } = check(instanceAsset, message);
  const at = window?.startTime ?? asset.updateTime;
  if (at === undefined) throw new MalformedGcpAssetError('window.startTime: missing (and no asset.updateTime)');
  if (!deleted && !asset.resource) throw new MalformedGcpAssetError('asset.resource.data.status: missing');
  const { project, location, name } = parseResourceUrl(asset.name)!;
  const reported = deleted ? { state: 'TERMINATED' as const, providerState: GCP_DELETED_PROVIDER_STATE } : vmStateOf(asset.resource!.data.status);
  return { vmId: gcpId(project, location, 'vm', name), ...reported, observedAt: new Date(at), source: 'PUSH' };
}

function isInstanceName(name: string): boolean {
  const ref = name.startsWith('//compute.googleapis.com/') ? parseResourceUrl(name) : null;
  return ref !== null && ref.locationKind === 'zone' && ref.collection === 'instances';
}

const malformed = (reason: string) => new MalformedGcpAssetError(reason);

function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return checkPayload(schema, value, malformed, '(message)');
}
