// The fan-out bench's processes talk over the IPC channel: the bench forks each child and sends
// it requests; the child answers each with a result or an error. Also the memory, CPU and
// profile readings every child serves the same way, and the child's open-file limit (Node raises
// its soft limit to the hard one at startup, so a shell `ulimit -n` could add nothing short of
// root: the bench reports a limit that is too low instead).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

interface Request {
  id: number;
  type: string;
  payload: unknown;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: string;
}

export interface ChildInfo {
  /** The soft limit on open files the child runs with. */
  openFiles: number;
  [key: string]: unknown;
}

export interface BenchChild {
  info: ChildInfo;
  request<T>(type: string, payload?: unknown, timeoutMs?: number): Promise<T>;
  /** What the child wrote to stdout (its log lines), one entry per line. */
  readonly output: readonly string[];
  stop(): Promise<void>;
}

export interface Memory {
  rss: number;
  heapUsed: number;
  external: number;
}

export interface ForkOptions {
  /** The child's entry, relative to this directory. */
  entry: string;
  args?: string[];
  nodeOptions?: string[];
  startTimeoutMs?: number;
}

/** Forks `node --import tsx <entry>`; resolves once the child says it is ready. */
export async function forkChild(options: ForkOptions): Promise<BenchChild> {
  const entry = fileURLToPath(new URL(options.entry, import.meta.url));
  const child = fork(entry, options.args ?? [], { execArgv: ['--import', 'tsx', ...(options.nodeOptions ?? [])], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const output: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => output.push(line));
  try {
    const info = await firstMessage(child, options.startTimeoutMs ?? 60_000, options.entry);
    return { info, request: requester(child, options.entry), output, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

function firstMessage(child: ChildProcess, timeoutMs: number, name: string): Promise<ChildInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as ChildInfo);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it started`));
    });
  });
}

function requester(child: ChildProcess, name: string): BenchChild['request'] {
  let nextId = 0;
  const pending = new Map<number, (reply: Reply) => void>();
  child.on('message', (message) => pending.get((message as Reply).id)?.(message as Reply));
  child.once('exit', (code) => {
    for (const settle of pending.values()) settle({ id: -1, error: `${name} exited with code ${code}` });
  });
  return <T>(type: string, payload?: unknown, timeoutMs = 60_000) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => settle({ id, error: `${name}: ${type} took more than ${timeoutMs} ms` }), timeoutMs);
      const settle = (reply: Reply) => {
        clearTimeout(timer);
        pending.delete(id);
        if (reply.error !== undefined) reject(new Error(reply.error));
        else resolve(reply.result as T);
      };
      pending.set(id, settle);
      child.send({ id, type, payload } satisfies Request);
    });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}

type Handlers = Record<string, (payload: never) => unknown>;

/** In a child: answers the bench's requests with these handlers (plus memory and cpu), then says it is ready with `info`. */
export function serveRequests(handlers: Handlers, info: Record<string, unknown>): void {
  const profiler = cpuProfiler();
  const all: Handlers = { memory: settledMemory, cpu: () => process.cpuUsage(), ...profiler, ...handlers };
  process.on('message', (message: Request) => {
    void answer(all, message).then((reply) => process.send?.(reply));
  });
  // The bench is gone (finished or crashed): nothing else would stop this process.
  process.on('disconnect', () => process.exit(0));
  process.send?.({ ...info, openFiles: openFilesLimit() } satisfies ChildInfo);
}

async function answer(handlers: Handlers, { id, type, payload }: Request): Promise<Reply> {
  const handler = handlers[type];
  if (!handler) return { id, error: `unknown request ${type}` };
  try {
    return { id, result: await handler(payload as never) };
  } catch (error) {
    return { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Memory after forced collections (the child must run with --expose-gc). */
async function settledMemory(): Promise<Memory> {
  if (!globalThis.gc) throw new Error('run this process with --expose-gc');
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    // Lets finalizers and weak callbacks run between collections.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss, heapUsed, external };
}

/** profileStart, and profileStop writing a .cpuprofile (Chrome DevTools format) to the given path. */
function cpuProfiler(): Handlers {
  const session = new Session();
  return {
    profileStart: async () => {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    profileStop: async (path: string) => {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      await writeFile(path, JSON.stringify(profile));
      return path;
    },
  };
}

function openFilesLimit(): number {
  const line = readFileSync('/proc/self/limits', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const soft = line?.split(/\s{2,}/)[1];
  return soft === undefined || soft === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(soft);
}
