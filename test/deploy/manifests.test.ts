// The deployment files: generated from one topology and committed fresh; every Kubernetes object
// valid against the Kubernetes API schemas; the pieces pointing at each other (Services, ports,
// probes, autoscalers, budgets, the gateway's subgraph URLs) actually meet; the config they ship
// is one FleetGraph accepts; and the image's build context holds what its Dockerfile copies.
import { existsSync, readFileSync } from 'node:fs';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderedFiles } from '../../deploy/generate.js';
import { parseConfig } from '../../src/config/load.js';
import { SUBGRAPH_NAMES } from '../../src/subgraphs/catalog.js';

type Manifest = { kind: string; metadata: { name: string }; spec?: Record<string, any>; data?: Record<string, string> };

const MODELS: Record<string, new (data: never) => { validate(): void }> = { ConfigMap, Service, Deployment, HorizontalPodAutoscaler, PodDisruptionBudget };
const manifests = (): Manifest[] => parseAllDocuments(readFileSync('deploy/kubernetes/fleetgraph.yaml', 'utf8')).map((doc) => doc.toJS() as Manifest);
const byKind = (kind: string) => manifests().filter((m) => m.kind === kind);

describe('deployment files', () => {
  it('are what the topology generates (npm run deploy:generate)', () => {
    for (const file of renderedFiles()) expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.text);
  });

  it('hold only Kubernetes objects valid against the API schemas', () => {
    const all = manifests();
    expect(new Set(all.map((m) => m.kind))).toEqual(new Set(Object.keys(MODELS)));
    for (const manifest of all) expect(() => new MODELS[manifest.kind]!(manifest as never).validate(), `${manifest.kind} ${manifest.metadata.name}`).not.toThrow();
  });

  it('are checked for real: a wrong field type is refused', () => {
    const deployment = byKind('Deployment')[0]!;
    const broken = { ...deployment, spec: { ...deployment.spec, replicas: 'two' } };
    expect(() => new Deployment(broken as never).validate()).toThrow(/replicas must be integer/);
  });

  it('run the gateway and every subgraph, each with a Service, an autoscaler and a disruption budget', () => {
    const names = ['fleetgraph-gateway', ...SUBGRAPH_NAMES.map((n) => `fleetgraph-${n}`)];
    const deployments = byKind('Deployment').map((d) => d.metadata.name);
    expect(deployments).toEqual(expect.arrayContaining([...names, 'fleetgraph-redis']));
    for (const kind of ['Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget']) expect(byKind(kind).map((m) => m.metadata.name)).toEqual(expect.arrayContaining(names));
    for (const hpa of byKind('HorizontalPodAutoscaler')) expect(deployments).toContain(hpa.spec!.scaleTargetRef.name);
    for (const deployment of byKind('Deployment')) {
      const template = deployment.spec!.template;
      expect(template.metadata.labels).toMatchObject(deployment.spec!.selector.matchLabels);
      const budget = byKind('PodDisruptionBudget').find((p) => p.metadata.name === deployment.metadata.name);
      if (budget) expect(template.metadata.labels).toMatchObject(budget.spec!.selector.matchLabels);
    }
  });

  it("probe ports the containers name, readiness on the gateway's /readyz, as a non-root user", () => {
    for (const deployment of byKind('Deployment').filter((d) => d.metadata.name !== 'fleetgraph-redis')) {
      const pod = deployment.spec!.template.spec;
      const container = pod.containers[0];
      const named = container.ports.map((p: { name: string }) => p.name);
      expect(named).toContain(container.livenessProbe.httpGet.port);
      expect(container.livenessProbe.httpGet.path).toBe('/healthz');
      if (deployment.metadata.name === 'fleetgraph-gateway') expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
      expect(container.env.find((e: { name: string }) => e.name === 'FLEETGRAPH_INTERNAL_SECRET').valueFrom.secretKeyRef.name).toBe('fleetgraph-internal');
    }
  });

  it("point the gateway at every subgraph's Service and port", () => {
    const gateway = byKind('Deployment').find((d) => d.metadata.name === 'fleetgraph-gateway')!.spec!.template.spec.containers[0];
    const services = new Map(byKind('Service').map((s) => [s.metadata.name, s.spec!.ports[0].port as number]));
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(gateway.env.find((e: { name: string }) => e.name === `FLEETGRAPH_${name.toUpperCase()}_URL`).value);
      expect(services.get(url.hostname), name).toBe(Number(url.port));
      const subgraph = byKind('Deployment').find((d) => d.metadata.name === url.hostname)!.spec!.template.spec.containers[0];
      expect(subgraph.args).toEqual(['subgraph', name]);
      expect(subgraph.ports[0].containerPort).toBe(Number(url.port));
    }
  });

  it('ship a config FleetGraph accepts, and the compose file runs the same processes on it', () => {
    const text = byKind('ConfigMap')[0]!.data!['fleetgraph.yaml']!;
    const config = parseConfig(parseYaml(text));
    expect(config).toMatchObject({ server: { host: '0.0.0.0' }, auth: { mode: 'required' }, cache: { redisUrl: 'redis://fleetgraph-redis:6379/0' } });
    const compose = parseYaml(readFileSync('deploy/compose.yaml', 'utf8')) as { services: Record<string, { command?: string[]; environment?: Record<string, string> }>; configs: { fleetgraph: { content: string } } };
    expect(compose.configs.fleetgraph.content).toBe(text);
    const gateway = compose.services['fleetgraph-gateway']!;
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(gateway.environment![`FLEETGRAPH_${name.toUpperCase()}_URL`]!);
      expect(compose.services[url.hostname]?.command).toEqual(['subgraph', name]);
      expect(compose.services[url.hostname]?.environment?.PORT).toBe(url.port);
    }
  });

  it("build an image from a context that holds what the Dockerfile copies, and runs the CLI's JavaScript build as `node`", () => {
    const dockerfile = readFileSync('deploy/Dockerfile', 'utf8');
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((match) => match[1]!.split(' '));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'bin', 'scripts', 'src', 'emulators', 'schema']));
    for (const path of copied) {
      expect(existsSync(path), path).toBe(true);
      expect(ignored, path).not.toContain(path);
    }
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'test', '.git']));
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "bin\/fleetgraph.js"\]$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    // The runtime runs the build, not the sources.
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(ignored).toEqual(expect.arrayContaining(['dist']));
  });

  it("caps every FleetGraph container's JS heap well below the memory its pod may use", () => {
    const imageOptions = /NODE_OPTIONS="([^"]*)"/.exec(readFileSync('deploy/Dockerfile', 'utf8'))?.[1] ?? '';
    const heapMiB = (nodeOptions: string) => Number(/--max-old-space-size=(\d+)/.exec(nodeOptions)?.[1]);
    expect(heapMiB(imageOptions)).toBeGreaterThan(0);
    const toMiB = (quantity: string) => Number(/^(\d+)Mi$/.exec(quantity)?.[1] ?? Number(/^(\d+)Gi$/.exec(quantity)?.[1]) * 1024);
    for (const deployment of byKind('Deployment').filter((d) => d.metadata.name !== 'fleetgraph-redis')) {
      const container = deployment.spec!.template.spec.containers[0];
      // A pod may set its own (a larger estate, a larger limit); otherwise the image's applies.
      const own = container.env.find((e: { name: string }) => e.name === 'NODE_OPTIONS')?.value as string | undefined;
      // Code, buffers and the young generation live outside the old space: a quarter of the limit is left for them.
      expect(heapMiB(own ?? imageOptions), deployment.metadata.name).toBeLessThanOrEqual(toMiB(container.resources.limits.memory) * 0.75);
    }
  });
});
