// Storage nobody uses: volumes attached to nothing for longer than `unattachedVolumeDays`, and
// snapshots older than `snapshotAgeDays`. The saving is what they cost a month at catalog prices.
import type { Money } from '../../../providers/pricing.js';
import { ProviderError } from '../../../providers/errors.js';
import type { Snapshot, Volume } from '../../../providers/types.js';
import type { SubgraphContext } from '../../shared/context.js';
import { recordFailures } from '../../shared/errors.js';
import type { Converter } from '../currency.js';
import { money, times } from '../money.js';
import { volumePriceQuote } from '../quotes.js';
import { ageInDays, finding, type RecommendationKind, type RecommendationValue } from './finding.js';

export async function volumeFindings(
  volumes: readonly Volume[],
  kinds: ReadonlySet<RecommendationKind>,
  convert: Converter,
  context: SubgraphContext,
): Promise<RecommendationValue[]> {
  if (!kinds.has('UNATTACHED_VOLUME')) return [];
  const { unattachedVolumeDays } = context.services.costs.savings;
  const now = new Date();
  const idle = volumes.filter((v) => v.state === 'AVAILABLE' && v.attachments.length === 0 && v.createdAt && ageInDays(v.createdAt, now) >= unattachedVolumeDays);
  const found = await Promise.all(
    idle.map(async (volume) => {
      const monthly = await priced(context, async () => (await volumePriceQuote(volume, context.loaders.prices, (m) => m)).monthly);
      if (!monthly) return null;
      const ageDays = ageInDays(volume.createdAt!, now);
      const detail = `Attached to nothing; created ${ageDays} days ago (threshold ${unattachedVolumeDays} days).`;
      return finding(
        { kind: 'UNATTACHED_VOLUME', resource: volume, action: `Snapshot and delete the unattached ${volume.sizeGiB} GiB ${volume.volumeType ?? ''} volume`.replace('  ', ' '), current: monthly, proposed: money(0, monthly.currency), evidence: { ageDays, detail } },
        convert,
      );
    }),
  );
  return found.filter((f): f is RecommendationValue => f !== null);
}

export async function snapshotFindings(
  snapshots: readonly Snapshot[],
  kinds: ReadonlySet<RecommendationKind>,
  convert: Converter,
  context: SubgraphContext,
): Promise<RecommendationValue[]> {
  if (!kinds.has('OLD_SNAPSHOT')) return [];
  const { snapshotAgeDays } = context.services.costs.savings;
  const now = new Date();
  const old = snapshots.filter((s) => s.state === 'COMPLETED' && s.createdAt && ageInDays(s.createdAt, now) >= snapshotAgeDays);
  const found = await Promise.all(
    old.map(async (snapshot) => {
      const monthly = await priced(context, () => snapshotMonthly(snapshot, context));
      if (!monthly) return null;
      const ageDays = ageInDays(snapshot.createdAt!, now);
      const detail = `Created ${ageDays} days ago (threshold ${snapshotAgeDays} days); ${snapshot.sizeGiB} GiB at the catalog's snapshot storage price.`;
      return finding(
        { kind: 'OLD_SNAPSHOT', resource: snapshot, action: `Delete the ${ageDays}-day-old snapshot if nothing restores from it`, current: monthly, proposed: money(0, monthly.currency), evidence: { ageDays, detail } },
        convert,
      );
    }),
  );
  return found.filter((f): f is RecommendationValue => f !== null);
}

/** Snapshot storage, priced per GiB-month of the snapshot's size (the catalog's "snapshot" volume type). */
async function snapshotMonthly(snapshot: Snapshot, context: SubgraphContext): Promise<Money | null> {
  const prices = await context.loaders.prices.storage(snapshot.provider, snapshot.region);
  const price = prices.find((p) => p.volumeType === 'snapshot' && p.unit === 'GIB_MONTH');
  return price ? times(price.monthly, snapshot.sizeGiB) : null;
}

async function priced(context: SubgraphContext, run: () => Promise<Money | null>): Promise<Money | null> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return null;
  }
}
