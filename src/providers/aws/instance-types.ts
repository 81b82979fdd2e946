// vCPUs and memory per instance type, from DescribeInstanceTypes. A type's size never changes, so
// answers are kept for the life of the adapter: a VM listing asks only for types it has not seen,
// in one call (≤ 100 types per call, the API's limit), and concurrent listings share that call.
// A failure is not shared: each account and region finds out for itself whether it may ask.
import { paginateDescribeInstanceTypes, type EC2Client, type _InstanceType } from '@aws-sdk/client-ec2';
import { chunk, unique } from '../common.js';
import { instanceTypeSpecOf, type InstanceTypeSpec } from './compute.js';

/** DescribeInstanceTypes: at most 100 types per call and per page. */
export const INSTANCE_TYPES_PER_CALL = 100;

/** One type's lookup, and the account and region whose call it is. */
interface Lookup {
  owner: string;
  spec: Promise<InstanceTypeSpec | null>;
}

/** What one type's lookup came to. */
type Outcome = { owner: string; spec: InstanceTypeSpec | null; failure?: undefined } | { owner: string; spec?: undefined; failure: unknown };

export class InstanceTypeCatalog {
  private readonly lookups = new Map<string, Lookup>();

  /**
   * Sizes of the given types; a type EC2 does not describe maps to null. `owner` names the
   * caller's account and region. A lookup another owner started is awaited rather than repeated;
   * when it fails, the types it failed for are asked again with the caller's own client — one
   * role without DescribeInstanceTypes must neither cost another account its sizes nor have its
   * failure reported under another account's name. Rejects with the caller's own failure.
   */
  async lookup(ec2: EC2Client, types: readonly string[], owner: string): Promise<Map<string, InstanceTypeSpec | null>> {
    const wanted = unique(types);
    this.start(ec2, wanted.filter((t) => !this.lookups.has(t)), owner);
    const first = await this.settle(wanted);
    const foreignFailures = wanted.filter((t) => first.get(t)!.failure !== undefined && first.get(t)!.owner !== owner);
    this.start(ec2, foreignFailures, owner);
    const outcomes = new Map([...first, ...(await this.settle(foreignFailures))]);
    const failed = wanted.map((t) => outcomes.get(t)!).find((o) => o.failure !== undefined);
    if (failed) throw failed.failure;
    return new Map(wanted.map((t) => [t, outcomes.get(t)!.spec ?? null]));
  }

  /** Starts one call for `types` under `owner`; each type's entry replaces any earlier one. */
  private start(ec2: EC2Client, types: readonly string[], owner: string): void {
    if (types.length === 0) return;
    const fetched = this.fetch(ec2, types);
    for (const type of types) {
      const entry: Lookup = { owner, spec: fetched.then((all) => all.get(type) ?? null) };
      this.lookups.set(type, entry);
      // A failed lookup is not remembered: the next listing asks again.
      entry.spec.catch(() => {
        if (this.lookups.get(type) === entry) this.lookups.delete(type);
      });
    }
  }

  /** What the lookups of `types` in place now come to. */
  private async settle(types: readonly string[]): Promise<Map<string, Outcome>> {
    const entries = types.map((t) => [t, this.lookups.get(t)!] as const);
    const results = await Promise.allSettled(entries.map(([, entry]) => entry.spec));
    return new Map(
      entries.map(([type, { owner }], i): [string, Outcome] => {
        const result = results[i]!;
        return [type, result.status === 'fulfilled' ? { owner, spec: result.value } : { owner, failure: result.reason ?? new Error('lookup failed') }];
      }),
    );
  }

  private async fetch(ec2: EC2Client, types: readonly string[]): Promise<Map<string, InstanceTypeSpec>> {
    const found = new Map<string, InstanceTypeSpec>();
    for (const part of chunk(types, INSTANCE_TYPES_PER_CALL)) {
      const pages = paginateDescribeInstanceTypes(
        { client: ec2, pageSize: INSTANCE_TYPES_PER_CALL },
        { InstanceTypes: part as _InstanceType[] },
      );
      for await (const page of pages) {
        for (const info of page.InstanceTypes ?? []) {
          if (info.InstanceType) found.set(info.InstanceType, instanceTypeSpecOf(info));
        }
      }
    }
    return found;
  }
}
