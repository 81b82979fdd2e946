// How the sandbox churn (emulators/churn.ts) sees one cloud's VMs: what a VM is to it, and the
// moves each cloud's lifecycle allows.

/** A VM the churn may move, read and written through its cloud's fleet API. */
export interface ChurnVm<S extends string = string> {
  readonly key: string;
  state(): S;
  setState(state: S): void;
}

/** How one cloud's VMs move between states. */
export interface CloudLifecycle<S extends string = string> {
  /** The state of a VM that is up. */
  readonly up: S;
  /** From each settled state, the paths a move may take: its intermediate states, then where it settles. */
  readonly moves: Partial<Readonly<Record<S, readonly (readonly S[])[]>>>;
  vms(): ChurnVm<S>[];
}
