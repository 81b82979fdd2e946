// What every action works with: the scope's clients and calls (as reads have them) and the
// account's secrets, scrubbed from every failure; one EC2 write sent the way every write is sent.
import type { EC2Client } from '@aws-sdk/client-ec2';
import { ProviderError } from '../../errors.js';
import type { GlobalId, Scope } from '../../types.js';
import type { ScopeContext } from '../context.js';
import { isDryRunSuccess, writeError } from './write-errors.js';

export interface ActionContext extends ScopeContext {
  secrets: readonly string[];
}

/** The context of a configured scope; INVALID_INPUT before any call for one that is not. */
export type ActionContextFor = (scope: Scope, operation: string) => ActionContext;

export function scopeOfId(id: GlobalId): Scope {
  return { provider: 'aws', account: id.account, region: id.region };
}

/** Both ids in one account and region, as an EC2 call needs them; INVALID_INPUT otherwise. */
export function sameScope(a: GlobalId, b: GlobalId, operation: string): Scope {
  const scope = scopeOfId(a);
  if (a.account !== b.account || a.region !== b.region) {
    throw new ProviderError('INVALID_INPUT', scope, operation, null, `${b.kind} ${b.nativeId} is in ${b.account}/${b.region}, not in ${a.account}/${a.region}`);
  }
  return scope;
}

/** One EC2 request, sent by the scope's client. */
export type Ec2Call<Out> = (ec2: EC2Client) => Promise<Out>;

/**
 * Sends one EC2 write, classified as a write; with `dryRun`, EC2's DryRunOperation answer (the
 * request would have succeeded) is null, and any other answer a failure.
 */
export async function sendWrite<Out>(ctx: ActionContext, operation: string, request: Ec2Call<Out>, dryRun = false): Promise<Out | null> {
  return ctx.call(operation, async () => {
    try {
      return await request(ctx.clients.ec2);
    } catch (error) {
      if (dryRun && isDryRunSuccess(error)) return null;
      throw writeError(error, ctx.scope, operation, ctx.secrets);
    }
  });
}

/** A read an action makes (classified as reads are). */
export function sendRead<Out>(ctx: ActionContext, operation: string, request: Ec2Call<Out>): Promise<Out> {
  return ctx.call(operation, () => request(ctx.clients.ec2));
}

/** EC2's id of the request, shown to clients as the action's provider handle. */
export function requestIdOf(output: { $metadata?: { requestId?: string } } | null): string | null {
  return output?.$metadata?.requestId ?? null;
}
