// What every EC2 write works with: the caller's scope, the steps that carry an accepted action
// out over time, the account's limits, the client tokens seen, and the failures tests plant.
import type { ActionSteps } from '../../../kit/action-steps.js';
import type { AwsScopeData } from '../../../fleet.js';
import type { Ec2Context } from '../describe.js';
import type { XmlObject } from '../xml.js';
import { Ec2Error } from '../errors.js';
import type { ClientTokens } from './client-tokens.js';
import type { Ec2Limits } from './limits.js';
import type { StepFailures } from './step-failures.js';
import type { VolumeModifications } from './volume-modifications.js';

export interface WriteServices {
  steps: ActionSteps;
  limits: Ec2Limits;
  tokens: ClientTokens;
  failures: StepFailures;
  modifications: VolumeModifications;
}

export interface WriteContext extends Ec2Context {
  scope: AwsScopeData;
  writes: WriteServices;
  now: Date;
}

/**
 * One write: `check` validates everything (and throws EC2's error) without changing anything, so
 * that DryRun can answer DryRunOperation exactly when the real call would have been accepted;
 * `apply` then acts and answers the response body.
 */
export interface WriteAction<Plan> {
  check(ctx: WriteContext): Plan;
  apply(plan: Plan, ctx: WriteContext): XmlObject;
}

export function writeAction<Plan>(action: WriteAction<Plan>): WriteAction<unknown> {
  return action as WriteAction<unknown>;
}

/** A required parameter, or EC2's MissingParameter. */
export function required(ctx: Ec2Context, name: string): string {
  const value = ctx.params.get(name);
  if (value === undefined || value === '') throw new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`);
  return value;
}
