// What every resolver receives. Loaders are new per request; partial errors collected here are
// appended to the response by the partial-errors plugin, beside the data that did load, and so
// are the marks of data answered stale (shared/stale.ts).
import type { GraphQLError } from 'graphql';
import type { EventBus, EventLog } from '../../events/bus.js';
import { createLoaders, type Loaders, type Services } from '../../loaders/index.js';
import { recordStale } from './stale.js';

/** What subscription resolvers read events from. */
export interface EventFeed {
  bus: EventBus;
  /** A subscriber this many messages behind is disconnected. */
  maxQueuedPerSubscriber: number;
}

export interface SubgraphContext {
  services: Services;
  loaders: Loaders;
  partialErrors: GraphQLError[];
  /** Present in the subgraph that serves subscriptions. */
  events: EventFeed | null;
  /** The retained event log, where the process has one (the costs subgraph beside the compute one). */
  eventLog: EventLog | null;
}

export function createContext(services: Services, events?: EventFeed, eventLog?: EventLog): SubgraphContext {
  const partialErrors: GraphQLError[] = [];
  const loaders = createLoaders(services, (answer) => recordStale(partialErrors, answer));
  return { services, loaders, partialErrors, events: events ?? null, eventLog: eventLog ?? null };
}
