// The Kubernetes objects of the topology: a Deployment, Service, HorizontalPodAutoscaler and
// PodDisruptionBudget per process, one Redis and the shared config. The secret that lets the
// gateway and subgraphs trust each other (Secret fleetgraph-internal) is created apart, so that
// applying these files never overwrites it with a placeholder.
import { CONFIG_PATH, CONFIG_YAML, IMAGE, REDIS_SERVICE, components, type Component } from './topology.js';

type Manifest = Record<string, unknown>;

const labels = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/part-of': 'fleetgraph' });

export function kubernetesManifests(): Manifest[] {
  return [config(), ...redis(), ...components().flatMap(componentManifests)];
}

function config(): Manifest {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'fleetgraph-config', labels: labels('fleetgraph') }, data: { 'fleetgraph.yaml': CONFIG_YAML } };
}

function redis(): Manifest[] {
  const name = REDIS_SERVICE;
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, labels: labels(name) },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels(name) },
        template: {
          metadata: { labels: labels(name) },
          spec: {
            containers: [
              {
                name: 'redis',
                image: 'redis:7.2-alpine',
                args: ['--save', '', '--appendonly', 'no'],
                ports: [{ containerPort: 6379, name: 'redis' }],
                readinessProbe: { exec: { command: ['redis-cli', 'ping'] }, periodSeconds: 5 },
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '512Mi' } },
              },
            ],
          },
        },
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name, labels: labels(name) }, spec: { selector: labels(name), ports: [{ port: 6379, targetPort: 'redis', name: 'redis' }] } },
  ];
}

function componentManifests(component: Component): Manifest[] {
  const { name } = component;
  return [deployment(component), service(component), autoscaler(name), disruptionBudget(name)];
}

function deployment(component: Component): Manifest {
  const { name, port, metricsPort } = component;
  const probePort = metricsPort === port ? 'http' : 'metrics';
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: labels(name) },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels(name) },
      template: {
        metadata: { labels: labels(name), annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': String(metricsPort) } },
        spec: {
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          // Long enough for the graceful drain (server.shutdown: unready, then in-flight requests finish).
          terminationGracePeriodSeconds: 40,
          containers: [
            {
              name: 'fleetgraph',
              image: IMAGE,
              args: component.args,
              ports: [{ containerPort: port, name: 'http' }, ...(metricsPort === port ? [] : [{ containerPort: metricsPort, name: 'metrics' }])],
              env: [
                { name: 'FLEETGRAPH_CONFIG', value: CONFIG_PATH },
                ...Object.entries(component.env).map(([key, value]) => ({ name: key, value })),
                { name: 'FLEETGRAPH_INTERNAL_SECRET', valueFrom: { secretKeyRef: { name: 'fleetgraph-internal', key: 'FLEETGRAPH_INTERNAL_SECRET' } } },
              ],
              readinessProbe: component.readiness === 'readyz' ? { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 5 } : { tcpSocket: { port: 'http' }, periodSeconds: 5 },
              livenessProbe: { httpGet: { path: '/healthz', port: probePort }, periodSeconds: 10, failureThreshold: 3 },
              resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '1Gi' } },
              securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
              volumeMounts: [
                { name: 'config', mountPath: '/etc/fleetgraph', readOnly: true },
                { name: 'tmp', mountPath: '/tmp' },
              ],
            },
          ],
          volumes: [
            { name: 'config', configMap: { name: 'fleetgraph-config' } },
            { name: 'tmp', emptyDir: {} },
          ],
        },
      },
    },
  };
}

function service(component: Component): Manifest {
  const ports = [{ port: component.port, targetPort: 'http', name: 'http' }];
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: component.name, labels: labels(component.name) }, spec: { selector: labels(component.name), ports } };
}

function autoscaler(name: string): Manifest {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name, labels: labels(name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
    },
  };
}

function disruptionBudget(name: string): Manifest {
  return { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name, labels: labels(name) }, spec: { minAvailable: 1, selector: { matchLabels: labels(name) } } };
}
