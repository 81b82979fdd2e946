// What a failed write means, beyond what errors.ts says for every call: a field Compute Engine
// calls invalid is the caller's argument (INVALID_INPUT, not a request FleetGraph composed
// badly), and a refusal the adapter makes itself before any call.
import { ProviderError, type ProviderErrorCategory } from '../../errors.js';
import type { Scope } from '../../types.js';
import type { GcpService } from '../rest-fetch.js';
import type { ProjectContext } from '../context.js';

/** Legacy reasons of a 400 on an argument (a machine type the zone lacks, a smaller disk size, a bad name). */
const ARGUMENT_REASONS = new Set(['invalid', 'badRequest']);

/** The same failure under another category (its message, provider code and cause kept). */
export function recategorised(error: ProviderError, category: ProviderErrorCategory): ProviderError {
  const prefix = `${error.scope.provider} ${error.scope.account}/${error.scope.region} ${error.operation}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return new ProviderError(category, error.scope, error.operation, error.providerCode, message, { cause: error.cause });
}

export interface WriteCallOptions {
  /** A missing referenced resource (an image, a subnetwork) is the caller's argument, not the target. */
  notFoundIsInput?: boolean;
}

/** One Compute Engine call of a write (or of its checks), its failure classified for actions. */
export async function writeCall<T>(ctx: ProjectContext, operation: string, run: () => Promise<T>, options: WriteCallOptions = {}, service: GcpService = 'compute'): Promise<T> {
  try {
    return await ctx.call(service, operation, run);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    if (error.category === 'REJECTED' && error.providerCode && ARGUMENT_REASONS.has(error.providerCode)) throw recategorised(error, 'INVALID_INPUT');
    if (error.category === 'NOT_FOUND' && options.notFoundIsInput) throw recategorised(error, 'INVALID_INPUT');
    throw error;
  }
}

/** A refusal before any call: CONFLICT (the state forbids it) or INVALID_INPUT (the arguments cannot be asked). */
export function refused(category: 'CONFLICT' | 'INVALID_INPUT', scope: Scope, operation: string, message: string, providerCode: string | null = null): ProviderError {
  return new ProviderError(category, scope, operation, providerCode, message);
}
