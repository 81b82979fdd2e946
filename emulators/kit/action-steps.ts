// How the emulators carry out a write over time, the same way for every cloud: an accepted action
// moves its resource through the cloud's intermediate states one step at a time (pending →
// running over seconds), each step after `stepMs` (±25%, so two actions started together do not
// land in lockstep). Closing the emulator cancels every step still due.

import { Random } from './prng.js';

export const DEFAULT_ACTION_STEP_MS = 3000;

export interface ActionStep {
  /** Applied when the step is due; a step that throws ends the action there (its later steps are dropped). */
  apply(): void;
}

export class ActionSteps {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;
  private readonly random = Random.of('action-steps', 0);

  constructor(
    /** Mean time each step takes. 0 applies every step at once, synchronously (unit tests). */
    readonly stepMs: number = DEFAULT_ACTION_STEP_MS,
  ) {
    if (!Number.isFinite(stepMs) || stepMs < 0) throw new Error(`stepMs must be a non-negative number, got ${stepMs}`);
  }

  /** Runs the steps in order, one every `stepMs` on average; `done` (if any) after the last one or after a step that threw. */
  run(steps: readonly (() => void)[], done?: (error: unknown) => void): void {
    if (this.stepMs === 0) {
      let failure: unknown = null;
      for (const step of steps) {
        try {
          step();
        } catch (error) {
          failure = error;
          break;
        }
      }
      done?.(failure);
      return;
    }
    const next = (index: number): void => {
      if (this.closed) return;
      if (index >= steps.length) return done?.(null);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        try {
          steps[index]!();
        } catch (error) {
          return done?.(error);
        }
        next(index + 1);
      }, this.jittered());
      timer.unref();
      this.timers.add(timer);
    };
    next(0);
  }

  /** Cancels every step still due. */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private jittered(): number {
    return Math.round(this.stepMs * (0.75 + this.random.float() * 0.5));
  }
}
