// What a failed Azure write means, beyond what errors.ts says for every call: Compute's 409s are
// the resource's state (CONFLICT) — or a quota when OperationNotAllowed says so — and an argument
// ARM refuses (a size the location does not offer, a smaller disk, an image or subnet that does
// not exist) is the caller's (INVALID_INPUT). Refusals the adapter makes itself, before any call.
import { ProviderError, type ProviderErrorCategory } from '../../errors.js';
import type { Scope } from '../../types.js';
import type { SubscriptionContext } from '../context.js';

const CONFLICT_CODES = new Set(['OperationNotAllowed', 'Conflict', 'PropertyChangeNotAllowed', 'OperationPreempted', 'AnotherOperationInProgress']);
const ARGUMENT_CODES = new Set(['SkuNotAvailable', 'InvalidParameter', 'InvalidResourceReference', 'PlatformImageNotFound', 'LocationNotAvailableForResourceType', 'InvalidRequestContent']);

/** Compute answers a passed quota as OperationNotAllowed; its message says which. */
const isQuota = (message: string) => /exceeding approved .*quota/i.test(message);

export function recategorised(error: ProviderError, category: ProviderErrorCategory): ProviderError {
  const prefix = `${error.scope.provider} ${error.scope.account}/${error.scope.region} ${error.operation}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return new ProviderError(category, error.scope, error.operation, error.providerCode, message, { cause: error.cause });
}

/** The category of a write's failure, from ARM's code (and, for OperationNotAllowed, its message). */
export function writeCategoryOf(code: string | null, message: string, fallback: ProviderErrorCategory): ProviderErrorCategory {
  if (code === 'OperationNotAllowed' && isQuota(message)) return 'QUOTA_EXCEEDED';
  if (code && CONFLICT_CODES.has(code)) return 'CONFLICT';
  if (code && ARGUMENT_CODES.has(code)) return 'INVALID_INPUT';
  return fallback;
}

/** One ARM call of a write (or of its checks), its failure classified for actions. */
export async function writeCall<T>(ctx: SubscriptionContext, operation: string, run: () => Promise<T>, options: { notFoundIsInput?: boolean } = {}): Promise<T> {
  try {
    return await ctx.call(operation, run);
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    if (error.category === 'NOT_FOUND' && options.notFoundIsInput) throw recategorised(error, 'INVALID_INPUT');
    const category = writeCategoryOf(error.providerCode, error.message, error.category);
    throw category === error.category ? error : recategorised(error, category);
  }
}

/** A refusal before any call: CONFLICT (the state forbids it) or INVALID_INPUT (the arguments cannot be asked). */
export function refused(category: 'CONFLICT' | 'INVALID_INPUT', scope: Scope, operation: string, message: string, providerCode: string | null = null): ProviderError {
  return new ProviderError(category, scope, operation, providerCode, message);
}
