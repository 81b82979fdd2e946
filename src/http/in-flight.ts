// Graceful stop for a node http server: it tracks the requests in flight, and on `drain` stops
// accepting connections, answers what is in flight (each with `Connection: close`, so keep-alive
// clients reconnect elsewhere), and cuts whatever is still open when the deadline passes.
import type { Server, ServerResponse } from 'node:http';

export class InFlightRequests {
  private count = 0;
  private whenIdle: (() => void)[] = [];
  private draining = false;

  /** Counts `res` until it closes; call for every request the server receives. */
  track(res: ServerResponse): void {
    this.count += 1;
    if (this.draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      this.count -= 1;
      if (this.count === 0) for (const resolve of this.whenIdle.splice(0)) resolve();
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  get inFlight(): number {
    return this.count;
  }

  /** Marks the server as draining (responses from now on close their connection). */
  startDraining(): void {
    this.draining = true;
  }

  /**
   * Stops accepting connections and waits for the requests in flight, at most `deadlineMs`; then
   * closes every connection left. True when everything in flight finished in time.
   */
  async drain(server: Server, deadlineMs: number): Promise<boolean> {
    this.startDraining();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = await this.idleWithin(deadlineMs);
    server.closeAllConnections();
    await closed;
    return finished;
  }

  private idleWithin(deadlineMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), deadlineMs);
      this.whenIdle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
