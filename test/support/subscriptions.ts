// A graphql-ws client the way a frontend subscribes through the gateway, with bounded waits.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLResponse } from './graphql.js';

export interface Subscription<T> {
  /** Results received and not yet taken. */
  readonly received: GraphQLResponse<T>[];
  /** The next `count` results; fails (never hangs) past `timeoutMs`. */
  take(count: number, timeoutMs?: number): Promise<GraphQLResponse<T>[]>;
  /** Resolves with the close event when the socket closes. */
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the server acknowledged the connection. */
  readonly connected: Promise<void>;
  dispose(): Promise<void>;
}

/** gateway http(s) URL → ws(s) URL of the same path. */
export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

export function subscribe<T, V>(url: string, document: TypedDocumentNode<T, V>, variables?: V, connectionParams?: Record<string, unknown>): Subscription<T> {
  const received: GraphQLResponse<T>[] = [];
  let wake: (() => void) | undefined;
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  let resolveConnected!: () => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  const client: Client = createClient({
    url: wsUrl(url),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    ...(connectionParams ? { connectionParams } : {}),
    on: {
      connected: () => resolveConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolveClosed({ code, reason: String(reason) });
        wake?.();
      },
    },
  });
  let ended = false;
  const unsubscribe = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> | undefined },
    {
      next: (result) => {
        received.push(result as GraphQLResponse<T>);
        wake?.();
      },
      error: (error) => {
        received.push({ errors: [{ message: error instanceof Error ? error.message : JSON.stringify(error) }] });
        ended = true;
        wake?.();
      },
      complete: () => {
        ended = true;
        wake?.();
      },
    },
  );
  const take = async (count: number, timeoutMs = 15_000): Promise<GraphQLResponse<T>[]> => {
    const deadline = Date.now() + timeoutMs;
    while (received.length < count) {
      if (ended) throw new Error(`subscription ended after ${received.length} of ${count} results`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`got ${received.length} of ${count} results in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return received.splice(0, count);
  };
  return {
    received,
    take,
    closed,
    connected,
    dispose: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}
