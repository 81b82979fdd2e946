// What the cloud is asked before an action starts: that its target exists (NOT_FOUND otherwise,
// only ever said to a caller granted that part of the fleet) and does not carry the protection
// tag when the action would stop, resize, detach or delete it.
import type { WritesConfig } from '../config/writes-schema.js';
import { ErrorCode } from '../errors/codes.js';
import type { ProviderRegistry } from '../providers/registry.js';
import type { ActionKind, GlobalId, ResourceBase } from '../providers/types.js';
import type { MutationInput } from './parts.js';
import { actionTarget } from '../providers/actions.js';
import { OperationRefusal } from './refusal.js';

/** Actions a protected resource refuses: what would take it down or away. */
const GUARDED: ReadonlySet<ActionKind> = new Set(['stopVm', 'rebootVm', 'resizeVm', 'deleteVm', 'detachVolume', 'deleteSnapshot']);

export async function checkTarget(registry: ProviderRegistry, input: Pick<MutationInput, 'request' | 'confirmName'>, protection: WritesConfig['protectionTag']): Promise<ResourceBase | null> {
  const { request } = input;
  const target = actionTarget(request);
  if (!target) return null;
  const found = await read(registry, target);
  if (!found) throw new OperationRefusal(ErrorCode.NOT_FOUND, `No ${target.kind} ${target.nativeId} in ${target.provider} account ${target.account} (${target.region})`, { kind: target.kind });
  if (request.kind === 'deleteVm' && input.confirmName !== (found.name ?? found.nativeId)) {
    throw new OperationRefusal(ErrorCode.BAD_USER_INPUT, `confirmName must be the VM's name, ${JSON.stringify(found.name ?? found.nativeId)}`, { argument: 'confirmName' });
  }
  if (request.kind === 'attachVolume' || request.kind === 'detachVolume') {
    const vm = await read(registry, request.vm);
    if (!vm) throw new OperationRefusal(ErrorCode.NOT_FOUND, `No vm ${request.vm.nativeId} in ${request.vm.provider} account ${request.vm.account} (${request.vm.region})`, { kind: 'vm' });
    if (request.kind === 'detachVolume') refuseProtected(vm, request.kind, protection);
  }
  if (GUARDED.has(request.kind)) refuseProtected(found, request.kind, protection);
  return found;
}

async function read(registry: ProviderRegistry, id: GlobalId): Promise<ResourceBase | null> {
  const adapter = registry.adapter(id.provider);
  if (!adapter) throw new OperationRefusal(ErrorCode.PROVIDER_NOT_CONFIGURED, `${id.provider} is not configured`, { provider: id.provider });
  const [found] = await adapter.get(id.kind, registry.scopeOf(id), [id.nativeId]);
  return found ?? null;
}

function refuseProtected(resource: ResourceBase, kind: ActionKind, protection: WritesConfig['protectionTag']): void {
  if (!protection) return;
  const tagged = resource.tags.some((tag) => tag.key === protection.key && tag.value.toLowerCase() === protection.value.toLowerCase());
  if (tagged) {
    throw new OperationRefusal(ErrorCode.FORBIDDEN, `${resource.id} carries ${protection.key}=${protection.value}: ${kind} is refused (remove the tag to allow it)`, {
      permission: kind,
      protectionTag: protection.key,
    });
  }
}
