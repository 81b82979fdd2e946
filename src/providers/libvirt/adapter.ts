// The libvirt ProviderAdapter: one scope per host, read through virsh on a read-only connection
// (kinds.ts says what each kind costs). A host's domain listing is shared by concurrent callers
// and sampled for metrics. Every failure leaves as a ProviderError naming provider, host, region
// and operation: a host that is down, refuses the connection or drops it mid-listing fails its own
// scope only, beside every other host's answer.
import type { Logger } from 'pino';
import type { LibvirtHostConfig, LibvirtProviderConfig } from '../../config/schema.js';
import { logger as rootLogger } from '../../telemetry/logger.js';
import { assembleAdapter, requireConfigured, scopeCalls, type CloudFailures } from '../adapter.js';
import { applyFilter, matchesNothing } from '../list-filter.js';
import type { RateLimitOptions } from '../rate-limits/limiter.js';
import type { ListFilter, ProviderAdapter, ResourceKind, ResourceTypes, Scope } from '../types.js';
import { describeLibvirtError, toProviderError } from './errors.js';
import { DOMSTATS_OPERATION, DUMPXML_OPERATION, readDomains, readDomstats, type HostDomain } from './inventory.js';
import { KINDS, type HostReads } from './kinds.js';
import { METRICS_OPERATION, seriesFor } from './metrics.js';
import { libvirtOutline, libvirtScopeOf } from './outline.js';
import { CounterSamples } from '../counter-samples.js';
import { sampleOf, type DomainSample } from './samples.js';
import { RecentReads } from '../recent-reads.js';
import { Virsh } from './virsh.js';

export interface LibvirtAdapterOptions extends RateLimitOptions {
  logger?: Logger;
}

interface Host {
  config: LibvirtHostConfig;
  reads: HostReads;
  /** Samples the host's counters now (one domstats run), learning names it had not seen. */
  sample(): Promise<void>;
  samples: CounterSamples<DomainSample>;
}

const failures: CloudFailures = { toProviderError, codeOf: (error) => describeLibvirtError(error).code };

export function createLibvirtAdapter(config: LibvirtProviderConfig, options: LibvirtAdapterOptions = {}): ProviderAdapter {
  const log = options.logger ?? rootLogger('providers.libvirt');
  const hosts = new Map(config.hosts.map((h) => [h.id, hostOf(h)]));
  const outline = libvirtOutline(config);

  function hostOf(host: LibvirtHostConfig): Host {
    const scope = libvirtScopeOf(host);
    const virsh = new Virsh({
      host: host.id,
      region: scope.region,
      uri: host.uri,
      virsh: config.virsh,
      timeoutMs: config.timeoutSeconds * 1000,
      maxConcurrency: config.maxConcurrency,
      beforeRun: (operation) => options.rateLimits?.take({ ...scope, provider: 'libvirt' as const }, 'virsh', operation) ?? Promise.resolve(),
    });
    const calls = scopeCalls('libvirt', log, scope, [], failures);
    const samples = new CounterSamples<DomainSample>();
    const record = (stats: Awaited<ReturnType<typeof readDomstats>>, at: number) => {
      for (const domain of stats) {
        const uuid = uuids.get(domain.name);
        if (uuid) samples.record(uuid, sampleOf(domain, at));
      }
    };
    const uuids = new Map<string, string>();
    const now = () => Math.floor(Date.now() / 1000);
    const recent = new RecentReads();
    const reads: HostReads = {
      owner: scope,
      call: (operation, read) => calls.call(operation, () => read(virsh)),
      domains: (reuse = false) =>
        recent.read('domains', reuse, async (): Promise<HostDomain[]> => {
          const stats = await calls.call(DOMSTATS_OPERATION, () => readDomstats(virsh));
          const at = now();
          const domains = await calls.call(DUMPXML_OPERATION, () => readDomains(virsh, stats));
          uuids.clear();
          for (const { spec } of domains) uuids.set(spec.name, spec.uuid);
          record(stats, at);
          return domains;
        }),
    };
    async function sample(): Promise<void> {
      const stats = await calls.call(DOMSTATS_OPERATION, () => readDomstats(virsh));
      if (stats.some((s) => !uuids.has(s.name))) await reads.domains();
      else record(stats, now());
    }
    return { config: host, reads, sample, samples };
  }

  function hostFor(scope: Scope, operation: string): Host {
    const host = scope.provider === 'libvirt' ? hosts.get(scope.account) : undefined;
    const matches = host && libvirtScopeOf(host.config).region === scope.region ? host : undefined;
    return requireConfigured(matches, scope, operation, 'this host is not configured (libvirt scopes are one per host, in its region)');
  }

  async function fetchKind<K extends ResourceKind>(kind: K, scope: Scope, filter: ListFilter): Promise<ResourceTypes[K][]> {
    const spec = KINDS[kind];
    const host = hostFor(scope, spec.operation);
    if (matchesNothing(filter, [scope.region])) return [];
    return applyFilter(kind, (await spec.list(host.reads)) as ResourceTypes[K][], filter, [scope.region]);
  }

  return assembleAdapter({
    provider: 'libvirt',
    scopes: outline.scopes,
    scopeOf: outline.scopeOf,
    operationOf: (kind) => KINDS[kind].operation,
    fetch: fetchKind,
    metricsOperation: METRICS_OPERATION,
    async metrics(scope, request) {
      const host = hostFor(scope, METRICS_OPERATION);
      await host.sample();
      return seriesFor(host.reads.owner, request, (uuid) => host.samples.of(uuid));
    },
    async close() {},
    failures,
    secretsOf: () => [],
  });
}
