// Pub/Sub pushing a Cloud Asset Inventory real-time feed (asset type
// compute.googleapis.com/Instance) to a push subscription: one message per instance status
// change in the fleet, its data a TemporalAsset (the instance as Compute Engine's REST API
// returns it, the prior copy, the change's time), delivered as Pub/Sub's push envelope with
// Pub/Sub's retries. Push subscriptions need no handshake.
import type { GceInstance, GcpFleet, GcpInstanceStatusChange } from '../fleet.js';
import { DEFAULT_PUSH_RETRY, type RetryPolicy } from '../kit/push-delivery.js';
import { createPushPublisher, type PushPublisher } from '../kit/push-publisher.js';

export const DEFAULT_PUSH_SUBSCRIPTION = 'fleetgraph-instances';

const INSTANCE_ASSET_TYPE = 'compute.googleapis.com/Instance';

export type PubSubPublisher = PushPublisher;

export function createPubSubPublisher(fleet: GcpFleet, policy: RetryPolicy = DEFAULT_PUSH_RETRY): PubSubPublisher {
  let messageIds = 0;
  return createPushPublisher(async (endpointUrl, outbox) =>
    fleet.onInstanceStatusChange((change) => {
      const instance = fleet.findInstance(change.project, change.zone, change.instance);
      const project = fleet.projects.find((p) => p.projectId === change.project);
      if ((!instance && change.lifecycle !== 'deleted') || !project) return;
      // Serialised now: the instance may change again before a retry goes out.
      const messageId = String(++messageIds);
      const publishTime = new Date().toISOString();
      const asset = instance ? temporalAsset(instance, change, project.projectNumber) : deletedAsset(change, project.projectNumber);
      const data = Buffer.from(JSON.stringify(asset)).toString('base64');
      const envelope = {
        // Pub/Sub sends both spellings of the id and time.
        message: { data, messageId, message_id: messageId, publishTime, publish_time: publishTime },
        subscription: `projects/${change.project}/subscriptions/${DEFAULT_PUSH_SUBSCRIPTION}`,
      };
      outbox.send(endpointUrl, { headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    }), policy);
}

/** What the feed publishes for one change: the asset now, the asset before (none for a new one), when it changed. */
function temporalAsset(instance: GceInstance, change: GcpInstanceStatusChange, projectNumber: string): object {
  const now = wire(instance);
  const before = { ...now, status: change.previousStatus };
  const at = change.at.toISOString();
  const created = change.lifecycle === 'created';
  return {
    asset: asset(now, change, projectNumber, at),
    priorAssetState: created ? 'DOES_NOT_EXIST' : 'PRESENT',
    ...(created ? {} : { priorAsset: asset(before, change, projectNumber, at) }),
    window: { startTime: at },
    deleted: false,
  };
}

/** A deleted instance: its name and type, no resource data, `deleted: true`. */
function deletedAsset(change: GcpInstanceStatusChange, projectNumber: string): object {
  const at = change.at.toISOString();
  const { resource: _resource, ...named } = asset({}, change, projectNumber, at) as { resource: unknown };
  return { asset: named, priorAssetState: 'PRESENT', window: { startTime: at }, deleted: true };
}

function asset(data: object, change: GcpInstanceStatusChange, projectNumber: string, updateTime: string): object {
  return {
    name: `//compute.googleapis.com/projects/${change.project}/zones/${change.zone}/instances/${change.instance}`,
    assetType: INSTANCE_ASSET_TYPE,
    resource: {
      version: 'v1',
      discoveryDocumentUri: 'https://www.googleapis.com/discovery/v1/apis/compute/v1/rest',
      discoveryName: 'Instance',
      parent: `//cloudresourcemanager.googleapis.com/projects/${projectNumber}`,
      data,
      location: change.zone,
    },
    ancestors: [`projects/${projectNumber}`],
    updateTime,
  };
}

/** The instance as the API returns it: a deep copy without the simulation state. */
function wire(instance: GceInstance): Record<string, unknown> {
  const { sim: _sim, ...rest } = instance;
  void _sim;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
