// Cloud Asset feed messages (TemporalAsset JSON) → VM observations. Fixtures follow the
// documented TemporalAsset shape; the emulator and the adapter are compared end to end in
// test/events/push/pubsub.test.ts.
import { describe, expect, it } from 'vitest';
import { GCP_DELETED_PROVIDER_STATE, MalformedGcpAssetError, observationOfAssetMessage } from '../../../../src/events/push/gcp/asset-feed.js';
import { gcpId } from '../../../../src/providers/gcp/urls.js';

const NAME = '//compute.googleapis.com/projects/fleet-demo-prod/zones/europe-west1-b/instances/web-1';
const AT = '2026-03-01T10:20:30.123456Z';

function temporalAsset(overrides: { status?: string | null; deleted?: boolean; /** null: none */ window?: unknown; name?: string; assetType?: string } = {}): Record<string, unknown> {
  const status = overrides.status === undefined ? 'RUNNING' : overrides.status;
  return {
    asset: {
      name: overrides.name ?? NAME,
      assetType: overrides.assetType ?? 'compute.googleapis.com/Instance',
      resource: {
        version: 'v1',
        discoveryName: 'Instance',
        parent: '//cloudresourcemanager.googleapis.com/projects/310000000001',
        data: { id: '1234567890', name: 'web-1', zone: 'https://www.googleapis.com/compute/v1/projects/fleet-demo-prod/zones/europe-west1-b', ...(status === null ? {} : { status }) },
        location: 'europe-west1-b',
      },
      updateTime: '2026-03-01T10:20:31Z',
    },
    priorAssetState: 'PRESENT',
    ...(overrides.window === null ? {} : { window: overrides.window ?? { startTime: AT } }),
    deleted: overrides.deleted ?? false,
  };
}

const json = (value: unknown) => JSON.stringify(value);
const VM = gcpId('fleet-demo-prod', 'europe-west1-b', 'vm', 'web-1');

describe('Cloud Asset feed → VM observations', () => {
  it('reads an instance change: the global id from the asset name (its zone), the raw status, the window start', () => {
    expect(observationOfAssetMessage(json(temporalAsset({ status: 'TERMINATED' })))).toEqual({
      vmId: VM,
      state: 'STOPPED',
      providerState: 'TERMINATED',
      observedAt: new Date('2026-03-01T10:20:30.123Z'),
      source: 'PUSH',
    });
    expect(observationOfAssetMessage(json(temporalAsset({ status: 'SUSPENDING' })))).toMatchObject({ state: 'UNKNOWN', providerState: 'SUSPENDING' });
    expect(observationOfAssetMessage(json(temporalAsset({ status: 'SOMETHING_NEW' })))).toMatchObject({ state: 'UNKNOWN', providerState: 'SOMETHING_NEW' });
  });

  it('falls back to the asset update time when the window is absent', () => {
    expect(observationOfAssetMessage(json(temporalAsset({ window: null })))?.observedAt).toEqual(new Date('2026-03-01T10:20:31Z'));
  });

  it('reads a deletion as TERMINATED with its own raw value, even without the resource', () => {
    const message = temporalAsset({ deleted: true });
    delete (message.asset as { resource?: unknown }).resource;
    expect(observationOfAssetMessage(json(message))).toMatchObject({ vmId: VM, state: 'TERMINATED', providerState: GCP_DELETED_PROVIDER_STATE });
  });

  it('ignores assets other than instances', () => {
    expect(observationOfAssetMessage(json(temporalAsset({ assetType: 'compute.googleapis.com/Disk', name: '//compute.googleapis.com/projects/p/zones/z/disks/d' })))).toBeNull();
  });

  it('rejects an instance message that lacks the status, the time or a usable name', () => {
    expect(() => observationOfAssetMessage('{not json')).toThrow(MalformedGcpAssetError);
    expect(() => observationOfAssetMessage(json({ hello: 'world' }))).toThrow(/asset/);
    expect(() => observationOfAssetMessage(json(temporalAsset({ status: null })))).toThrow(/status/);
    expect(() => observationOfAssetMessage(json(temporalAsset({ window: { startTime: 'soon' } })))).toThrow(/window\.startTime/);
    const noTime = temporalAsset({ window: null });
    delete (noTime.asset as { updateTime?: string }).updateTime;
    expect(() => observationOfAssetMessage(json(noTime))).toThrow(/window\.startTime: missing/);
    expect(() => observationOfAssetMessage(json(temporalAsset({ name: '//compute.googleapis.com/projects/p/regions/r/instances/x' })))).toThrow(/asset\.name/);
  });
});
