// Failures tests plant in the asynchronous part of a write: the next accepted request of an
// action is carried out until its last step, which fails as EC2 fails it (an instance that never
// reaches running, a snapshot in `error`, a modification `failed`).

export interface StepFailureRule {
  /** The EC2 action whose next accepted requests fail mid-way (RunInstances, StartInstances, CreateSnapshot, ModifyVolume, AttachVolume). */
  action: string;
  /** How many accepted requests fail; 1 when absent. */
  times?: number;
  /** The reason EC2 records (state reason code, status message); each action has a realistic default. */
  code?: string;
  message?: string;
}

export interface StepFailure {
  code: string | null;
  message: string | null;
}

export class StepFailures {
  private rules: { rule: StepFailureRule; remaining: number }[] = [];

  add(rule: StepFailureRule): void {
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`Step failure 'times' must be a positive integer, got ${times}`);
    this.rules.push({ rule: { ...rule }, remaining: times });
  }

  clear(): void {
    this.rules = [];
  }

  /** Whether this accepted request of `action` is to fail, using up one of the rule's times. */
  take(action: string): StepFailure | null {
    const entry = this.rules.find((e) => e.rule.action === action);
    if (!entry) return null;
    entry.remaining--;
    this.rules = this.rules.filter((e) => e.remaining > 0);
    return { code: entry.rule.code ?? null, message: entry.rule.message ?? null };
  }
}
