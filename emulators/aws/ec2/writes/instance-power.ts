// StartInstances, StopInstances (Hibernate), RebootInstances and TerminateInstances: each accepts
// instances in the states EC2 accepts, answers their current and previous state at once, and
// moves them through the intermediate state one step later (pending → running, stopping →
// stopped, shutting-down → terminated). An instance already where the action leads is answered
// unchanged, as EC2 does.
import type { Ec2Instance, Ec2InstanceStateName } from '../../../fleet.js';
import { EC2_INSTANCE_STATE_CODES } from '../../../fleet.js';
import type { XmlObject } from '../xml.js';
import { writeAction, type WriteContext } from './context.js';
import { writeErrors } from './errors.js';
import { instancesOf } from './lookup.js';
import { vcpusOf } from './limits.js';
import { moveIf } from './transitions.js';

interface PowerRule {
  action: string;
  verb: string;
  /** States that need no move (the answer repeats them). */
  settled: readonly Ec2InstanceStateName[];
  /** States the action starts from, and the state it moves through and ends in. */
  from: readonly Ec2InstanceStateName[];
  via: Ec2InstanceStateName;
  to: Ec2InstanceStateName;
  /** The state an instance falls back to when a planted failure stops the action. */
  failTo: Ec2InstanceStateName;
}

const START: PowerRule = { action: 'StartInstances', verb: 'started', settled: ['running', 'pending'], from: ['stopped'], via: 'pending', to: 'running', failTo: 'stopped' };
const STOP: PowerRule = { action: 'StopInstances', verb: 'stopped', settled: ['stopped', 'stopping'], from: ['running'], via: 'stopping', to: 'stopped', failTo: 'stopped' };
const TERMINATE: PowerRule = {
  action: 'TerminateInstances',
  verb: 'terminated',
  settled: ['terminated', 'shutting-down'],
  from: ['running', 'pending', 'stopped', 'stopping'],
  via: 'shutting-down',
  to: 'terminated',
  failTo: 'terminated',
};

const FAILURE_REASON: Record<string, { code: string; message: string }> = {
  StartInstances: { code: 'Server.InsufficientInstanceCapacity', message: 'Server.InsufficientInstanceCapacity: Insufficient capacity.' },
};

function powerAction(rule: PowerRule) {
  return writeAction({
    check(ctx: WriteContext) {
      const instances = instancesOf(ctx);
      for (const i of instances) {
        if (!rule.settled.includes(i.state) && !rule.from.includes(i.state)) throw writeErrors.incorrectInstanceState(i.instanceId, rule.verb);
      }
      const moving = instances.filter((i) => rule.from.includes(i.state));
      if (rule === START) ctx.writes.limits.checkVcpus(ctx.scope, moving.reduce((n, i) => n + vcpusOf(i), 0));
      return { instances, moving };
    },
    apply({ instances, moving }, ctx) {
      const previous = new Map(instances.map((i) => [i.instanceId, i.state] as const));
      const hibernate = rule === STOP && ctx.params.boolean('Hibernate');
      for (const instance of moving) carryOut(rule, instance, ctx, hibernate);
      return { instancesSet: instances.map((i) => stateChange(i, previous.get(i.instanceId)!)) };
    },
  });
}

function carryOut(rule: PowerRule, instance: Ec2Instance, ctx: WriteContext, hibernate: boolean): void {
  const { fleet, writes } = ctx;
  const id = instance.instanceId;
  fleet.aws.setInstanceState(id, rule.via);
  if (hibernate) hibernating(instance);
  const failure = writes.failures.take(rule.action);
  if (!failure) {
    writes.steps.run([
      () => {
        moveIf(fleet, id, rule.via, rule.to);
        if (hibernate && instance.state === rule.to) hibernating(instance);
      },
    ]);
    return;
  }
  const reason = { ...(FAILURE_REASON[rule.action] ?? { code: 'Server.InternalError', message: 'Server.InternalError: Internal error.' }) };
  if (failure.code) reason.code = failure.code;
  if (failure.message) reason.message = failure.message;
  writes.steps.run([
    () => {
      moveIf(fleet, id, rule.via, rule.failTo);
      instance.stateReason = reason;
    },
  ]);
}

function hibernating(instance: Ec2Instance): void {
  instance.stateReason = { code: 'Client.UserInitiatedHibernate', message: 'Client.UserInitiatedHibernate: User initiated hibernate' };
}

export function stateChange(instance: Ec2Instance, previous: Ec2InstanceStateName): XmlObject {
  return {
    instanceId: instance.instanceId,
    currentState: { code: EC2_INSTANCE_STATE_CODES[instance.state], name: instance.state },
    previousState: { code: EC2_INSTANCE_STATE_CODES[previous], name: previous },
  };
}

export const startInstances = powerAction(START);
export const stopInstances = powerAction(STOP);
export const terminateInstances = powerAction(TERMINATE);

/** A reboot leaves the instance `running` (EC2 shows no state change for it); only a running instance can be rebooted. */
export const rebootInstances = writeAction({
  check(ctx: WriteContext) {
    const instances = instancesOf(ctx);
    for (const i of instances) if (i.state !== 'running') throw writeErrors.incorrectInstanceState(i.instanceId, 'rebooted');
    return instances;
  },
  apply: () => ({ return: true }),
});
