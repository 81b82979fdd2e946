// What a savings finding is, whatever found it: the resource, the action, the money before and
// after (on-demand catalog prices: always an estimate), and the evidence.
import type { ProviderName } from '../../../providers/types.js';
import type { Converter } from '../currency.js';
import { money, type MoneyValue } from '../money.js';
import { Decimal } from 'decimal.js';
import type { Money } from '../../../providers/pricing.js';

export type RecommendationKind = 'RIGHTSIZE' | 'IDLE' | 'UNATTACHED_VOLUME' | 'OLD_SNAPSHOT';
export const RECOMMENDATION_KINDS: readonly RecommendationKind[] = ['RIGHTSIZE', 'IDLE', 'UNATTACHED_VOLUME', 'OLD_SNAPSHOT'];

export interface EvidenceValue {
  from: Date | null;
  to: Date | null;
  cpuP95: number | null;
  memoryP95: number | null;
  headroomPercent: number | null;
  ageDays: number | null;
  detail: string;
}

export interface RecommendationValue {
  kind: RecommendationKind;
  resourceId: string;
  provider: ProviderName;
  account: string;
  region: string;
  action: string;
  currentMonthly: MoneyValue;
  proposedMonthly: MoneyValue;
  monthlySaving: MoneyValue;
  suggestedInstanceType: string | null;
  evidence: EvidenceValue;
}

export interface FindingInput {
  kind: RecommendationKind;
  resource: { id: string; provider: ProviderName; account: string; region: string };
  action: string;
  current: Money;
  proposed: Money;
  suggestedInstanceType?: string;
  evidence: Partial<EvidenceValue> & { detail: string };
}

/** A finding in the caller's currency; the saving is current − proposed, computed before conversion. */
export function finding(input: FindingInput, convert: Converter): RecommendationValue {
  const saving = money(new Decimal(input.current.amount).minus(input.proposed.amount), input.current.currency);
  return {
    kind: input.kind,
    resourceId: input.resource.id,
    provider: input.resource.provider,
    account: input.resource.account,
    region: input.resource.region,
    action: input.action,
    currentMonthly: convert(input.current),
    proposedMonthly: convert(input.proposed),
    monthlySaving: convert(saving),
    suggestedInstanceType: input.suggestedInstanceType ?? null,
    evidence: { from: null, to: null, cpuP95: null, memoryP95: null, headroomPercent: null, ageDays: null, ...input.evidence },
  };
}

/** Whole days between `since` and `now`. */
export function ageInDays(since: Date, now: Date): number {
  return Math.floor((now.getTime() - since.getTime()) / 86_400_000);
}
