// Subscription.vmStateChanged: a bus subscription, filtered. The bus does the replay (`since`) and
// the seam; ending the GraphQL subscription ends the bus subscription at once, even while it
// waits for an event. A subscriber that fell too far behind gets one last error result saying
// where to resume, then the stream completes.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../../errors/codes.js';
import type { EventSubscription } from '../../../events/subscription.js';
import { SubscriberOverflowError } from '../../../events/subscription.js';
import { isEventId, type VmEvent } from '../../../events/vm-event.js';
import type { SubgraphContext } from '../../shared/context.js';
import { badUserInput } from '../../shared/errors.js';
import type { SubscriptionResolvers } from '../generated/resolvers-types.js';
import { eventPredicate, type EventPredicate } from './event-filter.js';

type Delivered = VmEvent | GraphQLError;

export const Subscription: SubscriptionResolvers = {
  vmStateChanged: {
    subscribe: (_parent, { filter, since }, context) => {
      if (since !== undefined && since !== null && !isEventId(since)) {
        throw badUserInput(`since must be an event id such as 1700000000000-0, got ${JSON.stringify(since)}`, { since });
      }
      const keep = eventPredicate(filter, context.caller.grants);
      return filtered(feedOf(context).bus.subscribe({ since: since ?? null }), keep);
    },
    resolve: (delivered: Delivered) => {
      if (delivered instanceof GraphQLError) throw delivered;
      return delivered;
    },
  },
};

function feedOf(context: SubgraphContext): NonNullable<SubgraphContext['events']> {
  if (!context.events) throw new GraphQLError('This subgraph serves no events', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  return context.events;
}

function filtered(source: EventSubscription, keep: EventPredicate): AsyncIterableIterator<Delivered> {
  let ended = false;
  return {
    async next(): Promise<IteratorResult<Delivered>> {
      while (!ended) {
        let result: IteratorResult<VmEvent>;
        try {
          result = await source.next();
        } catch (error) {
          ended = true;
          return { value: asGraphQLError(error), done: false };
        }
        if (result.done) break;
        if (keep(result.value)) return result;
      }
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<Delivered>> {
      ended = true;
      await source.return();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function asGraphQLError(error: unknown): GraphQLError {
  if (error instanceof SubscriberOverflowError) {
    return new GraphQLError(error.message, { extensions: { code: ErrorCode.SUBSCRIBER_TOO_SLOW, lastEventId: error.lastId } });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new GraphQLError(`The event feed is unavailable (${reason}); subscribe again with since = the last event id received`, {
    extensions: { code: ErrorCode.EVENTS_UNAVAILABLE },
  });
}
