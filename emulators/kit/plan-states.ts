// Which state each VM of a scope is put in, the same way for every cloud: drawn by weight; then,
// once there are at least two VMs per state, every state the cloud documents present at least
// once (taken from VMs that are up, or from states present more than once when none is); then a
// majority up (taken from states present more than once).
import type { Random } from './prng.js';

export interface StatePlan<S extends string> {
  /** How often each state is drawn; weights need not sum to anything. */
  weights: readonly (readonly [S, number])[];
  /** Every state the cloud documents, in the order missing ones are filled in. */
  all: readonly S[];
  /** The state of a VM that is up. */
  up: S;
}

export function planStates<S extends string>(rng: Random, n: number, plan: StatePlan<S>): S[] {
  const states = Array.from({ length: n }, () => rng.weighted(plan.weights));
  const indexesOf = (keep: (state: S) => boolean) => states.flatMap((state, i) => (keep(state) ? [i] : []));
  if (n >= plan.all.length * 2) {
    for (const state of plan.all) {
      if (states.includes(state)) continue;
      // From a VM that is up; when none is, from a state present more than once.
      const up = indexesOf((s) => s === plan.up);
      const spare = up.length > 0 ? up : indexesOf((s) => countsOf(states).get(s)! > 1);
      if (spare.length > 0) states[rng.pick(spare)] = state;
    }
  }
  let up = indexesOf((s) => s === plan.up).length;
  while (up <= n / 2) {
    const counts = countsOf(states);
    const others = indexesOf((s) => s !== plan.up && counts.get(s)! > 1);
    if (others.length === 0) break;
    states[rng.pick(others)] = plan.up;
    up++;
  }
  return states;
}

function countsOf<S>(states: readonly S[]): Map<S, number> {
  const counts = new Map<S, number>();
  for (const state of states) counts.set(state, (counts.get(state) ?? 0) + 1);
  return counts;
}
