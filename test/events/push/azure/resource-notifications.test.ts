// Azure Resource Notifications events → VM notices. Fixtures follow the documented Event Grid
// schema of the Resources system topic, with a VM as Resource Graph holds it; the emulator and
// the adapter are compared end to end in test/events/push/event-grid.test.ts.
import { describe, expect, it } from 'vitest';
import { globalId } from '../../../../src/providers/ids.js';
import {
  AZURE_DELETED_PROVIDER_STATE,
  MalformedAzureEventError,
  RESOURCE_CREATED_OR_UPDATED,
  RESOURCE_DELETED,
  vmNoticeOfEvent,
} from '../../../../src/events/push/azure/resource-notifications.js';

const SUB = '6F1C2A4B-0000-4000-8000-00000000A001';
const VM_ID = `/subscriptions/${SUB}/resourceGroups/RG-Prod/providers/Microsoft.Compute/virtualMachines/Web-01`;
const CANONICAL = VM_ID.toLowerCase();
const AT = '2026-03-01T10:20:30.1234567Z';

interface VmShape {
  provisioningState?: string;
  power?: string;
  hibernationEnabled?: boolean | number;
  location?: string | null;
}

function createdOrUpdated(vm: VmShape = {}): Record<string, unknown> {
  const { provisioningState = 'Succeeded', power = 'PowerState/running', location = 'WestEurope' } = vm;
  return {
    id: '4eef929a-a65c-47dd-93e2-46b8c17c6c17',
    topic: `/subscriptions/${SUB}`,
    subject: VM_ID,
    data: {
      resourceInfo: {
        tags: {},
        id: VM_ID,
        name: 'Web-01',
        type: 'Microsoft.Compute/virtualMachines',
        ...(location === null ? {} : { location }),
        properties: {
          ...(provisioningState ? { provisioningState } : {}),
          hardwareProfile: { vmSize: 'Standard_D2s_v5' },
          ...(vm.hibernationEnabled !== undefined ? { additionalCapabilities: { hibernationEnabled: vm.hibernationEnabled } } : {}),
          extended: { instanceView: { computerName: 'web-01', ...(power ? { powerState: { code: power, level: 'Info', displayStatus: 'VM' } } : {}) } },
        },
      },
      apiVersion: '2024-07-01',
      operationalInfo: { resourceEventTime: AT },
    },
    eventType: RESOURCE_CREATED_OR_UPDATED,
    dataVersion: '1',
    metadataVersion: '1',
    eventTime: '2026-03-01T10:20:31Z',
  };
}

function deletedEvent(type = 'Microsoft.Compute/virtualMachines'): Record<string, unknown> {
  return {
    id: 'd4611260-d179-4f86-b196-3a9d4128be2d',
    topic: `/subscriptions/${SUB}`,
    subject: VM_ID,
    data: { resourceInfo: { id: VM_ID, name: 'Web-01', type }, operationalInfo: { resourceEventTime: AT } },
    eventType: RESOURCE_DELETED,
    dataVersion: '1',
    metadataVersion: '1',
    eventTime: AT,
  };
}

const vmGlobalId = globalId({ provider: 'azure', account: SUB.toLowerCase(), region: 'westeurope' }, 'vm', CANONICAL);

