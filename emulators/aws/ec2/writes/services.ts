// The state EC2 writes keep beside the fleet, made once per emulator.
import { ActionSteps } from '../../../kit/action-steps.js';
import type { AwsScopeData } from '../../../fleet.js';
import { ClientTokens } from './client-tokens.js';
import type { WriteServices } from './context.js';
import { Ec2Limits, type Ec2LimitSettings } from './limits.js';
import { StepFailures } from './step-failures.js';
import { VolumeModifications } from './volume-modifications.js';

/** What tests change: the limits' headroom, and failures planted in the next writes' steps. */
export interface Ec2WriteControls {
  limits: Ec2LimitSettings;
  failures: StepFailures;
}

export function createWriteServices(scopes: readonly AwsScopeData[], actionStepMs: number | undefined): WriteServices {
  return {
    steps: new ActionSteps(actionStepMs),
    limits: new Ec2Limits(scopes),
    tokens: new ClientTokens(),
    failures: new StepFailures(),
    modifications: new VolumeModifications(),
  };
}
