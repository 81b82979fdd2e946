// What every cloud's part of the fleet is built from, and how it tells its listeners (the push
// publishers, the sandbox's recorders, tests) that a VM changed state.

export interface CloudFleetOptions {
  seed: number;
  /** VMs per account (subscription, project) × region. */
  vmsPerScope: number;
  /** "Now" for state changes and metrics. */
  clock: () => Date;
}

export class ChangeListeners<C> {
  private readonly listeners = new Set<(change: C) => void>();

  /** Returns the function that removes the listener again. */
  add(listener: (change: C) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: C): void {
    for (const listener of this.listeners) listener(change);
  }
}
