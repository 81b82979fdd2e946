// Compute Engine's Operation resources: every write answers one (zonal, regional or global),
// PENDING when accepted, RUNNING from its first step, DONE after its last — with `error` (and
// the HTTP status the call would have had) when a step failed. A write carrying a `requestId`
// already seen in the project answers the first write's Operation and does nothing else.
import type { ActionSteps } from '../../kit/action-steps.js';
import { Random } from '../../kit/prng.js';
import { computeUrl, gcpTimestamp } from '../fleet/catalogue.js';

export type OperationScope = { kind: 'zone'; zone: string } | { kind: 'region'; region: string } | { kind: 'global' };

export interface GceOperationError {
  errors: { code: string; message: string }[];
}

export interface GceOperation {
  kind: 'compute#operation';
  id: string;
  name: string;
  zone?: string;
  region?: string;
  operationType: string;
  targetLink: string;
  targetId?: string;
  status: 'PENDING' | 'RUNNING' | 'DONE';
  user: string;
  progress: number;
  insertTime: string;
  startTime?: string;
  endTime?: string;
  error?: GceOperationError;
  httpErrorStatusCode?: number;
  httpErrorMessage?: string;
  selfLink: string;
}

/** What a step throws to end its operation in failure, as Compute Engine reports it. */
export class OperationFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
    readonly httpMessage = 'BAD REQUEST',
  ) {
    super(message);
    this.name = 'OperationFailure';
  }
}

export interface OperationRequest {
  project: string;
  scope: OperationScope;
  operationType: string;
  targetLink: string;
  targetId?: string;
  user: string;
}

export class OperationStore {
  private readonly operations = new Map<string, GceOperation>();
  private readonly byRequestId = new Map<string, GceOperation>();
  private readonly random = Random.of('gcp-operations', 0);

  constructor(
    private readonly steps: ActionSteps,
    private readonly now: () => Date,
  ) {}

  /** The operation a `requestId` already started in `project`, if any. */
  forRequestId(project: string, requestId: string): GceOperation | undefined {
    return this.byRequestId.get(`${project}\u001f${requestId}`);
  }

  find(project: string, scope: OperationScope, name: string): GceOperation | undefined {
    return this.operations.get(keyOf(project, scope, name));
  }

  /**
   * Records an operation and runs `steps` one step apart (the first also marks it RUNNING; with
   * none it still takes one step); DONE after the last, or after a step that threw (an
   * OperationFailure's code, or an internal error).
   */
  start(request: OperationRequest, steps: readonly (() => void)[], requestId: string | null): GceOperation {
    const operation = this.newOperation(request);
    this.operations.set(keyOf(request.project, request.scope, operation.name), operation);
    if (requestId) this.byRequestId.set(`${request.project}\u001f${requestId}`, operation);
    const running = () => {
      operation.status = 'RUNNING';
      operation.startTime = gcpTimestamp(this.now());
    };
    const [first, ...rest] = steps;
    this.steps.run([() => (running(), first?.()), ...rest], (error) => this.finish(operation, error));
    return operation;
  }

  private finish(operation: GceOperation, error: unknown): void {
    operation.status = 'DONE';
    operation.progress = 100;
    operation.endTime = gcpTimestamp(this.now());
    if (!error) return;
    const failure = error instanceof OperationFailure ? error : new OperationFailure('INTERNAL_ERROR', `Internal error: ${String(error)}`, 500, 'INTERNAL SERVER ERROR');
    operation.error = { errors: [{ code: failure.code, message: failure.message }] };
    operation.httpErrorStatusCode = failure.httpStatus;
    operation.httpErrorMessage = failure.httpMessage;
  }

  private newOperation(request: OperationRequest): GceOperation {
    const at = this.now();
    const name = `operation-${at.getTime()}-${this.random.hex(13)}-${this.random.hex(8)}-${this.random.hex(8)}`;
    const { project, scope } = request;
    const where =
      scope.kind === 'zone'
        ? { zone: computeUrl.zone(project, scope.zone) }
        : scope.kind === 'region'
          ? { region: computeUrl.region(project, scope.region) }
          : {};
    return {
      kind: 'compute#operation',
      id: `${this.random.int(1, 9)}${String(this.random.int(0, 999_999_999)).padStart(9, '0')}${String(this.random.int(0, 999_999_999)).padStart(9, '0')}`,
      name,
      ...where,
      operationType: request.operationType,
      targetLink: request.targetLink,
      ...(request.targetId ? { targetId: request.targetId } : {}),
      status: 'PENDING',
      user: request.user,
      progress: 0,
      insertTime: gcpTimestamp(at),
      selfLink: `${locationUrl(project, scope)}/operations/${name}`,
    };
  }
}

function locationUrl(project: string, scope: OperationScope): string {
  if (scope.kind === 'zone') return computeUrl.zone(project, scope.zone);
  if (scope.kind === 'region') return computeUrl.region(project, scope.region);
  return `${computeUrl.project(project)}/global`;
}

function keyOf(project: string, scope: OperationScope, name: string): string {
  const where = scope.kind === 'zone' ? scope.zone : scope.kind === 'region' ? scope.region : 'global';
  return `${project}/${where}/${name}`;
}
