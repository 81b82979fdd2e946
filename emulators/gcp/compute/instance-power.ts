// instances.start / stop / suspend / resume / reset, with Compute Engine's status walks:
// TERMINATED → STAGING → RUNNING, RUNNING → STOPPING → TERMINATED, RUNNING → SUSPENDING →
// SUSPENDED, SUSPENDED → STAGING → RUNNING. Starting a running instance or stopping a stopped one
// is a no-op that still answers a (quickly DONE) operation, as Compute Engine does; a write in a
// transitional status is refused as not ready. Starts in a zone out of capacity fail mid-way.
import { gcpTimestamp } from '../fleet/catalogue.js';
import type { GceInstance } from '../fleet/types.js';
import { googleErrors } from '../errors.js';
import { OperationFailure, type GceOperation } from './operations.js';
import { vcpusOfType } from './quota.js';
import { TRANSITIONAL, instancePath, lastSegment, operate, requireInstance, setStatus, zoneOf, type WriteContext } from './write-context.js';

type PowerVerb = 'start' | 'stop' | 'suspend' | 'resume' | 'reset';

export function powerInstance(ctx: WriteContext, verb: PowerVerb): GceOperation {
  const instance = requireInstance(ctx);
  if (TRANSITIONAL.has(instance.status)) throw googleErrors.notReady(instancePath(ctx, instance.name));
  const steps = STEPS[verb](ctx, instance);
  return operate(ctx, { link: instance.selfLink, id: instance.id, type: verb }, steps);
}

const STEPS: Record<PowerVerb, (ctx: WriteContext, instance: GceInstance) => (() => void)[]> = {
  start(ctx, instance) {
    if (instance.status === 'RUNNING') return [];
    if (instance.status === 'SUSPENDED') throw googleErrors.invalidUsage('Instance is suspended; use the resume method to resume it.');
    return boot(ctx, instance);
  },
  stop(ctx, instance) {
    if (instance.status === 'TERMINATED' || instance.status === 'STOPPED') return [];
    return [() => setStatus(ctx, instance, 'STOPPING'), () => setStatus(ctx, instance, 'TERMINATED')];
  },
  suspend(ctx, instance) {
    if (instance.status === 'SUSPENDED') return [];
    if (instance.status !== 'RUNNING') throw googleErrors.invalidUsage(`Instance in ${instance.status} state cannot be suspended.`);
    return [() => setStatus(ctx, instance, 'SUSPENDING'), () => setStatus(ctx, instance, 'SUSPENDED')];
  },
  resume(ctx, instance) {
    if (instance.status !== 'SUSPENDED') throw googleErrors.invalidUsage(`Instance in ${instance.status} state cannot be resumed.`);
    return boot(ctx, instance);
  },
  reset(ctx, instance) {
    if (instance.status !== 'RUNNING') throw googleErrors.notReady(instancePath(ctx, instance.name));
    // A hard reset: the guest restarts, the status stays RUNNING.
    return [() => void (instance.lastStartTimestamp = gcpTimestamp(ctx.now()))];
  },
};

/** STAGING → RUNNING, holding CPU quota; back to where it was with ZONE_RESOURCE_POOL_EXHAUSTED in a zone out of capacity. */
function boot(ctx: WriteContext, instance: GceInstance): (() => void)[] {
  const zone = zoneOf(ctx);
  ctx.quotas.requireCpus(ctx.route.project, zone, vcpusOfType(zone, lastSegment(instance.machineType)));
  const from = instance.status;
  const staging = () => setStatus(ctx, instance, 'STAGING');
  if (!ctx.stockouts.has(zone)) return [staging, () => setStatus(ctx, instance, 'RUNNING')];
  return [
    staging,
    () => {
      setStatus(ctx, instance, from);
      throw zoneExhausted(ctx.route.project, zone);
    },
  ];
}

export function zoneExhausted(project: string, zone: string): OperationFailure {
  return new OperationFailure(
    'ZONE_RESOURCE_POOL_EXHAUSTED',
    `The zone 'projects/${project}/zones/${zone}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.`,
    503,
    'SERVICE UNAVAILABLE',
  );
}
