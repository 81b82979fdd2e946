// ModifyInstanceAttribute, for the instance type: only a stopped instance changes type, at once
// (EC2 applies it synchronously); the new type's default cores and threads come with it.
import { Ec2Error } from '../errors.js';
import { required, writeAction, type WriteContext } from './context.js';
import { writeErrors } from './errors.js';
import { instanceOf } from './lookup.js';
import { offeredType } from './offerings.js';

export const modifyInstanceAttribute = writeAction({
  check(ctx: WriteContext) {
    const instance = instanceOf(ctx, required(ctx, 'InstanceId'));
    const instanceType = requestedType(ctx);
    const info = offeredType(instanceType, instance.architecture);
    if (instance.state !== 'stopped') throw writeErrors.notStopped(instance.instanceId);
    return { instance, info };
  },
  apply({ instance, info }) {
    instance.instanceType = info.instanceType;
    instance.cpuOptions = { coreCount: info.defaultCores, threadsPerCore: info.defaultThreadsPerCore };
    return { return: true };
  },
});

/** `InstanceType.Value` (the SDK's form) or `Attribute=instanceType&Value=…`; other attributes are not modelled. */
function requestedType(ctx: WriteContext): string {
  const direct = ctx.params.get('InstanceType.Value');
  if (direct) return direct;
  if (ctx.params.get('Attribute') === 'instanceType' && ctx.params.get('Value')) return ctx.params.get('Value')!;
  throw new Ec2Error('InvalidParameterCombination', 'The emulator models ModifyInstanceAttribute for the instance type only: give InstanceType.Value.');
}
