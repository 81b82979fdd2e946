// How the gateway reaches the compute subgraph's subscriptions: graphql-ws, one connection per
// subgraph location shared by every subscription, and — unlike the stock ws transport — no
// automatic reconnect. A reconnect would resubscribe with the client's original variables (an
// old `since`, or none) and silently skip or repeat events; instead, a dropped upstream ends each
// client's subscription with an error, and the client resumes from the last id it saw.
import type { Transport } from '@graphql-mesh/transport-common';
import { buildGraphQLWSExecutor } from '@graphql-tools/executor-graphql-ws';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export const upstreamSubscriptionTransport: Transport = {
  getSubgraphExecutor({ transportEntry }) {
    if (!transportEntry.location) throw new Error(`subgraph ${transportEntry.subgraph} has no location for subscriptions`);
    const client = createClient({
      url: transportEntry.location.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      lazyCloseTimeout: 3000,
      retryAttempts: 0,
    });
    return buildGraphQLWSExecutor(client);
  },
};
