// One host's way to containerd: gRPC over its unix socket (@grpc/grpc-js), each method called by
// containerd's full name with protobufjs doing the encoding, the namespace in the
// `containerd-namespace` metadata. Every call has a deadline, waits for a client-side
// rate-limit token and is counted and traced as one upstream request.
import { Client, Metadata, credentials, type ServiceError } from '@grpc/grpc-js';
import { observeUpstreamAttempt } from '../../telemetry/upstream-attempt.js';
import { CONVERSION, PROTO_ROOT } from './wire.js';

export interface GrpcOptions {
  host: string;
  region: string;
  /** unix:///run/containerd/containerd.sock */
  target: string;
  timeoutMs: number;
  beforeCall?(operation: string): Promise<void>;
}

/** A method: its path on the wire and the message types it takes and gives. */
export interface Method {
  operation: string;
  path: string;
  request: string;
  response: string;
}

export const METHODS = {
  listNamespaces: { operation: 'namespaces.list', path: '/containerd.services.namespaces.v1.Namespaces/List', request: 'ListNamespacesRequest', response: 'ListNamespacesResponse' },
  listContainers: { operation: 'containers.list', path: '/containerd.services.containers.v1.Containers/List', request: 'ListContainersRequest', response: 'ListContainersResponse' },
  listTasks: { operation: 'tasks.list', path: '/containerd.services.tasks.v1.Tasks/List', request: 'ListTasksRequest', response: 'ListTasksResponse' },
  metrics: { operation: 'tasks.metrics', path: '/containerd.services.tasks.v1.Tasks/Metrics', request: 'MetricsRequest', response: 'MetricsResponse' },
} as const satisfies Record<string, Method>;

export class ContainerdClient {
  private readonly client: Client;

  constructor(private readonly options: GrpcOptions) {
    this.client = new Client(options.target, credentials.createInsecure(), { 'grpc.enable_retries': 0 });
  }

  /** One call of `method` in `namespace` (none for namespace-less methods). */
  async call<T>(method: Method, request: object, namespace: string | null): Promise<T> {
    await this.options.beforeCall?.(method.operation);
    const call = { provider: 'containerd', service: 'grpc', operation: method.operation, account: this.options.host, region: this.options.region };
    return observeUpstreamAttempt(call, { pageKey: () => ({ listing: `${method.operation}:${namespace ?? ''}`, token: '' }) }, () => this.unary<T>(method, request, namespace));
  }

  close(): void {
    this.client.close();
  }

  private unary<T>(method: Method, request: object, namespace: string | null): Promise<T> {
    const requestType = PROTO_ROOT.lookupType(`fleetgraph.containerd.${method.request}`);
    const responseType = PROTO_ROOT.lookupType(`fleetgraph.containerd.${method.response}`);
    const metadata = new Metadata();
    if (namespace !== null) metadata.set('containerd-namespace', namespace);
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        method.path,
        (message: object) => Buffer.from(requestType.encode(requestType.fromObject(message)).finish()),
        (bytes: Buffer) => responseType.toObject(responseType.decode(bytes), CONVERSION) as T,
        request,
        metadata,
        { deadline: Date.now() + this.options.timeoutMs },
        (error: ServiceError | null, response?: T) => (error ? reject(error) : resolve(response as T)),
      );
    });
  }
}
