// The audit log in a Redis stream shared by every replica: XADD trimmed to `maxEntries` (approx.)
// and to the retention (MINID), read newest first with XREVRANGE.
import type { Redis } from 'ioredis';
import { closeClient, failFastClient } from '../redis/client.js';
import type { AuditEntry, AuditLog, AuditPage, NewAuditEntry } from './audit-entry.js';

const SCAN_BATCH = 200;

export class RedisAuditLog implements AuditLog {
  private readonly client: Redis;
  private readonly stream: string;

  constructor(
    url: string,
    prefix: string,
    private readonly maxEntries: number,
    private readonly retentionMs: number,
  ) {
    this.client = failFastClient(url);
    this.stream = `${prefix}audit`;
  }

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const results = await this.client
      .multi()
      .xadd(this.stream, 'MAXLEN', '~', this.maxEntries, '*', 'entry', JSON.stringify(entry))
      .xtrim(this.stream, 'MINID', '~', Date.now() - this.retentionMs)
      .exec();
    const [error, id] = results?.[0] ?? [new Error('audit log write was not executed'), null];
    if (error) throw error;
    return { ...entry, id: String(id) };
  }

  async list(before: string | null, limit: number, keep: (entry: AuditEntry) => boolean): Promise<AuditPage> {
    const found: AuditEntry[] = [];
    let end = before === null ? '+' : `(${before}`;
    for (;;) {
      const batch = await this.client.xrevrange(this.stream, end, '-', 'COUNT', SCAN_BATCH);
      for (const [id, fields] of batch) {
        const entry = { ...(JSON.parse(fields[1]!) as NewAuditEntry), id };
        if (!keep(entry)) continue;
        if (found.length === limit) return { entries: found, hasMore: true };
        found.push(entry);
      }
      if (batch.length < SCAN_BATCH) return { entries: found, hasMore: false };
      end = `(${batch.at(-1)![0]}`;
    }
  }

  async close(): Promise<void> {
    await closeClient(this.client);
  }
}
