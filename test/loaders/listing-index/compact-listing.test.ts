// A listing kept by the index holds each repeated string and tag once and shares one empty list,
// and reads exactly as the provider's listing did: checked on a real GCP listing from the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFleet } from '../../../emulators/fleet.js';
import { startGcpEmulator, type GcpEmulator } from '../../../emulators/gcp/index.js';
import { compactListing } from '../../../src/loaders/listing-index/compact-listing.js';
import type { ProviderAdapter, VirtualMachine } from '../../../src/providers/types.js';
import { PROD, adapterFor, scopeOf } from '../../providers/gcp/support.js';

describe('compactListing', () => {
  let emulator: GcpEmulator;
  let adapter: ProviderAdapter;

  beforeAll(async () => {
    const fleet = createFleet({ seed: 7, vmsPerScope: 40 });
    emulator = await startGcpEmulator({ fleet });
    adapter = adapterFor(emulator, fleet);
  });
  afterAll(async () => {
    await adapter?.close();
    await emulator?.close();
  });

  it('keeps every field of every resource as listed', async () => {
    const listed = (await adapter.list('vm', scopeOf(PROD))) as VirtualMachine[];
    const copy = structuredClone(listed);
    const compacted = compactListing(listed);
    expect(compacted).toEqual(copy);
  });

  it('holds one copy of each repeated tag and string, and one frozen empty list', async () => {
    const vms = compactListing((await adapter.list('vm', scopeOf(PROD))) as VirtualMachine[]);
    const tags = vms.flatMap((vm) => vm.tags);
    const distinctTags = new Set(tags.map((tag) => `${tag.key}=${tag.value}`));
    expect(tags.length).toBeGreaterThan(distinctTags.size);
    expect(new Set(tags).size).toBe(distinctTags.size);
    expect(tags.every((tag) => Object.isFrozen(tag))).toBe(true);

    const empties = vms.flatMap((vm) => [vm.publicIps, vm.ipv6Addresses, vm.volumeIds]).filter((list) => list.length === 0);
    expect(empties.length).toBeGreaterThan(1);
    expect(new Set(empties).size).toBe(1);
    expect(() => (empties[0] as string[]).push('10.0.0.1')).toThrow(TypeError);
  });
});
