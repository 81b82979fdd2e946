// What a server socket has to send, bounded. graphql-ws's own messages and the shared
// subscriptions' pre-framed `next` messages both go through a socket's one Outbox, so the count of
// messages written but not yet flushed is the socket's whole backlog: once the OS stops taking its
// data (the client is not reading) and more than the bound wait, the socket is closed with
// SLOW_SUBSCRIBER_CLOSE_CODE. The messages a socket gets in one turn of the event loop leave in
// one system call (cork until the turn ends).
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { slowSubscribersClosed } from '../telemetry/metrics.js';

/** Close code for a subscriber that fell `maxQueuedMessages` behind (4400–4499 are graphql-ws's own). */
export const SLOW_SUBSCRIBER_CLOSE_CODE = 4513;
export const SLOW_SUBSCRIBER_REASON = 'Subscriber too slow: reconnect and resubscribe with since = the last event id received';

const NEXT_SUFFIX = Buffer.from('}');
/** FIN + text frame; server frames are not masked (RFC 6455 §5.2). */
const TEXT_FRAME = 0x81;

/** ws keeps its net.Socket private; writing frames to it and corking it batch a burst's sends. */
interface Tcp {
  cork(): void;
  uncork(): void;
  write(chunk: Buffer, callback?: () => void): boolean;
  writableCorked: number;
}

const outboxes = new WeakMap<WebSocket, Outbox>();

export class Outbox {
  private queued = 0;

  constructor(
    private readonly socket: WebSocket,
    private readonly maxQueued: number,
    private readonly log: Logger,
  ) {
    outboxes.set(socket, this);
  }

  /** The outbox of a socket a graphql-ws server of ours accepted. */
  static of(socket: WebSocket): Outbox | undefined {
    return outboxes.get(socket);
  }

  /** A message graphql-ws built. */
  sendText(data: string): void {
    if (!this.admit()) return;
    this.socket.send(data, () => this.queued--);
  }

  /**
   * `{"id":<id>,"type":"next","payload":<payload>}` as one frame written straight to the socket:
   * `payload` is the result serialised once for every subscriber of a shared subscription, and
   * the bytes around it are this subscription's own, built once (nextPrefix). The frame goes whole
   * and at once, between ws's own frames (no compression, so ws never holds a frame back).
   */
  sendNext(prefix: Buffer, payload: Buffer): void {
    const tcp = tcpOf(this.socket);
    if (!tcp || !this.admit()) return;
    tcp.write(frameHeader(prefix.length + payload.length + NEXT_SUFFIX.length));
    tcp.write(prefix);
    tcp.write(payload);
    tcp.write(NEXT_SUFFIX, () => this.queued--);
  }

  private admit(): boolean {
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return false;
    // Corked writes wait in the buffer by design (coalesce below): only data the OS refused counts.
    if (this.queued >= this.maxQueued && socket.bufferedAmount > 0 && !corked(socket)) {
      this.log.warn({ queued: this.queued }, 'closing a subscriber that is too slow');
      slowSubscribersClosed.inc();
      socket.close(SLOW_SUBSCRIBER_CLOSE_CODE, SLOW_SUBSCRIBER_REASON);
      // A client that stopped reading never completes the close handshake; do not wait for it.
      setTimeout(() => socket.terminate(), 10_000).unref();
      return false;
    }
    this.queued++;
    coalesce(socket);
    return true;
  }
}

/** What comes before the payload in every `next` message of subscription `id`. */
export function nextPrefix(id: string): Buffer {
  return Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
}

/** Frame headers by length: a burst's frames to many subscribers have few distinct lengths. */
const headers = new Map<number, Buffer>();
const HEADERS_KEPT = 256;

function frameHeader(length: number): Buffer {
  let header = headers.get(length);
  if (!header) {
    if (headers.size >= HEADERS_KEPT) headers.delete(headers.keys().next().value!);
    headers.set(length, (header = encodeFrameHeader(length)));
  }
  return header;
}

function encodeFrameHeader(length: number): Buffer {
  if (length < 126) return Buffer.from([TEXT_FRAME, length]);
  if (length <= 0xffff) {
    const header = Buffer.allocUnsafe(4);
    header[0] = TEXT_FRAME;
    header[1] = 126;
    header.writeUInt16BE(length, 2);
    return header;
  }
  const header = Buffer.allocUnsafe(10);
  header[0] = TEXT_FRAME;
  header[1] = 127;
  header.writeBigUInt64BE(BigInt(length), 2);
  return header;
}

/**
 * Holds a socket's writes until the current burst of work is done, so the messages produced in
 * one go leave in one system call rather than one each (the syscall is most of a delivery's cost
 * when thousands of subscribers get the same events).
 */
function coalesce(socket: WebSocket): void {
  const tcp = tcpOf(socket);
  if (!tcp || tcp.writableCorked > 0) return;
  tcp.cork();
  setImmediate(() => tcp.uncork());
}

function corked(socket: WebSocket): boolean {
  return (tcpOf(socket)?.writableCorked ?? 0) > 0;
}

function tcpOf(socket: WebSocket): Tcp | undefined {
  return (socket as unknown as { _socket?: Tcp })._socket;
}
