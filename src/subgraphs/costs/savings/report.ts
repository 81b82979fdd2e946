// `savings`: every finding over the filtered fleet, largest monthly saving first (within each
// currency), paged; and the findings of one VM. The listings, metrics and catalogs it reads are
// the shared, batched and cached ones: the cost of asking does not grow per VM.
import type { ProviderName, VirtualMachine } from '../../../providers/types.js';
import type { SubgraphContext } from '../../shared/context.js';
import { checkPageArgs, paginate, type Order, type Page } from '../../shared/connection.js';
import { listMatching } from '../../shared/resolve.js';
import { converterTo, type Converter } from '../currency.js';
import { moneySortKey, sumByCurrency, type MoneyValue } from '../money.js';
import { RECOMMENDATION_KINDS, type RecommendationKind, type RecommendationValue } from './finding.js';
import { snapshotFindings, volumeFindings } from './storage-findings.js';
import { vmFindings } from './vm-findings.js';

export interface SavingsArgs {
  filter?: {
    providers?: readonly ProviderName[] | null;
    accounts?: readonly string[] | null;
    regions?: readonly string[] | null;
    tags?: readonly { key: string; values?: readonly string[] | null }[] | null;
    kinds?: readonly RecommendationKind[] | null;
  } | null;
  currency?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface SavingsReportValue extends Page<RecommendationValue> {
  totalMonthlySaving: MoneyValue[];
}

interface Ranked {
  id: string;
  finding: RecommendationValue;
}

const LARGEST_FIRST: Order<Ranked> = {
  name: 'SAVING:DESC',
  key: ({ finding }) => moneySortKey(finding.monthlySaving),
  descending: true,
};

export async function savingsReport(args: SavingsArgs, context: SubgraphContext): Promise<SavingsReportValue> {
  const page = checkPageArgs(args, LARGEST_FIRST);
  const convert = converterTo(args.currency, context.services.costs);
  const kinds = new Set(args.filter?.kinds ?? RECOMMENDATION_KINDS);
  const { kinds: _kinds, ...filter } = args.filter ?? {};
  const [vms, volumes, snapshots] = await Promise.all([
    kinds.has('IDLE') || kinds.has('RIGHTSIZE') ? listMatching(context, 'vm', filter) : [],
    kinds.has('UNATTACHED_VOLUME') ? listMatching(context, 'volume', filter) : [],
    kinds.has('OLD_SNAPSHOT') ? listMatching(context, 'snapshot', filter) : [],
  ]);
  const findings = (
    await Promise.all([
      vmFindings(vms, kinds, convert, context),
      volumeFindings(volumes, kinds, convert, context),
      snapshotFindings(snapshots, kinds, convert, context),
    ])
  ).flat();
  const ranked = paginate(
    findings.map((finding) => ({ id: `${finding.kind}:${finding.resourceId}`, finding })),
    page,
    LARGEST_FIRST,
  );
  return {
    ...ranked,
    edges: ranked.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.finding })),
    nodes: ranked.nodes.map((node) => node.finding),
    totalMonthlySaving: sumByCurrency(findings.map((f) => f.monthlySaving)),
  };
}

/** One VM's findings (idle or oversized), from the same batched metrics and catalogs. */
export function vmRecommendations(vm: VirtualMachine, currency: string | null | undefined, context: SubgraphContext): Promise<RecommendationValue[]> {
  const convert: Converter = converterTo(currency, context.services.costs);
  return vmFindings([vm], new Set<RecommendationKind>(['IDLE', 'RIGHTSIZE']), convert, context);
}
