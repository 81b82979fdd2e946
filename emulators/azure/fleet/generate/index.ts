// Builds one subscription × location of the simulated Azure fleet from a seed. Every section draws
// from the scope's one seeded stream, so the order of the sections (and of the draws within
// them) is what keeps the fleet the same for the same seed.
import type { AzureScopeData } from '../types.js';
import { ScopeBuilder, type GenerateContext } from './context.js';
import { addLeftovers } from './leftovers.js';
import { newTierAsgs } from './security-groups.js';
import { takeSnapshots } from './snapshots.js';
import { settleVmStates } from './states.js';
import { addVmDetails } from './vm-details.js';
import { launchVms } from './virtual-machines.js';
import { planNetworks } from './virtual-networks.js';

export type { GenerateContext } from './context.js';

export function generateAzureScope(ctx: GenerateContext): AzureScopeData {
  const b = new ScopeBuilder(ctx);
  const asgs = newTierAsgs(b);
  const plans = planNetworks(b, asgs);
  launchVms(b, plans);
  takeSnapshots(b);
  settleVmStates(b);
  addLeftovers(b, plans);
  addVmDetails(b);
  return b.scope;
}
