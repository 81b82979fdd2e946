// RunInstances: a reservation of `pending` instances with their interfaces and volumes, each
// running one step later — or, when a test planted a failure, terminated with EC2's reason
// (Server.InternalError). A ClientToken seen before with the same parameters answers the first
// launch's reservation again and launches nothing.
import type { Ec2Instance } from '../../../fleet.js';
import { instanceViews } from '../joins.js';
import { renderInstance } from '../instances.js';
import type { XmlObject } from '../xml.js';
import { writeAction, type WriteContext } from './context.js';
import { launchVolume, primaryInterface } from './launch-parts.js';
import { planLaunch, type LaunchPlan } from './launch-plan.js';
import { moveIf } from './transitions.js';

/** Parameters that do not make a request a different one. */
const NOT_IDENTITY = ['ClientToken', 'DryRun'];

type RunPlan = { replay: string } | { launch: LaunchPlan; token: string | null; fingerprint: string };

export const runInstances = writeAction({
  check(ctx: WriteContext): RunPlan {
    const token = ctx.params.get('ClientToken') ?? null;
    const fingerprint = ctx.params.fingerprint(NOT_IDENTITY);
    const replay = token === null ? null : ctx.writes.tokens.recall(ctx.account, ctx.region, token, fingerprint);
    if (replay !== null) return { replay };
    return { launch: planLaunch(ctx), token, fingerprint };
  },
  apply(plan: RunPlan, ctx: WriteContext): XmlObject {
    if ('replay' in plan) return reservation(ctx, plan.replay);
    const reservationId = ctx.fleet.aws.allocator.id('r', ctx.fleet.aws.writeRandom);
    for (let index = 0; index < plan.launch.count; index++) launchOne(ctx, plan.launch, reservationId, index, plan.token);
    if (plan.token !== null) ctx.writes.tokens.remember(ctx.account, ctx.region, plan.token, plan.fingerprint, reservationId);
    return reservation(ctx, reservationId);
  },
});

function launchOne(ctx: WriteContext, plan: LaunchPlan, reservationId: string, index: number, token: string | null): void {
  const { fleet, scope, now } = ctx;
  const instance = newInstance(ctx, plan, reservationId, index, token);
  scope.networkInterfaces.push(primaryInterface(fleet, scope, instance, plan.subnet, plan.groups, now));
  for (const disk of plan.disks) scope.volumes.push(launchVolume(fleet, scope, instance, disk, plan.volumeTags.map((t) => ({ ...t })), now));
  fleet.aws.addInstance(scope, instance);
  const failure = ctx.writes.failures.take('RunInstances');
  const id = instance.instanceId;
  if (!failure) {
    ctx.writes.steps.run([() => moveIf(fleet, id, 'pending', 'running')]);
    return;
  }
  const reason = { code: failure.code ?? 'Server.InternalError', message: failure.message ?? 'Server.InternalError: Internal error on launch' };
  const failedTo = (from: 'pending' | 'shutting-down', to: 'shutting-down' | 'terminated') => () => {
    moveIf(fleet, id, from, to);
    if (instance.state !== to) return;
    instance.stateReason = reason;
    instance.stateTransitionReason = reason.message;
  };
  ctx.writes.steps.run([failedTo('pending', 'shutting-down'), failedTo('shutting-down', 'terminated')]);
}

function newInstance(ctx: WriteContext, plan: LaunchPlan, reservationId: string, index: number, token: string | null): Ec2Instance {
  const { allocator, writeRandom } = ctx.fleet.aws;
  const { image, type } = plan;
  return {
    instanceId: allocator.id('i', writeRandom),
    reservationId,
    ownerId: ctx.account,
    imageId: image.imageId,
    instanceType: type.instanceType,
    keyName: plan.keyName,
    launchTime: new Date(Math.floor(ctx.now.getTime() / 1000) * 1000),
    amiLaunchIndex: index,
    availabilityZone: plan.subnet.availabilityZone,
    tenancy: 'default',
    state: 'pending',
    stateTransitionReason: '',
    stateReason: { code: 'pending', message: 'pending' },
    architecture: image.architecture,
    platform: image.platform,
    platformDetails: image.platformDetails,
    usageOperation: image.usageOperation,
    rootDeviceName: image.rootDeviceName,
    rootDeviceType: 'ebs',
    virtualizationType: 'hvm',
    hypervisor: 'nitro',
    ebsOptimized: true,
    enaSupport: true,
    monitoringState: 'disabled',
    cpuOptions: { coreCount: type.defaultCores, threadsPerCore: type.defaultThreadsPerCore },
    tags: plan.instanceTags.map((t) => ({ ...t })),
    ...(token !== null ? { clientToken: token } : {}),
    sim: { cloudWatchAgent: false, activity: [] },
  };
}

/** The reservation as RunInstances answers it: its instances as they are now. */
function reservation(ctx: WriteContext, reservationId: string): XmlObject {
  const views = instanceViews(ctx.scope).filter((v) => v.instance.reservationId === reservationId);
  return {
    reservationId,
    ownerId: ctx.account,
    groupSet: [],
    instancesSet: views.map((v) => renderInstance(v, ctx)),
  };
}