describe('Azure Resource Notifications → VM notices', () => {
  it('reads a VM write: the global id from its id and location, the power state, the event time', () => {
    expect(vmNoticeOfEvent(createdOrUpdated({ power: 'PowerState/deallocated' }))).toEqual({
      vmId: vmGlobalId,
      subscriptionId: SUB.toLowerCase(),
      nativeId: CANONICAL,
      state: 'STOPPED',
      providerState: 'PowerState/deallocated',
      observedAt: new Date('2026-03-01T10:20:30.123Z'),
    });
  });

  it.each([
    [{ provisioningState: 'Updating', power: 'PowerState/starting' }, 'PENDING', 'PowerState/starting'],
    [{ power: 'PowerState/stopped' }, 'STOPPED', 'PowerState/stopped'],
    [{ provisioningState: 'Updating', power: 'PowerState/deallocating' }, 'STOPPING', 'PowerState/deallocating'],
    [{ provisioningState: 'Deleting', power: 'PowerState/deallocating' }, 'TERMINATING', 'ProvisioningState/deleting'],
    [{ provisioningState: 'Creating', power: '' }, 'PENDING', 'ProvisioningState/creating'],
    [{ power: 'PowerState/unknown' }, 'UNKNOWN', 'PowerState/unknown'],
    // Hibernation enabled but running: nothing ambiguous about that.
    [{ power: 'PowerState/running', hibernationEnabled: true }, 'RUNNING', 'PowerState/running'],
  ] as const)('spells %o as the listing does: %s, %s', (vm, state, providerState) => {
    expect(vmNoticeOfEvent(createdOrUpdated(vm))).toMatchObject({ state, providerState });
  });

  it('leaves to the poll what Resource Graph cannot spell as the listing does: a failure (no reason) and a maybe-hibernated VM', () => {
    expect(vmNoticeOfEvent(createdOrUpdated({ provisioningState: 'Failed' }))).toBeNull();
    expect(vmNoticeOfEvent(createdOrUpdated({ power: 'PowerState/deallocated', hibernationEnabled: true }))).toBeNull();
    // The documented example spells booleans as 1/0.
    expect(vmNoticeOfEvent(createdOrUpdated({ power: 'PowerState/deallocated', hibernationEnabled: 1 }))).toBeNull();
    expect(vmNoticeOfEvent(createdOrUpdated({ power: 'PowerState/deallocated', hibernationEnabled: 0 }))).toMatchObject({ state: 'STOPPED' });
  });

  it('reads a VM delete as TERMINATED, without a global id (the event has no location)', () => {
    expect(vmNoticeOfEvent(deletedEvent())).toEqual({
      vmId: null,
      subscriptionId: SUB.toLowerCase(),
      nativeId: CANONICAL,
      state: 'TERMINATED',
      providerState: AZURE_DELETED_PROVIDER_STATE,
      observedAt: new Date('2026-03-01T10:20:30.123Z'),
    });
  });

  it('ignores other resource types and other event types', () => {
    const disk = createdOrUpdated();
    (disk.data as { resourceInfo: { type: string } }).resourceInfo.type = 'Microsoft.Compute/disks';
    expect(vmNoticeOfEvent(disk)).toBeNull();
    expect(vmNoticeOfEvent(deletedEvent('Microsoft.Storage/storageAccounts'))).toBeNull();
    expect(vmNoticeOfEvent({ ...createdOrUpdated(), eventType: 'Microsoft.ResourceNotifications.HealthResources.AvailabilityStatusChanged' })).toBeNull();
    expect(vmNoticeOfEvent({ eventType: 'Microsoft.Resources.ResourceActionSuccess', data: { operationName: 'Microsoft.Compute/virtualMachines/start/action' } })).toBeNull();
  });

  it('rejects a VM event that lacks what the id or state needs, naming the field but not the value', () => {
    const noLocation = () => vmNoticeOfEvent(createdOrUpdated({ location: null }));
    expect(noLocation).toThrow(MalformedAzureEventError);
    expect(noLocation).toThrow(/data\.resourceInfo\.location/);
    expect(() => vmNoticeOfEvent(createdOrUpdated({ provisioningState: '', power: '' }))).toThrow(/neither a provisioning nor a power state/);
    expect(() => vmNoticeOfEvent({ ...createdOrUpdated(), eventTime: 'yesterday' })).toThrow(/eventTime/);
    const badId = createdOrUpdated();
    (badId.data as { resourceInfo: { id: string } }).resourceInfo.id = 'web-01-secret-value';
    expect(() => vmNoticeOfEvent(badId)).toThrow(/data\.resourceInfo\.id: must be a virtual machine resource id/);
    expect(() => vmNoticeOfEvent(badId)).not.toThrow(/secret-value/);
    expect(() => vmNoticeOfEvent({ eventType: RESOURCE_DELETED })).toThrow(MalformedAzureEventError);
    expect(() => vmNoticeOfEvent('not an event')).toThrow(MalformedAzureEventError);
  });
});
