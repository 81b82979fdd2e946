// ARM's asynchronous operations: a write the resource provider carries out over time answers at
// once (201/202, or 200 with the resource in provisioningState Updating) with an
// `Azure-AsyncOperation` URL (and, for actions and deletes, a `Location` monitor URL) that the
// SDK's poller reads until the operation is Succeeded or Failed. The steps run on the emulator's
// ActionSteps; a step that throws an AsyncFailure ends the operation Failed with its code and
// message, as the operation status document reports it.
import type { ActionSteps } from '../../kit/action-steps.js';
import { Random } from '../../kit/prng.js';
import { armErrors, ArmError } from '../errors.js';
import { armTime } from '../fleet/time.js';

export type AsyncStatus = 'InProgress' | 'Succeeded' | 'Failed';

export interface AsyncOperation {
  name: string;
  subscriptionId: string;
  location: string;
  status: AsyncStatus;
  startTime: string;
  endTime?: string;
  error?: { code: string; message: string };
  /** What the Location monitor answers once the operation succeeded (an action's result: attachDetachDataDisks' storage profile). */
  result?: () => unknown;
}

/** What a step throws to end its operation Failed (AllocationFailed, …). */
export class AsyncFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AsyncFailure';
  }
}

/** An answer other than 200 + JSON: what a write's accepted reply carries. */
export class ArmReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export const OPERATION_API_VERSION = '2026-03-01';

export class AsyncOperations {
  private readonly operations = new Map<string, AsyncOperation>();
  private readonly random = Random.of('azure-async-operations', 0);

  constructor(
    private readonly steps: ActionSteps,
    private readonly now: () => Date,
  ) {}

  /** Starts an operation whose steps run one after the other; `after` runs when it ends, either way. */
  start(subscriptionId: string, location: string, steps: readonly (() => void)[], after?: (failed: boolean) => void, result?: () => unknown): AsyncOperation {
    const operation: AsyncOperation = { name: this.random.uuid(), subscriptionId, location, status: 'InProgress', startTime: armTime(this.now()), ...(result ? { result } : {}) };
    this.operations.set(operation.name, operation);
    this.steps.run(steps, (error) => {
      operation.endTime = armTime(this.now());
      if (error === null) {
        operation.status = 'Succeeded';
      } else {
        operation.status = 'Failed';
        operation.error = failureOf(error);
      }
      after?.(operation.status === 'Failed');
    });
    return operation;
  }

  get(subscriptionId: string, name: string): AsyncOperation {
    const operation = this.operations.get(name.toLowerCase());
    if (!operation || operation.subscriptionId !== subscriptionId) throw armErrors.notFound(`operations/${name}`);
    return operation;
  }

  /** The operation's status document (what Azure-AsyncOperation answers). */
  statusOf(operation: AsyncOperation): object {
    return {
      name: operation.name,
      status: operation.status,
      startTime: operation.startTime,
      ...(operation.endTime ? { endTime: operation.endTime } : {}),
      ...(operation.error ? { error: operation.error } : {}),
    };
  }

  /** The Location monitor: 202 while the operation runs, 200 once it succeeded, its error once it failed. */
  monitorOf(operation: AsyncOperation, origin: string): ArmReply {
    if (operation.status === 'InProgress') return new ArmReply(202, null, { location: this.urlOf(operation, origin, true), 'retry-after': '1' });
    if (operation.status === 'Failed') throw new ArmError(409, operation.error!.code, operation.error!.message);
    return new ArmReply(200, operation.result ? operation.result() : null);
  }

  /** The headers of a write's accepted answer; `monitor` adds the Location header (actions and deletes). */
  headersOf(operation: AsyncOperation, origin: string, monitor: boolean): Record<string, string> {
    return {
      'azure-asyncoperation': this.urlOf(operation, origin, false),
      ...(monitor ? { location: this.urlOf(operation, origin, true) } : {}),
      'retry-after': '1',
      'x-ms-ratelimit-remaining-subscription-writes': '1199',
    };
  }

  private urlOf(operation: AsyncOperation, origin: string, monitor: boolean): string {
    const path = `/subscriptions/${operation.subscriptionId}/providers/Microsoft.Compute/locations/${operation.location}/operations/${operation.name}`;
    return `${origin}${path}?${monitor ? 'monitor=true&' : ''}api-version=${OPERATION_API_VERSION}`;
  }
}

function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof AsyncFailure || error instanceof ArmError) return { code: error.code, message: error.message };
  return { code: 'InternalExecutionError', message: `An internal execution error occurred: ${error instanceof Error ? error.message : String(error)}` };
}
