// Builds one account × region of the simulated AWS fleet from a seed, section by section: the
// networks, the instances with everything attached to them, snapshots, the instances' states,
// the volumes being attached or detached, and the leftovers every real account has. The order is
// the order of the seeded draws: changing it changes the fleet.
import { Random } from '../../../kit/prng.js';
import type { AwsScopeData } from '../types.js';
import type { GenerateContext, ScopeBuilder } from './context.js';
import { setVolumesInMotion } from './attachments.js';
import { addLeftovers } from './leftovers.js';
import { launchInstances } from './instances.js';
import { buildNetworks } from './networks.js';
import { takeSnapshots } from './snapshots.js';
import { settleStates } from './states.js';

export type { GenerateContext };

export function generateAwsScope(ctx: GenerateContext): AwsScopeData {
  const { account, region } = ctx;
  const b: ScopeBuilder = {
    ctx,
    rng: Random.of(ctx.seed, 'aws', account, region.region),
    scope: {
      account,
      region: region.region,
      zones: region.zones.map((z) => z.name),
      instances: [],
      volumes: [],
      snapshots: [],
      vpcs: [],
      subnets: [],
      securityGroups: [],
      networkInterfaces: [],
      addresses: [],
    },
    pools: new Map(),
  };
  const plans = buildNetworks(b);
  launchInstances(b, plans);
  takeSnapshots(b);
  settleStates(b);
  setVolumesInMotion(b);
  addLeftovers(b, plans);
  return b.scope;
}
