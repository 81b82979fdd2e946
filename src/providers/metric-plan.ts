// What every cloud's metrics do the same way before any call: each query's resource id is read
// and checked to lie in the scope being asked, then the cloud plans it. A query the cloud cannot
// answer (a malformed id, a resource elsewhere, a period or a name it does not take) is refused as
// INVALID_INPUT naming the operation, and never sent. Where one upstream call answers one resource,
// a failing call fails only the series it feeds (`seriesOrFailure`), not the batch.
import { ProviderError } from './errors.js';
import { gapOf } from './gaps.js';
import { InvalidIdError, parseGlobalId, type GlobalId } from './ids.js';
import type { MetricQuery, MetricSeries, MetricUnit, Scope } from './types.js';

/** A metric query the cloud cannot answer; its message says why. */
export class MetricInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MetricInputError';
  }
}

export interface ScopeCheck {
  /** Whether the resource the id names lies in the scope. */
  holds(id: GlobalId): boolean;
  /** Where the scope is, for the refusal: "this account and region", "project p". */
  describe: string;
}

/** `plan` for the resource `query` names, once it is known to be in `scope`. */
export function planInScope<P>(scope: Scope, operation: string, query: MetricQuery, check: ScopeCheck, plan: (id: GlobalId) => P): P {
  try {
    const id = parseGlobalId(query.resourceId);
    if (!check.holds(id)) throw new MetricInputError(`resource ${query.resourceId} is not in ${check.describe}`);
    return plan(id);
  } catch (error) {
    if (error instanceof InvalidIdError || error instanceof MetricInputError) {
      throw new ProviderError('INVALID_INPUT', scope, operation, null, error.message);
    }
    throw error;
  }
}

/** The series `read` answers, or, when its upstream call fails, a series carrying that failure. */
export async function seriesOrFailure(query: MetricQuery, nativeName: string, unit: MetricUnit | string, read: () => Promise<MetricSeries>): Promise<MetricSeries> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { resourceId: query.resourceId, name: query.name, nativeName, unit, period: query.period, points: [], available: false, failure: gapOf(error, []) };
  }
}
