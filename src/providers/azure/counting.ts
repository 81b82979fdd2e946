// Counts every HTTP attempt the SDK clients make (retries included) into
// fleetgraph_upstream_requests_total, each in a span of its own when tracing is on. The policy is added "perRetry", which core-rest-pipeline
// places after the Retry and Sign phases, so the retry policy calls it once per attempt.
// Operations are named as the SDKs name them (`virtualMachines.listAll`), from the request's
// path: ARM's next-page links keep the path of the first page, so every page counts under the
// operation that listed it.
import type { PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';
import type { UpstreamOutcome } from '../../telemetry/metrics.js';
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';
import { pageOfUrl } from '../../telemetry/upstream-spans.js';

export type AzureService = 'compute' | 'network' | 'monitor';

export const COUNTING_POLICY_NAME = 'fleetgraphUpstreamCounting';

/** What the subscription-wide listing of each collection is called in the SDKs. */
const SUBSCRIPTION_LISTS: Readonly<Record<string, string>> = {
  virtualmachines: 'virtualMachines.listAll',
  disks: 'disks.list',
  snapshots: 'snapshots.list',
  skus: 'resourceSkus.list',
  virtualnetworks: 'virtualNetworks.listAll',
  networksecuritygroups: 'networkSecurityGroups.listAll',
  applicationsecuritygroups: 'applicationSecurityGroups.listAll',
  publicipaddresses: 'publicIPAddresses.listAll',
  networkinterfaces: 'networkInterfaces.listAll',
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  virtualmachines: 'virtualMachines',
  disks: 'disks',
  snapshots: 'snapshots',
  virtualnetworks: 'virtualNetworks',
  networksecuritygroups: 'networkSecurityGroups',
  applicationsecuritygroups: 'applicationSecurityGroups',
  publicipaddresses: 'publicIPAddresses',
  networkinterfaces: 'networkInterfaces',
};

/** Writes by method, as the SDKs name them. */
const WRITE_METHODS: Readonly<Record<string, string>> = { PUT: 'createOrUpdate', PATCH: 'update', DELETE: 'delete' };

/** A resource's actions (POST …/vm/start) and child reads (GET …/vm/vmSizes), as the SDKs name them. */
const CHILD_ACTIONS: Readonly<Record<string, string>> = {
  start: 'start',
  deallocate: 'deallocate',
  poweroff: 'powerOff',
  restart: 'restart',
  attachdetachdatadisks: 'attachDetachDataDisks',
  vmsizes: 'listAvailableSizes',
};

/** `GET /subscriptions/s/providers/Microsoft.Compute/virtualMachines?…` → `virtualMachines.listAll`. */
export function operationOf(method: string, url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'unknown';
  }
  const segments = path.split('/').filter(Boolean).map((s) => s.toLowerCase());
  if (segments.at(-1) === 'metrics:getbatch') return 'metrics.getBatch';
  const providers = segments.indexOf('providers');
  if (providers < 0 || segments.length < providers + 3) return 'unknown';
  const inGroup = segments[providers - 2] === 'resourcegroups';
  const [type, name, child, childName] = segments.slice(providers + 2);
  if (type === 'locations' && child === 'vmsizes') return 'virtualMachineSizes.list';
  const typeName = TYPE_NAMES[type!] ?? type!;
  if (name === undefined) {
    if (!inGroup) return SUBSCRIPTION_LISTS[type!] ?? `${typeName}.list`;
    return type === 'disks' || type === 'snapshots' ? `${typeName}.listByResourceGroup` : `${typeName}.list`;
  }
  if (child === 'subnets') return childName === undefined ? 'subnets.list' : 'subnets.get';
  if (type === 'locations' && child === 'operations') return 'operations.get';
  if (child !== undefined) return `${typeName}.${CHILD_ACTIONS[child] ?? child}`;
  return `${typeName}.${WRITE_METHODS[method.toUpperCase()] ?? 'get'}`;
}

export function countingPolicy(service: AzureService, scope: { account: string; region: string }): PipelinePolicy {
  return {
    name: COUNTING_POLICY_NAME,
    async sendRequest(request, next) {
      const operation = operationOf(request.method, request.url);
      const call = { provider: 'azure', service, operation, ...scope };
      // A next page is asked for by its nextLink: the same URL with a $skiptoken.
      const reading = { pageKey: () => pageOfUrl(request.url), statusOf: (r: PipelineResponse) => r.status, outcomeOf: (r: PipelineResponse): UpstreamOutcome => (r.status < 400 ? 'ok' : 'error') };
      return observeUpstreamAttempt(call, reading, () => next(request));
    },
  };
}
