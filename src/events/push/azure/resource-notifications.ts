// Azure Resource Notifications "Resources" events (Event Grid system topic of type
// Microsoft.ResourceNotifications.Resources, Event Grid schema) → VM observations.
//
// Why this event: CreatedOrUpdated carries the VM as Azure Resource Graph holds it — its location
// and `properties.extended.instanceView.powerState` — so one event gives both the global id and
// the power state. The alternatives lack one or both: HealthResources.AvailabilityStatusChanged
// reports availability (Available/Unavailable), not power state, and no location; the
// subscription topic's ResourceActionSuccess names the action requested (start, deallocate…),
// not the state reached, and no location.
//
// Resource Graph's copy is thinner than the instance view the adapter lists: no failure reason
// (the listing says `ProvisioningState/failed/<reason>`) and no hibernation status. A push must
// never spell a state differently from the listing (the recorder would see two changes), so
// those two cases yield nothing here and are left to the poll.
//
// Deleted carries no location, so its notice has no global id: the receiver places it.
import { z } from 'zod';
import type { VmState } from '../../../providers/types.js';
import { armRef, canonicalArmId, parseArmId } from '../../../providers/azure/arm-ids.js';
import { vmStateOf } from '../../../providers/azure/states.js';
import { checkPayload } from '../payload.js';

export const RESOURCE_CREATED_OR_UPDATED = 'Microsoft.ResourceNotifications.Resources.CreatedOrUpdated';
export const RESOURCE_DELETED = 'Microsoft.ResourceNotifications.Resources.Deleted';
export const VM_RESOURCE_TYPE = 'Microsoft.Compute/virtualMachines';

/** The providerState of a deleted VM: not an instance-view code, so never mistaken for one. */
export const AZURE_DELETED_PROVIDER_STATE = 'Deleted';

/** What one event says about one VM. */
export interface AzureVmNotice {
  /** Global VM id; null when the event does not say where the VM is (Deleted events). */
  vmId: string | null;
  /** Lower case, as the adapter's ids spell it. */
  subscriptionId: string;
  /** The canonical ARM id: the adapter's native id. */
  nativeId: string;
  state: VmState;
  providerState: string;
  observedAt: Date;
}

/** An event of a type we read that lacks a field we need. */
export class MalformedAzureEventError extends Error {
  constructor(reason: string) {
    super(`malformed Azure Resource Notifications event: ${reason}`);
    this.name = 'MalformedAzureEventError';
  }
}

const time = z.iso.datetime({ offset: true });
const vmArmId = z.string().refine((id) => parseArmId(id)?.type.toLowerCase() === VM_RESOURCE_TYPE.toLowerCase(), 'must be a virtual machine resource id');

const envelope = z.object({ eventType: z.string().min(1) });
const resourceType = z.object({ data: z.object({ resourceInfo: z.object({ type: z.string().min(1) }) }) });

const operationalInfo = z.object({ resourceEventTime: time }).optional();

const createdOrUpdated = z.object({
  eventTime: time,
  data: z.object({
    resourceInfo: z.object({
      id: vmArmId,
      location: z.string().min(1),
      properties: z.object({
        provisioningState: z.string().min(1).optional(),
        // The documented example spells booleans as 1/0, ARM as true/false: accept both.
        additionalCapabilities: z.object({ hibernationEnabled: z.union([z.boolean(), z.number()]).optional() }).optional(),
        extended: z.object({ instanceView: z.object({ powerState: z.object({ code: z.string().min(1) }).optional() }) }).optional(),
      }),
    }),
    operationalInfo,
  }),
});

const deleted = z.object({
  eventTime: time,
  data: z.object({ resourceInfo: z.object({ id: vmArmId }), operationalInfo }),
});

/**
 * The VM notice one Event Grid event carries; null for any other event type, any other resource
 * type, and the states Resource Graph cannot spell as the listing does (see the top).
 */
export function vmNoticeOfEvent(event: unknown): AzureVmNotice | null {
  const { eventType } = check(envelope, event);
  if (eventType !== RESOURCE_CREATED_OR_UPDATED && eventType !== RESOURCE_DELETED) return null;
  if (check(resourceType, event).data.resourceInfo.type.toLowerCase() !== VM_RESOURCE_TYPE.toLowerCase()) return null;
  return eventType === RESOURCE_DELETED ? deletedNotice(check(deleted, event)) : updatedNotice(check(createdOrUpdated, event));
}

function updatedNotice({ eventTime, data }: z.infer<typeof createdOrUpdated>): AzureVmNotice | null {
  const { id, location, properties } = data.resourceInfo;
  const provisioning = properties.provisioningState?.toLowerCase();
  const power = properties.extended?.instanceView.powerState?.code;
  if (provisioning === undefined && power === undefined) throw new MalformedAzureEventError('data.resourceInfo.properties: neither a provisioning nor a power state');
  if (provisioning === 'failed') return null;
  if (power?.toLowerCase() === 'powerstate/deallocated' && isTrue(properties.additionalCapabilities?.hibernationEnabled)) return null;
  const statuses = [...(provisioning ? [{ code: `ProvisioningState/${provisioning}` }] : []), ...(power ? [{ code: power }] : [])];
  const subscriptionId = parseArmId(id)!.subscriptionId;
  return {
    vmId: armRef(subscriptionId, location, 'vm', id),
    subscriptionId,
    nativeId: canonicalArmId(id),
    ...vmStateOf(statuses),
    observedAt: new Date(data.operationalInfo?.resourceEventTime ?? eventTime),
  };
}

function deletedNotice({ eventTime, data }: z.infer<typeof deleted>): AzureVmNotice {
  const { id } = data.resourceInfo;
  return {
    vmId: null,
    subscriptionId: parseArmId(id)!.subscriptionId,
    nativeId: canonicalArmId(id),
    state: 'TERMINATED',
    providerState: AZURE_DELETED_PROVIDER_STATE,
    observedAt: new Date(data.operationalInfo?.resourceEventTime ?? eventTime),
  };
}

function isTrue(flag: boolean | number | undefined): boolean {
  return flag === true || flag === 1;
}

function check<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return checkPayload(schema, value, (reason) => new MalformedAzureEventError(reason), '(event)');
}
