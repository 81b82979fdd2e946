// Idle and oversized VMs, judged on their 95th-percentile CPU (and memory, where an agent reports
// it) over the lookback window, fetched for every running VM in one metrics batch. Idle: CPU p95
// under the threshold; the saving is the whole price. Oversized: a cheaper type of the same family
// in the same region still holds the p95 plus headroom; without memory figures no type is
// proposed (a smaller type has less memory, and nothing says the VM can spare it).
import { Decimal } from 'decimal.js';
import type { CostsConfig } from '../../../config/schema.js';
import { ProviderError } from '../../../providers/errors.js';
import type { InstancePrice } from '../../../providers/pricing.js';
import type { MetricSeries, VirtualMachine } from '../../../providers/types.js';
import type { SubgraphContext } from '../../shared/context.js';
import { recordFailures } from '../../shared/errors.js';
import type { Converter } from '../currency.js';
import { money } from '../money.js';
import { instanceOffer, osOf } from '../quotes.js';
import { finding, type RecommendationKind, type RecommendationValue } from './finding.js';
import { p95 } from './percentile.js';

const HOUR_MS = 3_600_000;
const PERIOD_SECONDS = 3600;

type Settings = CostsConfig['savings'];

interface Judged {
  vm: VirtualMachine;
  cpuP95: number | null;
  memoryP95: number | null;
}

export async function vmFindings(
  vms: readonly VirtualMachine[],
  kinds: ReadonlySet<RecommendationKind>,
  convert: Converter,
  context: SubgraphContext,
): Promise<RecommendationValue[]> {
  if (!kinds.has('IDLE') && !kinds.has('RIGHTSIZE')) return [];
  const settings = context.services.costs.savings;
  const window = lookback(settings, new Date());
  const running = vms.filter((vm) => vm.state === 'RUNNING' && vm.instanceType);
  const judged = await judge(running, window, context);
  const found = await Promise.all(judged.map((j) => judgeOne(j, kinds, settings, window, convert, context)));
  return found.filter((f): f is RecommendationValue => f !== null);
}

function lookback(settings: Settings, now: Date): { from: Date; to: Date } {
  const to = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  return { from: new Date(to - settings.lookbackDays * 24 * HOUR_MS), to: new Date(to) };
}

/** Every VM's CPU and memory series in one batch (the metrics loader packs them per scope). */
async function judge(vms: readonly VirtualMachine[], window: { from: Date; to: Date }, context: SubgraphContext): Promise<Judged[]> {
  const key = (resourceId: string, name: 'CPU_UTILIZATION' | 'MEMORY_UTILIZATION') => ({ resourceId, name, nativeName: null, period: PERIOD_SECONDS, ...window });
  const keys = vms.flatMap((vm) => [key(vm.id, 'CPU_UTILIZATION'), key(vm.id, 'MEMORY_UTILIZATION')]);
  const loaded: (MetricSeries | Error)[] = await context.loaders.metrics.loadMany(keys);
  recordFailures(context, loaded.filter((item): item is ProviderError => item instanceof ProviderError));
  return vms.map((vm, i) => ({ vm, cpuP95: p95(loaded[2 * i]), memoryP95: p95(loaded[2 * i + 1]) }));
}

async function judgeOne(
  { vm, cpuP95, memoryP95 }: Judged,
  kinds: ReadonlySet<RecommendationKind>,
  settings: Settings,
  window: { from: Date; to: Date },
  convert: Converter,
  context: SubgraphContext,
): Promise<RecommendationValue | null> {
  if (cpuP95 === null) return null;
  const catalog = await regionCatalog(vm, context);
  const current = catalog?.find((p) => p.instanceType.toLowerCase() === vm.instanceType!.toLowerCase());
  if (!catalog || !current) return null;
  const currentMonthly = instanceOffer(current, (m) => m).monthly;
  const evidence = { ...window, cpuP95, memoryP95, headroomPercent: settings.headroomPercent };
  if (cpuP95 < settings.idleCpuPercent) {
    if (!kinds.has('IDLE')) return null;
    const detail = `CPU p95 ${cpuP95}% over ${settings.lookbackDays} days is under the idle threshold of ${settings.idleCpuPercent}%.`;
    return finding({ kind: 'IDLE', resource: vm, action: `Stop or terminate the idle ${vm.instanceType}`, current: currentMonthly, proposed: money(0, currentMonthly.currency), evidence: { ...evidence, detail } }, convert);
  }
  if (!kinds.has('RIGHTSIZE') || memoryP95 === null) return null;
  const smaller = cheapestFit(catalog, current, cpuP95, memoryP95, settings.headroomPercent, context.services.registry.pricing(vm.provider)?.familyOf);
  if (!smaller) return null;
  const detail =
    `CPU p95 ${cpuP95}% of ${current.vcpus} vCPUs and memory p95 ${memoryP95}% of ${current.memoryMiB} MiB, plus ${settings.headroomPercent}% headroom, ` +
    `fit ${smaller.instanceType} (${smaller.vcpus} vCPUs, ${smaller.memoryMiB} MiB), the cheapest such type of the same family in ${vm.region}.`;
  return finding(
    {
      kind: 'RIGHTSIZE',
      resource: vm,
      action: `Resize ${vm.instanceType} to ${smaller.instanceType}`,
      current: currentMonthly,
      proposed: instanceOffer(smaller, (m) => m).monthly,
      suggestedInstanceType: smaller.instanceType,
      evidence: { ...evidence, detail },
    },
    convert,
  );
}

async function regionCatalog(vm: VirtualMachine, context: SubgraphContext): Promise<InstancePrice[] | null> {
  try {
    return await context.loaders.prices.instances(vm.provider, vm.region, osOf(vm.platform));
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    recordFailures(context, [error]);
    return null;
  }
}

function cheapestFit(
  catalog: readonly InstancePrice[],
  current: InstancePrice,
  cpuP95: number,
  memoryP95: number,
  headroomPercent: number,
  familyOf: ((type: string) => string) | undefined,
): InstancePrice | undefined {
  if (!familyOf) return undefined;
  const grow = 1 + headroomPercent / 100;
  const vcpusNeeded = (current.vcpus * cpuP95 * grow) / 100;
  const memoryNeeded = (current.memoryMiB * memoryP95 * grow) / 100;
  const family = familyOf(current.instanceType);
  return catalog
    .filter(
      (p) =>
        familyOf(p.instanceType) === family &&
        p.hourly.currency === current.hourly.currency &&
        new Decimal(p.hourly.amount).lessThan(current.hourly.amount) &&
        p.vcpus >= vcpusNeeded &&
        p.memoryMiB >= memoryNeeded,
    )
    .sort((a, b) => new Decimal(a.hourly.amount).comparedTo(b.hourly.amount))[0];
}
