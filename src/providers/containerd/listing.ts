// A host's containers: one Namespaces/List (which namespaces exist), then per namespace wanted one
// Containers/List and one Tasks/List, side by side. A configured namespace the daemon does not
// have is named in a gap beside the others' containers (containerd itself would answer an empty
// list). Each container is joined with its task (the init process, whose id is the container's).
import { ProviderError } from '../errors.js';
import { gapOf } from '../gaps.js';
import type { Gap, Scope } from '../types.js';
import { METHODS, type ContainerdClient } from './grpc.js';
import type { CtrContainer, CtrNamespace, CtrTask } from './wire.js';

export interface NamespaceContainers {
  namespace: string;
  containers: CtrContainer[];
  tasks: Map<string, CtrTask>;
}

export interface HostCalls {
  owner: Scope;
  client: ContainerdClient;
  /** Runs one call; its failure becomes a ProviderError naming `operation`. */
  call<T>(operation: string, run: () => Promise<T>): Promise<T>;
}

export async function listNamespaces(host: HostCalls, wanted: readonly string[] | undefined, gaps: Gap[]): Promise<string[]> {
  const { namespaces = [] } = await host.call(METHODS.listNamespaces.operation, () => host.client.call<{ namespaces?: CtrNamespace[] }>(METHODS.listNamespaces, {}, null));
  const existing = namespaces.map((n) => n.name);
  if (!wanted) return existing;
  for (const missing of wanted.filter((n) => !existing.includes(n))) {
    gaps.push(gapOf(new ProviderError('NOT_FOUND', host.owner, METHODS.listNamespaces.operation, 'NamespaceNotFound', `containerd has no namespace "${missing}"`), []));
  }
  return wanted.filter((n) => existing.includes(n));
}

export async function listContainers(host: HostCalls, namespace: string, filters: string[] = []): Promise<NamespaceContainers> {
  const [containers, tasks] = await Promise.all([
    host.call(METHODS.listContainers.operation, () => host.client.call<{ containers?: CtrContainer[] }>(METHODS.listContainers, { filters }, namespace)),
    host.call(METHODS.listTasks.operation, () => host.client.call<{ tasks?: CtrTask[] }>(METHODS.listTasks, {}, namespace)),
  ]);
  return { namespace, containers: containers.containers ?? [], tasks: new Map((tasks.tasks ?? []).map((t) => [t.containerId || t.id || '', t])) };
}

/** A containerd filter matching exactly these ids (any of them). */
export function idFilters(ids: readonly string[]): string[] {
  return ids.map((id) => `id==${JSON.stringify(id)}`);
}
