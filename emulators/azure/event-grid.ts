// Event Grid pushing an Azure Resource Notifications "Resources" system topic to a webhook event
// subscription (Event Grid schema): the validation handshake first, then one
// Microsoft.ResourceNotifications.Resources.CreatedOrUpdated event per VM state change in the
// fleet, carrying the VM as Azure Resource Graph holds it (its power state under
// properties.extended.instanceView), with Event Grid's delivery headers and retries.
// Azure has one such system topic per subscription; the emulator's one event subscription covers
// every subscription of the fleet.
import { randomUUID } from 'node:crypto';
import type { AzureFleet, AzureVirtualMachine, AzureVmConditionChange } from '../fleet.js';
import { DEFAULT_PUSH_RETRY, deliverWithRetry, type PushRequest, type RetryPolicy } from '../kit/push-delivery.js';
import { createPushPublisher, type PushPublisher } from '../kit/push-publisher.js';

/** Event Grid sends the event subscription's name in upper case. */
export const DEFAULT_EVENT_SUBSCRIPTION_NAME = 'FLEETGRAPH-VM-STATES';

const CREATED_OR_UPDATED = 'Microsoft.ResourceNotifications.Resources.CreatedOrUpdated';
const VALIDATION_EVENT = 'Microsoft.EventGrid.SubscriptionValidationEvent';
/** The api-version of the resource properties in the payload (the compute api-version ARM serves). */
const VM_API_VERSION = '2024-07-01';

export interface EventGridSubscribeOptions {
  /** The event subscription's name (aeg-subscription-name); default DEFAULT_EVENT_SUBSCRIPTION_NAME. */
  subscriptionName?: string;
}

/**
 * subscribe() sends the validation handshake to the endpoint and rejects unless it answers 200
 * with the validation code; then pushes every VM change.
 */
export type EventGridPublisher = PushPublisher<EventGridSubscribeOptions>;

export function createEventGridPublisher(fleet: AzureFleet, policy: RetryPolicy = DEFAULT_PUSH_RETRY): EventGridPublisher {
  return createPushPublisher<EventGridSubscribeOptions>(async (endpointUrl, outbox, options = {}) => {
    const name = (options.subscriptionName ?? DEFAULT_EVENT_SUBSCRIPTION_NAME).toUpperCase();
    await validate(endpointUrl, name, fleet.subscriptions[0]?.subscriptionId ?? '');
    return fleet.onVmConditionChange((change) => {
      const found = fleet.findVm(change.vmId);
      if (!found) return;
      // Serialised now: the VM may change again before a retry goes out.
      const body = JSON.stringify([createdOrUpdatedEvent(found.vm, change)]);
      outbox.send(endpointUrl, (attempt) => notification(name, body, attempt));
    });
  }, policy);
}

async function validate(endpointUrl: string, name: string, subscriptionId: string): Promise<void> {
  const code = randomUUID().toUpperCase();
  const topic = `/subscriptions/${subscriptionId}/resourceGroups/fleetgraph/providers/Microsoft.EventGrid/systemTopics/fleetgraph-resources`;
  const event = {
    id: randomUUID(),
    topic,
    subject: '',
    data: { validationCode: code, validationUrl: `https://eventgrid.azure.net/validate?id=${code}` },
    eventType: VALIDATION_EVENT,
    eventTime: new Date().toISOString(),
    metadataVersion: '1',
    dataVersion: '2',
  };
  const headers = { ...eventGridHeaders('SubscriptionValidation', name, 0), 'aeg-data-version': '2' };
  // Event Grid tries the handshake once: a subscription whose endpoint does not answer is not created.
  const outcome = await deliverWithRetry(endpointUrl, { headers, body: JSON.stringify([event]) }, { ...DEFAULT_PUSH_RETRY, maxAttempts: 1 });
  if (!outcome.delivered) throw new Error(`Event Grid validation of ${endpointUrl} failed: ${outcome.reason}`);
  if (validationResponseOf(outcome.body) !== code) throw new Error(`Event Grid validation of ${endpointUrl} failed: the endpoint did not return the validation code`);
}

function validationResponseOf(body: string): unknown {
  try {
    return (JSON.parse(body) as { validationResponse?: unknown }).validationResponse;
  } catch {
    return undefined;
  }
}

function notification(name: string, body: string, attempt: number): PushRequest {
  return { headers: eventGridHeaders('Notification', name, attempt - 1), body };
}

function eventGridHeaders(type: 'SubscriptionValidation' | 'Notification', name: string, deliveryCount: number): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'aeg-event-type': type,
    'aeg-subscription-name': name,
    'aeg-delivery-count': String(deliveryCount),
    'aeg-data-version': '1',
    'aeg-metadata-version': '1',
  };
}

/** The event Azure Resource Notifications publishes for a VM written (here: its state changed). */
function createdOrUpdatedEvent(vm: AzureVirtualMachine, change: AzureVmConditionChange): object {
  const at = change.at.toISOString();
  return {
    id: randomUUID(),
    topic: `/subscriptions/${change.subscriptionId}`,
    subject: vm.id,
    data: {
      resourceInfo: {
        id: vm.id,
        name: vm.name,
        type: vm.type,
        location: vm.location,
        tags: vm.tags,
        properties: { ...vm.properties, extended: { instanceView: resourceGraphInstanceView(vm) } },
      },
      apiVersion: VM_API_VERSION,
      operationalInfo: { resourceEventTime: at },
    },
    eventType: CREATED_OR_UPDATED,
    dataVersion: '1',
    metadataVersion: '1',
    eventTime: at,
  };
}

/** Resource Graph's summary of the instance view: the power state, not the other statuses. */
function resourceGraphInstanceView(vm: AzureVirtualMachine): object {
  const { computerName, osName, osVersion, hyperVGeneration, statuses } = vm.instanceView;
  const power = statuses.find((s) => s.code.startsWith('PowerState/'));
  return {
    computerName,
    osName,
    osVersion,
    hyperVGeneration,
    ...(power ? { powerState: { code: power.code, level: power.level, displayStatus: power.displayStatus } } : {}),
  };
}
