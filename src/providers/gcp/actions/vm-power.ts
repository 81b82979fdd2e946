// startVm (instances.start, or instances.resume for a suspended VM), stopVm (instances.stop, or
// instances.suspend when hibernating), rebootVm (instances.reset: a hard reset) and deleteVm
// (instances.delete). Each is one write followed by its zone operation.
import type { ActionOptions, ActionRequest, StartedAction } from '../../actions.js';
import { getInstance, TRANSITIONAL } from './reads.js';
import { requestIdOf } from './request-ids.js';
import { targetOf, type ContextFor, type Target } from './targets.js';
import { operationOf, startedBy } from './tracking.js';
import { refused, writeCall } from './write-errors.js';

type PowerRequest = Extract<ActionRequest, { kind: 'startVm' | 'stopVm' | 'rebootVm' | 'deleteVm' }>;
type Verb = 'start' | 'resume' | 'stop' | 'suspend' | 'reset' | 'delete';

export async function startPower(contextFor: ContextFor, request: PowerRequest, options: ActionOptions): Promise<StartedAction | null> {
  const verb0 = initialVerb(request);
  const t = targetOf(contextFor, request.vm, `instances.${verb0}`, 'zone');
  // Start and dry runs need the status: a suspended VM is resumed, not started.
  const instance = request.kind === 'startVm' || options.dryRun ? await getInstance(t) : null;
  const verb: Verb = request.kind === 'startVm' && instance?.status === 'SUSPENDED' ? 'resume' : verb0;
  if (options.dryRun) {
    checkState(t, verb, String(instance!.status), Boolean(instance!.deletionProtection));
    return null;
  }
  return startedBy(await send(t, verb, requestIdOf(options.idempotencyKey, verb)), null);
}

function initialVerb(request: PowerRequest): Verb {
  if (request.kind === 'startVm') return 'start';
  if (request.kind === 'stopVm') return request.hibernate ? 'suspend' : 'stop';
  return request.kind === 'rebootVm' ? 'reset' : 'delete';
}

/** What Compute Engine would refuse, said before acting (dry runs). */
function checkState(t: Target, verb: Verb, status: string, protectedVm: boolean): void {
  const conflict = (why: string) => refused('CONFLICT', t.ctx.scope, `instances.${verb}`, why, 'resourceNotReady');
  if (verb === 'delete') {
    if (protectedVm) throw refused('CONFLICT', t.ctx.scope, 'instances.delete', `instance ${t.name} is protected against deletion`, 'invalidResourceUsage');
    return;
  }
  if (TRANSITIONAL.has(status)) throw conflict(`instance ${t.name} is ${status}`);
  if (verb === 'reset' && status !== 'RUNNING') throw conflict(`instance ${t.name} is ${status}, not RUNNING`);
  if (verb === 'suspend' && status !== 'RUNNING' && status !== 'SUSPENDED') throw conflict(`instance ${t.name} is ${status}; only a running instance can be suspended`);
}

async function send(t: Target, verb: Verb, requestId: string) {
  const clients = await t.ctx.clients();
  const args = { project: t.project, zone: t.location, instance: t.name, requestId };
  const operation = `instances.${verb}`;
  const i = clients.instances;
  switch (verb) {
    case 'start':
      return writeCall(t.ctx, operation, async () => operationOf(await i.start(args)));
    case 'resume':
      return writeCall(t.ctx, operation, async () => operationOf(await i.resume(args)));
    case 'stop':
      return writeCall(t.ctx, operation, async () => operationOf(await i.stop(args)));
    case 'suspend':
      return writeCall(t.ctx, operation, async () => operationOf(await i.suspend(args)));
    case 'reset':
      return writeCall(t.ctx, operation, async () => operationOf(await i.reset(args)));
    case 'delete':
      return writeCall(t.ctx, operation, async () => operationOf(await i.delete(args)));
  }
}
