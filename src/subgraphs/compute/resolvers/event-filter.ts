// Which VM events a subscription receives: its filter, checked once when it starts.
import type { VmEvent } from '../../../events/vm-event.js';
import { canonicalGlobalId } from '../../../providers/ids.js';
import { grantsAllow, grantsEverything, type Grants } from '../../../auth/grants.js';
import type { VmEventFilter } from '../generated/resolvers-types.js';

export type EventPredicate = (event: VmEvent) => boolean;

/** A predicate for the filter within the caller's grants; throws InvalidIdError (a BAD_USER_INPUT) for a malformed VM id. */
export function eventPredicate(filter: VmEventFilter | null | undefined, grants: Grants): EventPredicate {
  const matches = filterPredicate(filter);
  if (grantsEverything(grants)) return matches;
  return (event) => grantsAllow(grants, event.provider, event.account, event.region) && matches(event);
}

function filterPredicate(filter: VmEventFilter | null | undefined): EventPredicate {
  if (!filter) return () => true;
  const ids = filter.ids ? new Set(filter.ids.map((id) => canonicalGlobalId(id, 'vm'))) : null;
  const providers = setOf(filter.providers);
  const accounts = setOf(filter.accounts?.map((a) => a.toLowerCase()));
  const regions = setOf(filter.regions);
  const states = setOf(filter.states);
  return (event) =>
    (!ids || ids.has(event.vmId)) &&
    (!providers || providers.has(event.provider)) &&
    (!accounts || accounts.has(event.account.toLowerCase())) &&
    (!regions || regions.has(event.region)) &&
    (!states || states.has(event.newState));
}

function setOf<T>(values: readonly T[] | null | undefined): Set<T> | null {
  return values ? new Set(values) : null;
}
