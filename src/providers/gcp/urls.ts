// Compute Engine references are resource URLs
// (https://www.googleapis.com/compute/v1/projects/p/zones/us-central1-a/disks/d). These read them,
// whatever the host, and turn them into the model's global ids: the location of a zonal resource
// is its zone, of a regional one its region, of a global one 'global'; the account is the
// project the URL names (a shared VPC lives in its host project).
import { resourceBase } from '../common.js';
import { globalId } from '../ids.js';
import type { ResourceBase, ResourceKind, Tag } from '../types.js';

export interface ResourceRef {
  project: string;
  /** A zone, a region or 'global'. */
  location: string;
  locationKind: 'zone' | 'region' | 'global';
  collection: string;
  name: string;
}

export const GLOBAL = 'global';

/** `…/projects/{p}/(zones/{z}|regions/{r}|global)/{collection}/{name}` → its parts; null for anything else. */
export function parseResourceUrl(url: string | null | undefined): ResourceRef | null {
  if (!url) return null;
  const m = /(?:^|\/)projects\/([^/]+)\/(?:(zones|regions)\/([^/]+)|(global))\/([^/]+)\/([^/?#]+)/.exec(url);
  if (!m) return null;
  const locationKind = m[2] === 'zones' ? 'zone' : m[2] === 'regions' ? 'region' : 'global';
  return { project: m[1]!, location: m[3] ?? GLOBAL, locationKind, collection: m[5]!, name: m[6]! };
}

/** The last path segment of a URL (`…/zones/us-central1-a` → `us-central1-a`); '' for nothing. */
export function lastSegment(url: string | null | undefined): string {
  if (!url) return '';
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** `us-central1-a` → `us-central1`; a region or 'global' is returned as it is. */
export function regionOfLocation(location: string): string {
  return /^[a-z]+-[a-z]+\d+-[a-z]$/.test(location) ? location.replace(/-[a-z]$/, '') : location;
}

export function isZone(location: string): boolean {
  return /^[a-z]+-[a-z]+\d+-[a-z]$/.test(location);
}

/** The global id of what a URL names, as `kind`; null when the URL is not a resource URL. */
export function refId(url: string | null | undefined, kind: ResourceKind): string | null {
  const ref = parseResourceUrl(url);
  return ref ? gcpId(ref.project, ref.location, kind, ref.name) : null;
}

export function gcpId(project: string, location: string, kind: ResourceKind, nativeId: string): string {
  return globalId({ provider: 'gcp', account: project, region: location }, kind, nativeId);
}

/**
 * The base fields of a GCP resource: its global id names its location (a zone, a region or
 * 'global'), its region is that location's region.
 */
export function baseOf(project: string, location: string, kind: ResourceKind, nativeId: string, name: string | null, tags: Tag[]): Omit<ResourceBase, 'extras'> {
  return resourceBase({ provider: 'gcp', account: project, region: regionOfLocation(location) }, kind, nativeId, name, tags, location);
}

/** Compute Engine resource names: RFC 1035 labels, at most 63 characters. */
export const RESOURCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
