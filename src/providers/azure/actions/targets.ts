// Where an action's target lives: its subscription (one of the configured ones, else
// INVALID_INPUT before any call), its location (a configured region, when regions are
// configured), and the resource group and name its ARM id (the global id's native id) gives.
import type { GlobalId } from '../../ids.js';
import { ALL_REGIONS, type Scope } from '../../types.js';
import { parseArmId } from '../arm-ids.js';
import type { SubscriptionContext } from '../context.js';
import { refused } from './write-errors.js';

/** Builds a subscription's context for one operation; INVALID_INPUT when the subscription is not configured. */
export type ContextFor = (scope: Scope, operation: string) => SubscriptionContext;

export interface Target {
  ctx: SubscriptionContext;
  location: string;
  /** The ARM id, as the global id carries it. */
  armId: string;
  resourceGroup: string;
  name: string;
}

export const subscriptionScope = (account: string): Scope => ({ provider: 'azure', account: account.toLowerCase(), region: ALL_REGIONS });

export function targetOf(contextFor: ContextFor, id: GlobalId, operation: string): Target {
  const scope = subscriptionScope(id.account);
  if (id.provider !== 'azure') throw refused('INVALID_INPUT', scope, operation, `${id.provider} resources are not Azure's`);
  const ctx = contextFor(scope, operation);
  checkLocation(ctx, id.region, operation);
  const parts = parseArmId(id.nativeId);
  if (!parts || parts.subscriptionId !== ctx.subscriptionId) throw refused('INVALID_INPUT', scope, operation, `"${id.nativeId}" is not an ARM id in subscription ${ctx.subscriptionId}`);
  return { ctx, location: id.region.toLowerCase(), armId: id.nativeId, resourceGroup: parts.resourceGroup, name: parts.name };
}

/** A location the subscription is configured for. */
export function checkLocation(ctx: SubscriptionContext, location: string, operation: string): void {
  const regions = ctx.pool.subscription(ctx.subscriptionId)?.regions;
  if (regions && !regions.map((r) => r.toLowerCase()).includes(location.toLowerCase())) {
    throw refused('INVALID_INPUT', ctx.scope, operation, `location ${location} is not configured for subscription ${ctx.subscriptionId}`);
  }
}
