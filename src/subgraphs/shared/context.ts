// What every resolver receives. Loaders are new per request; partial errors collected here are
// appended to the response by the partial-errors plugin, beside the data that did load, and so
// are the marks of data answered stale (shared/stale.ts).
import { GraphQLError } from 'graphql';
import type { Caller } from '../../auth/caller.js';
import type { CallerTokens } from '../../auth/caller-token.js';
import { ErrorCode } from '../../errors/codes.js';
import type { Operations } from '../../operations/index.js';
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
  /** Who is asking (signed in by the gateway): what they may see and do. */
  caller: Caller;
  /** The write side, with `writes.enabled` in a process serving compute or storage. */
  operations: Operations | null;
}

export interface ContextSources {
  events?: EventFeed | undefined;
  eventLog?: EventLog | undefined;
  operations?: Operations | null | undefined;
}

export function createContext(services: Services, caller: Caller, sources: ContextSources = {}): SubgraphContext {
  const partialErrors: GraphQLError[] = [];
  const loaders = createLoaders(services, (answer) => recordStale(partialErrors, answer));
  return { services, loaders, partialErrors, events: sources.events ?? null, eventLog: sources.eventLog ?? null, caller, operations: sources.operations ?? null };
}

/** The caller a subgraph request carries; UNAUTHENTICATED when auth is required and it carries none the gateway signed. */
export function callerOfRequest(tokens: CallerTokens, extensions: unknown): Caller {
  const caller = tokens.callerOf(typeof extensions === 'object' && extensions !== null ? (extensions as Record<string, unknown>) : null);
  if (!caller) throw new GraphQLError('Authentication required', { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  return caller;
}
