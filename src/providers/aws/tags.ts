// Tags and names as every AWS mapper builds them (extras, dates and the base fields: ../common.ts).
import { resourceBase } from '../common.js';
import type { ResourceBase, ResourceKind, Scope, Tag } from '../types.js';

export interface AwsTag {
  Key?: string | undefined;
  Value?: string | undefined;
}

export function tagsOf(tags: readonly AwsTag[] | undefined): Tag[] {
  return (tags ?? []).filter((t) => t.Key !== undefined).map((t) => ({ key: t.Key as string, value: t.Value ?? '' }));
}

/** The `Name` tag, or null when there is none (or it is empty). */
export function nameOf(tags: readonly AwsTag[] | undefined): string | null {
  const value = tags?.find((t) => t.Key === 'Name')?.Value;
  return value ? value : null;
}

/** The base fields of an EC2 resource: its scope, its tags, and the Name tag as its name. */
export function baseOf(scope: Scope, kind: ResourceKind, nativeId: string, tags: readonly AwsTag[] | undefined): Omit<ResourceBase, 'extras'> {
  return resourceBase(scope, kind, nativeId, nameOf(tags), tagsOf(tags));
}
