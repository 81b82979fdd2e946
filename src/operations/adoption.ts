// Operations outlive the replica that started them: every so often each replica looks for
// operations still RUNNING that no one follows (their follower's lease lapsed: its replica
// stopped) and follows them itself. One still PENDING after a lease period was being started when
// its replica stopped — whether the cloud took it is unknown, so it ends FAILED saying so.
import type { Logger } from 'pino';
import { ErrorCode } from '../errors/codes.js';
import type { LeaseStore } from '../events/lease.js';
import type { ProviderRegistry } from '../providers/registry.js';
import { leaseName, type OperationFollower } from './follower.js';
import { finished, type Operation } from './operation.js';
import type { OperationStore } from './store.js';

/** Unfinished operations looked at per sweep. */
const SWEEP_LIMIT = 500;

export class OperationAdoption {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly parts: { registry: ProviderRegistry; store: OperationStore; leases: LeaseStore; log: Logger },
    private readonly follower: OperationFollower,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep().catch((error: unknown) => this.parts.log.warn({ err: error }, 'operation sweep failed')), this.follower.leaseMs);
    this.timer.unref();
  }

  async sweep(): Promise<void> {
    const { operations } = await this.parts.store.list(null, SWEEP_LIMIT, (op) => (op.status === 'RUNNING' || op.status === 'PENDING') && !this.follower.isFollowing(op.id));
    for (const operation of operations) await this.consider(operation);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async consider(operation: Operation): Promise<void> {
    const idleMs = Date.now() - Date.parse(operation.updatedAt);
    if (idleMs < this.follower.leaseMs) return;
    if (!(await this.parts.leases.acquire(leaseName(operation.id), this.follower.leaseMs))) return;
    if (operation.status === 'PENDING') {
      await this.parts.store.save(
        finished(operation, 'FAILED', { code: ErrorCode.PROVIDER_ERROR, message: 'the replica starting this action stopped before the cloud answered; check the resource before retrying', providerCode: null }),
      );
      return this.parts.leases.release(leaseName(operation.id));
    }
    const actions = this.parts.registry.adapter(operation.provider)?.actions;
    if (actions) this.follower.adopt(operation, actions);
  }
}
