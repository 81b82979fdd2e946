// The VM listing joined with what completes it: Resource SKUs (vCPUs and memory of each size, one
// call per location) and the NIC, VNet and public IP listings (vm-network.ts) — a few calls per
// subscription, never per VM, shared with concurrent listings of those kinds. Each part fails
// alone: the VMs come back with only the fields that part feeds for them left unknown, and one
// gap per VM naming the failed call (the subgraph reports it once per request).
import type { VirtualMachine as ArmVirtualMachine } from '@azure/arm-compute';
import { joinPart, withGaps, type Gap } from '../gaps.js';
import type { VirtualMachine } from '../types.js';
import { mapVirtualMachine, type VmSizeSpec } from './compute.js';
import type { SubscriptionContext } from './context.js';
import type { RawOf } from './sources.js';
import { RESOURCE_SKUS_OPERATION, fetchVmSizes } from './vm-sizes.js';
import { NIC_FIELDS, VmNetworkIndex, type VmNetworkField, type VmNetworkPart } from './vm-network.js';

type SizeField = 'vcpus' | 'memoryMiB';

interface SizesPart {
  value: Map<string, VmSizeSpec>;
  gap: Gap | null;
}

export async function joinVms(ctx: SubscriptionContext, vms: readonly ArmVirtualMachine[]): Promise<VirtualMachine[]> {
  if (vms.length === 0) return [];
  const listing = <S extends VmNetworkPart>(source: S, fields: readonly VmNetworkField[]) =>
    joinPart<RawOf<S>[] | null>(fields, null, () => ctx.listAll(source));
  const [sizes, nics, vnets, pips] = await Promise.all([
    sizesByLocation(ctx, vms),
    listing('networkInterfaces', NIC_FIELDS),
    listing('virtualNetworks', ['securityGroupIds']),
    listing('publicIPAddresses', ['publicIp', 'publicIps']),
  ]);
  const index = new VmNetworkIndex({ networkInterfaces: nics.value, virtualNetworks: vnets.value, publicIPAddresses: pips.value });
  return vms.map((vm) => {
    const network = index.of(vm);
    const location = sizes.get(vm.location.toLowerCase())!;
    const gaps = [
      ...gapOver(location.gap, sizeFieldsOf(vm)),
      ...gapOver(nics.gap, network.fedBy.networkInterfaces),
      ...gapOver(vnets.gap, network.fedBy.virtualNetworks),
      ...gapOver(pips.gap, network.fedBy.publicIPAddresses),
    ];
    const spec = location.value.get((vm.hardwareProfile?.vmSize ?? '').toLowerCase());
    return withGaps(blank(mapVirtualMachine(ctx.subscriptionId, vm, spec, network), gaps), gaps);
  });
}

/** Each location's sizes, asked for on its own (kept for the adapter's life once known). */
async function sizesByLocation(ctx: SubscriptionContext, vms: readonly ArmVirtualMachine[]): Promise<Map<string, SizesPart>> {
  const locations = [...new Set(vms.map((v) => v.location.toLowerCase()))];
  const load = (location: string) => ctx.call(RESOURCE_SKUS_OPERATION, () => fetchVmSizes(ctx.pool.compute(ctx.subscriptionId), location));
  const parts = await Promise.all(
    locations.map((location) => joinPart<Map<string, VmSizeSpec>>(['vcpus', 'memoryMiB'], new Map(), () => ctx.vmSizes.sizesIn(location, ctx.subscriptionId, load))),
  );
  return new Map(locations.map((location, i) => [location, parts[i]!]));
}

/** What Resource SKUs feeds for this VM: memory always, vCPUs unless the VM names its own count. */
function sizeFieldsOf(vm: ArmVirtualMachine): SizeField[] {
  return vm.hardwareProfile?.vmSizeProperties?.vCPUsAvailable !== undefined ? ['memoryMiB'] : ['vcpus', 'memoryMiB'];
}

/** The VM with what its gaps leave unknown emptied, so no part-known value is taken for the whole (IPv6: private known, public not). */
function blank(vm: VirtualMachine, gaps: readonly Gap[]): VirtualMachine {
  const out: Record<string, unknown> = { ...vm };
  for (const field of gaps.flatMap((g) => g.fields)) out[field] = Array.isArray(out[field]) ? [] : null;
  return out as unknown as VirtualMachine;
}

/** A failed part's gap over the fields it feeds for one VM; none when it feeds that VM nothing. */
function gapOver(gap: Gap | null, fields: readonly string[]): Gap[] {
  return gap && fields.length > 0 ? [{ ...gap, fields: [...fields] }] : [];
}
