// vCPUs and memory per machine type. A predefined type has the same size in every zone and never
// changes, so answers are kept for the life of the adapter (the process) by type name. Custom
// types (`custom-4-16384`, `e2-custom-2-6144`, `e2-custom-small-3072`) carry their size in the
// name and cost no call. The rest are asked for with machineTypes.list, filtered to their names,
// in the zone where most of them are used — one call for all of them when that zone has them all
// (predefined types exist nearly everywhere); what it lacks is asked for in a zone that uses it,
// and so on. So usually one call per process; concurrent listings share it. A call that fails
// leaves only the types it asked for unknown (with its failure), and is not remembered; a project
// that shared another project's refused call asks again for itself (permissions are per project).
import { unique } from '../common.js';
import { ProviderError } from '../errors.js';
import { customMachineTypeSpec, machineTypeSpecOf, type MachineTypeSpec } from './compute.js';
import type { ProjectClients } from './clients.js';
import { MAX_FILTER_LENGTH, anyOf } from './filters.js';
import type { GcpService } from './rest-fetch.js';

export interface MachineTypeUse {
  type: string;
  zone: string;
}

/** What a lookup asks through: the project's clients and its counted, wrapped calls. */
export interface MachineTypeSource {
  project: string;
  clients(): Promise<ProjectClients>;
  call<T>(service: GcpService, operation: string, run: () => Promise<T>): Promise<T>;
}

/** machineTypes.list: at most 500 results a page. */
const PAGE_SIZE = 500;

/** Sizes by type name (null: no such type where it is used); and the types whose lookup failed, with why. */
export interface MachineTypeSizes {
  specs: Map<string, MachineTypeSpec | null>;
  failures: Map<string, ProviderError>;
}

export class MachineTypeCatalog {
  private readonly specs = new Map<string, Promise<MachineTypeSpec | null>>();

  async lookup(ctx: MachineTypeSource, uses: readonly MachineTypeUse[]): Promise<MachineTypeSizes> {
    const first = await this.resolve(ctx, uses);
    // Another project's listing may have asked first and been refused: that says nothing of this
    // project's permissions, so its types are asked for again, as this project.
    const foreign = uses.filter((u) => first.failures.get(u.type)?.scope.account !== ctx.project && first.failures.has(u.type));
    if (foreign.length === 0) return first;
    const again = await this.resolve(ctx, foreign);
    for (const type of new Set(foreign.map((u) => u.type))) {
      first.failures.delete(type);
      const failure = again.failures.get(type);
      if (failure) first.failures.set(type, failure);
      else first.specs.set(type, again.specs.get(type) ?? null);
    }
    return first;
  }

  /** Each type's size: from its name, from what is known or being asked, or asked for now. */
  private async resolve(ctx: MachineTypeSource, uses: readonly MachineTypeUse[]): Promise<MachineTypeSizes> {
    const result = new Map<string, MachineTypeSpec | null>();
    const failures = new Map<string, ProviderError>();
    const missing = new Map<string, Set<string>>(); // type → zones it is used in
    for (const { type, zone } of uses) {
      const custom = customMachineTypeSpec(type);
      if (custom) {
        result.set(type, custom);
      } else if (!this.specs.has(type)) {
        const zones = missing.get(type) ?? new Set<string>();
        zones.add(zone);
        missing.set(type, zones);
      }
    }
    if (missing.size > 0) {
      const fetched = this.fetch(ctx, missing);
      for (const type of missing.keys()) {
        const spec = fetched.then((all) => {
          const found = all.get(type);
          if (found instanceof ProviderError) throw found;
          return found ?? null;
        });
        this.specs.set(type, spec);
        // A failed lookup is not remembered: the next listing asks again.
        spec.catch(() => {
          if (this.specs.get(type) === spec) this.specs.delete(type);
        });
      }
    }
    // Taken before any await: a failed lookup forgets its types from `specs` as soon as it fails.
    const pending = unique(uses.map((u) => u.type)).flatMap((type) => (result.has(type) ? [] : [[type, this.specs.get(type)] as const]));
    for (const [type, spec] of pending) {
      try {
        result.set(type, (await spec) ?? null);
      } catch (error) {
        if (!(error instanceof ProviderError)) throw error;
        failures.set(type, error);
      }
    }
    return { specs: result, failures };
  }

  /** Each missing type's size, or the failure of the call that asked for it. */
  private async fetch(ctx: MachineTypeSource, missing: Map<string, Set<string>>): Promise<Map<string, MachineTypeSpec | ProviderError>> {
    const found = new Map<string, MachineTypeSpec | ProviderError>();
    const left = new Set(missing.keys());
    while (left.size > 0) {
      // The zone where the most of what is left is used; asked for everything left (a predefined
      // type usually exists in every zone, so this is normally the only call).
      const byZone = new Map<string, string[]>();
      for (const type of left) for (const zone of missing.get(type)!) byZone.set(zone, [...(byZone.get(zone) ?? []), type]);
      const [zone, usedHere] = [...byZone.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
      for (const part of chunkByFilter([...left])) {
        let listed: { name: string; spec: MachineTypeSpec }[];
        try {
          listed = await listMachineTypes(ctx, zone, part);
        } catch (error) {
          if (!(error instanceof ProviderError)) throw error;
          for (const type of part) {
            found.set(type, error);
            left.delete(type);
          }
          continue;
        }
        for (const { name, spec } of listed) {
          found.set(name, spec);
          left.delete(name);
        }
      }
      // What this zone lacks does not exist where it is used here either; other zones are asked for the rest.
      for (const type of usedHere) left.delete(type);
    }
    return found;
  }
}

/** machineTypes.list in one zone, filtered to `names` (every page). */
function listMachineTypes(ctx: MachineTypeSource, zone: string, names: readonly string[]): Promise<{ name: string; spec: MachineTypeSpec }[]> {
  return ctx.call('compute', 'machineTypes.list', async () => {
    const out: { name: string; spec: MachineTypeSpec }[] = [];
    const clients = await ctx.clients();
    for await (const type of clients.machineTypes.listAsync({ project: ctx.project, zone, filter: anyOf('name', names), maxResults: PAGE_SIZE }, { autoPaginate: false })) {
      if (type.name) out.push({ name: type.name, spec: machineTypeSpecOf(type) });
    }
    return out;
  });
}

function chunkByFilter(types: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const type of types) {
    if (current.length > 0 && anyOf('name', [...current, type]).length > MAX_FILTER_LENGTH) {
      chunks.push(current);
      current = [];
    }
    current.push(type);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
