// A promise made on first use and shared by every caller until it fails: a failure is forgotten,
// so the next use tries again (credentials may appear, a network may come back), where a
// remembered rejection would fail every later call the same way until a restart.
export class Reusable<T> {
  private pending: Promise<T> | undefined;

  constructor(private readonly make: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.pending) {
      const pending = this.make();
      this.pending = pending;
      pending.catch(() => {
        if (this.pending === pending) this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** What was made or is being made (undefined if nothing, or it failed). */
  async peek(): Promise<T | undefined> {
    return this.pending?.catch(() => undefined);
  }

  /** What was made or is being made (undefined if nothing, or it failed), forgotten from now on. */
  async take(): Promise<T | undefined> {
    const pending = this.pending;
    this.pending = undefined;
    return pending?.catch(() => undefined);
  }
}
