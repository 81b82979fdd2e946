// The state planner every cloud's fleet uses: every documented state present once there are two
// VMs per state, a majority up, and the same plan for the same seed.
import { describe, expect, it } from 'vitest';
import { planStates, type StatePlan } from '../../../emulators/kit/plan-states.js';
import { Random } from '../../../emulators/kit/prng.js';

const plan: StatePlan<'up' | 'down' | 'rare' | 'never'> = {
  weights: [
    ['up', 60],
    ['down', 39],
    ['rare', 1],
  ],
  all: ['up', 'down', 'rare', 'never'],
  up: 'up',
};

describe('planStates', () => {
  it('puts every state in at least once when there are two VMs per state, even one never drawn', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const states = planStates(Random.of(seed), 8, plan);
      expect(new Set(states)).toEqual(new Set(['up', 'down', 'rare', 'never']));
    }
  });

  it('keeps a majority up, taking only from states present more than once', () => {
    const heavy: StatePlan<'up' | 'down'> = { weights: [['up', 1], ['down', 99]], all: ['up', 'down'], up: 'up' };
    for (const seed of [1, 2, 3]) {
      const states = planStates(Random.of(seed), 21, heavy);
      expect(states.filter((s) => s === 'up').length).toBeGreaterThan(21 / 2);
      expect(states).toContain('down');
    }
  });

  it('leaves small scopes as drawn apart from the majority rule', () => {
    expect(planStates(Random.of(7), 0, plan)).toEqual([]);
    expect(planStates(Random.of(7), 3, plan)).toHaveLength(3);
  });

  it('is deterministic for a seed', () => {
    expect(planStates(Random.of(42), 50, plan)).toEqual(planStates(Random.of(42), 50, plan));
  });
});
