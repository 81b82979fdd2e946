// The containers the sandbox's containerd holds, from the seed: two namespaces, each with
// containers whose tasks run (a tiny static program that waits), one paused, one that exited with
// status 3, and one created with no task; labels like an orchestrator's.
import { Random } from '../kit/prng.js';
import { TAG_VOCABULARY } from '../kit/vocabulary.js';

export type WorkloadState = 'running' | 'paused' | 'exited' | 'no-task';

export interface Workload {
  namespace: string;
  id: string;
  labels: Record<string, string>;
  state: WorkloadState;
  /** CPU and memory limits in the container's spec (CFS quota, memory limit); none: it may use the whole host. */
  limits?: { cpus: number; memoryMiB: number };
}

export const NAMESPACES = ['fleet-web', 'fleet-jobs'] as const;

/** `perNamespace` containers in each namespace (at least the four states). */
export function workloadsOf(seed: number, perNamespace: number): Workload[] {
  const random = Random.of(seed, 'containerd');
  const forced: WorkloadState[] = ['paused', 'exited', 'no-task'];
  return NAMESPACES.flatMap((namespace, n) =>
    Array.from({ length: Math.max(4, perNamespace) }, (_, i) => {
      const app = random.pick(TAG_VOCABULARY.app);
      const env = random.pick(TAG_VOCABULARY.env);
      return {
        namespace,
        id: `${app}-${env}-${n}${String(i + 1).padStart(2, '0')}`,
        labels: { app, env, team: random.pick(TAG_VOCABULARY.team), 'nerdctl/name': `${app}-${i + 1}` },
        state: n === 0 ? forced[i] ?? 'running' : 'running',
        // Every other job runs within limits, as a scheduler would start it; the web namespace's have none.
        ...(n === 1 && i % 2 === 1 ? { limits: { cpus: random.pick([1, 2]), memoryMiB: random.pick([256, 512]) } } : {}),
      };
    }),
  );
}
