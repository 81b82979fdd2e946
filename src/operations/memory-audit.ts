// The audit log of a single process (no Redis configured): the newest `maxEntries` younger than the retention.
import type { AuditEntry, AuditLog, AuditPage, NewAuditEntry } from './audit-entry.js';

export class MemoryAuditLog implements AuditLog {
  private entries: AuditEntry[] = [];
  private last = { ms: 0, seq: 0 };

  constructor(
    private readonly maxEntries: number,
    private readonly retentionMs: number,
  ) {}

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const ms = Date.now();
    this.last = ms > this.last.ms ? { ms, seq: 0 } : { ms: this.last.ms, seq: this.last.seq + 1 };
    const stored = { ...structuredClone(entry), id: `${this.last.ms}-${this.last.seq}` };
    this.entries.push(stored);
    const oldest = ms - this.retentionMs;
    this.entries = this.entries.filter((e) => Date.parse(e.at) >= oldest).slice(-this.maxEntries);
    return stored;
  }

  async list(before: string | null, limit: number, keep: (entry: AuditEntry) => boolean): Promise<AuditPage> {
    const older = [...this.entries].reverse().filter((e) => (before === null || compareIds(e.id, before) < 0) && keep(e));
    return { entries: older.slice(0, limit), hasMore: older.length > limit };
  }

  async close(): Promise<void> {}
}

/** Stream ids `<ms>-<seq>` in order. */
export function compareIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am - bm || as - bs;
}
