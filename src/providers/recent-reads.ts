// A read that another kind's listing may reuse for a moment. The volumes a query asks for right
// after its VMs then come from the very read the VM listing made (Proxmox's cluster/resources
// and storage contents, libvirt's domstats and dumpxml) instead of a second one. Concurrent
// callers always share a read in flight; a finished read is reused only by callers that ask to
// (never the VM listing, which the event poller runs) and only while it is younger than the
// window; a failed read is not kept.
export const RECENT_READ_MS = 2_000;

interface Entry {
  pending: Promise<unknown> | null;
  value?: unknown;
  doneAt?: number;
}

export class RecentReads {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly windowMs = RECENT_READ_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** `load` now (sharing one in flight), or, when `reuse`, the answer it gave within the window. */
  read<T>(key: string, reuse: boolean, load: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry?.pending) return entry.pending as Promise<T>;
    if (reuse && entry?.doneAt !== undefined && this.clock() - entry.doneAt <= this.windowMs) return Promise.resolve(entry.value as T);
    const pending = load().then(
      (value) => {
        this.entries.set(key, { pending: null, value, doneAt: this.clock() });
        return value;
      },
      (error: unknown) => {
        this.entries.delete(key);
        throw error;
      },
    );
    this.entries.set(key, { pending });
    return pending;
  }
}
