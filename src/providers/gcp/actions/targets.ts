// Where an action's target lives: its project (one of the configured ones, else INVALID_INPUT
// before any call), its zone, region or 'global' (the global id's location), its name.
import type { GlobalId } from '../../ids.js';
import { ALL_REGIONS, type Scope } from '../../types.js';
import type { ProjectContext } from '../context.js';
import { GLOBAL, isZone, regionOfLocation } from '../urls.js';
import { refused } from './write-errors.js';

/** Builds a project's context for one operation; INVALID_INPUT when the project is not configured. */
export type ContextFor = (scope: Scope, operation: string) => ProjectContext;

export interface Target {
  ctx: ProjectContext;
  project: string;
  /** A zone, a region or 'global'. */
  location: string;
  name: string;
}

export const projectScope = (project: string): Scope => ({ provider: 'gcp', account: project, region: ALL_REGIONS });

/** The target of `id`; `want` says where its kind may live (VMs in zones, snapshots globally, disks in either a zone or a region). */
export function targetOf(contextFor: ContextFor, id: GlobalId, operation: string, want: 'zone' | 'zoneOrRegion' | 'global'): Target {
  const scope = projectScope(id.account);
  if (id.provider !== 'gcp') throw refused('INVALID_INPUT', scope, operation, `${id.provider} resources are not GCP's`);
  const ctx = contextFor(scope, operation);
  checkLocation(ctx, id.region, operation, want);
  return { ctx, project: id.account, location: id.region, name: id.nativeId };
}

/** A location of the right kind, in a configured region. */
export function checkLocation(ctx: ProjectContext, location: string, operation: string, want: 'zone' | 'zoneOrRegion' | 'global'): void {
  const fits = want === 'global' ? location === GLOBAL : want === 'zone' ? isZone(location) : location !== GLOBAL;
  if (!fits) throw refused('INVALID_INPUT', ctx.scope, operation, `"${location}" is not a ${want === 'zoneOrRegion' ? 'zone or region' : want} location`);
  const regions = ctx.config.regions;
  if (want !== 'global' && regions && !regions.includes(regionOfLocation(location))) {
    throw refused('INVALID_INPUT', ctx.scope, operation, `region ${regionOfLocation(location)} is not configured for project ${ctx.project}`);
  }
}
