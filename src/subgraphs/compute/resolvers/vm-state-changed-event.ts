// VmStateChangedEvent: the bus event as is, plus the VM it is about, loaded fresh (one
// subscription's context lives for many events, so the loader's memo must not answer).
import type { VmStateChangedEventResolvers } from '../generated/resolvers-types.js';

export const VmStateChangedEvent: VmStateChangedEventResolvers = {
  vm: (event, _args, context) => context.loaders.resource('vm').clear(event.vmId).load(event.vmId),
};
