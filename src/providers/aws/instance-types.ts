// vCPUs and memory per instance type, from DescribeInstanceTypes. A type's size never changes, so
// answers are kept for the life of the adapter: a VM listing asks only for types it has not seen,
// in one call (≤ 100 types per call, the API's limit), and concurrent listings share that call.
import { paginateDescribeInstanceTypes, type EC2Client, type _InstanceType } from '@aws-sdk/client-ec2';
import { chunk, unique } from '../common.js';
import { instanceTypeSpecOf, type InstanceTypeSpec } from './compute.js';

/** DescribeInstanceTypes: at most 100 types per call and per page. */
export const INSTANCE_TYPES_PER_CALL = 100;

export class InstanceTypeCatalog {
  private readonly specs = new Map<string, Promise<InstanceTypeSpec | null>>();

  /** Sizes of the given types; a type EC2 does not describe maps to null. */
  async lookup(ec2: EC2Client, types: readonly string[]): Promise<Map<string, InstanceTypeSpec | null>> {
    const missing = unique(types).filter((t) => !this.specs.has(t));
    if (missing.length > 0) {
      const fetched = this.fetch(ec2, missing);
      for (const type of missing) {
        const spec = fetched.then((all) => all.get(type) ?? null);
        this.specs.set(type, spec);
        // A failed lookup is not remembered: the next listing asks again.
        spec.catch(() => this.specs.delete(type));
      }
    }
    const entries = await Promise.all(unique(types).map(async (t) => [t, await this.specs.get(t)!] as const));
    return new Map(entries);
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
