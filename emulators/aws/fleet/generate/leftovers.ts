// What accounts accumulate besides instances: loose volumes (one still being created, one
// failed), Elastic IPs kept in reserve, and an interface kept for failover.
import { DAY, beforeEpoch } from '../../../kit/time.js';
import { newAddress } from './addresses.js';
import { tag, type ScopeBuilder, type VpcPlan } from './context.js';
import { spareInterface } from './interfaces.js';
import { newVolume } from './volumes.js';

export function addLeftovers(b: ScopeBuilder, plans: readonly VpcPlan[]): void {
  looseVolumes(b);
  for (let k = 0; k < 2; k++) {
    const address = newAddress(b);
    address.tags = [tag('Name', `reserved-ip-${k + 1}`)];
    b.scope.addresses.push(address);
  }
  b.scope.networkInterfaces.push(spareInterface(b, plans[plans.length - 1]!));
}

function looseVolumes(b: ScopeBuilder): void {
  const { rng } = b;
  const count = Math.max(2, Math.round(b.ctx.vmsPerScope / 10));
  for (let k = 0; k < count; k++) {
    const zone = rng.pick(b.ctx.region.zones).name;
    const tags = rng.chance(0.5) ? [tag('Name', `scratch-${k + 1}`)] : [];
    const createTime = beforeEpoch(rng.int(DAY, 200 * DAY));
    const volume = newVolume(b, { instance: null, zone, device: null, root: null, tags, createTime });
    if (k === 0) volume.state = 'creating';
    if (k === 1 && count > 2) volume.state = 'error';
    b.scope.volumes.push(volume);
  }
}
