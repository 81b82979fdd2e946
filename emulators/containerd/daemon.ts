// A real containerd for the sandbox and the tests: started with its own root, state directory
// and socket under a temporary directory (nothing of the machine's containerd is touched), the
// CRI plugin off, and filled with the seeded workloads through `ctr` (Debian package containerd)
// — containers on a tiny root filesystem holding one static program built here with gcc, tasks
// started by runc. close() kills every task, removes the containers, stops the daemon and
// deletes the directory. It needs root (containerd does) and gcc; where either is missing it
// says why and starts nothing.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { NAMESPACES, workloadsOf, type Workload } from './workloads.js';

export interface ContainerdDaemon {
  /** unix:///…/containerd.sock */
  socket: string;
  workloads: readonly Workload[];
  /** Runs `ctr` against this daemon (`ctr -a SOCKET -n NAMESPACE …args`). */
  ctr(namespace: string, ...args: string[]): Promise<string>;
  /**
   * The calls of `method` the daemon has handled (its own grpc_server_handled_total, every status
   * code), as `Service/Method` with the service's last name: `Tasks/List`, `Containers/List`.
   */
  handled(method: string): Promise<number>;
  close(): Promise<void>;
}

/** Why containerd cannot run here, or null when it can. */
export async function containerdUnavailable(): Promise<string | null> {
  if (process.getuid?.() !== 0) return 'containerd needs root';
  for (const [binary, pkg] of [['containerd', 'containerd'], ['ctr', 'containerd'], ['runc', 'runc'], ['gcc', 'gcc']] as const) {
    if (!(await runs(binary, ['--version']))) return `install ${pkg} (${binary} not found)`;
  }
  return null;
}

export async function startContainerd(options: { seed: number; perNamespace: number }): Promise<ContainerdDaemon> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fleetgraph-containerd-'));
  const socket = path.join(dir, 'containerd.sock');
  const rootfs = path.join(dir, 'rootfs');
  await buildRootfs(rootfs);
  const metricsPort = await freePort();
  await writeFile(path.join(dir, 'config.toml'), configOf(dir, socket, metricsPort));
  // Its own process group: a signal to the sandbox's group (Ctrl-C) must leave it running until
  // close() has stopped its tasks — runc's processes outlive a daemon that dies first.
  const daemon = spawn('containerd', ['--config', path.join(dir, 'config.toml')], { stdio: 'ignore', detached: true });
  const ctr = (namespace: string, ...args: string[]) => exec('ctr', ['-a', socket, '-n', namespace, ...args]);
  try {
    await waitFor(() => existsSync(socket), daemon);
    // runc keeps its state per namespace and id under one root for the whole machine: ids carry this
    // daemon's token so that two daemons (parallel tests) never collide.
    const token = randomBytes(3).toString('hex');
    const workloads = workloadsOf(options.seed, options.perNamespace).map((w) => ({ ...w, id: `${w.id}-${token}` }));
    for (const namespace of NAMESPACES) await ctr(namespace, 'namespaces', 'create', namespace);
    const limit = pLimit(4);
    await Promise.all(workloads.map((w) => limit(() => create(ctr, rootfs, w))));
    return { socket: `unix://${socket}`, workloads, ctr, handled: (method) => handled(metricsPort, method), close: () => stop(ctr, daemon, dir, workloads) };
  } catch (error) {
    daemon.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function create(ctr: ContainerdDaemon['ctr'], rootfs: string, w: Workload): Promise<void> {
  const labels = Object.entries(w.labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
  const limits = w.limits ? ['--cpu-period', '100000', '--cpu-quota', String(w.limits.cpus * 100_000), '--memory-limit', String(w.limits.memoryMiB * 1024 * 1024)] : [];
  await ctr(w.namespace, 'containers', 'create', ...labels, ...limits, '--rootfs', rootfs, w.id, w.state === 'exited' ? '/bin/exit3' : '/bin/idle');
  if (w.state === 'no-task') return;
  await ctr(w.namespace, 'tasks', 'start', '-d', w.id);
  if (w.state === 'paused') await ctr(w.namespace, 'tasks', 'pause', w.id);
  if (w.state === 'exited') await waitFor(async () => (await ctr(w.namespace, 'tasks', 'ls')).split('\n').some((l) => l.startsWith(`${w.id} `) && l.includes('STOPPED')));
}

async function stop(ctr: ContainerdDaemon['ctr'], daemon: ChildProcess, dir: string, workloads: readonly Workload[]): Promise<void> {
  // A daemon that is already gone answers nothing: there is nothing left to ask it to stop.
  for (const namespace of daemon.exitCode === null ? NAMESPACES : []) {
    const tasks = (await ctr(namespace, 'tasks', 'ls', '-q').catch(() => '')).split('\n').filter(Boolean);
    await Promise.all(
      tasks.map(async (id) => {
        await ctr(namespace, 'tasks', 'resume', id).catch(() => undefined);
        await ctr(namespace, 'tasks', 'delete', '-f', id).catch(() => undefined);
      }),
    );
    await Promise.all(workloads.filter((x) => x.namespace === namespace).map((w) => ctr(namespace, 'containers', 'rm', w.id).catch(() => undefined)));
  }
  daemon.kill('SIGTERM');
  await new Promise<void>((resolve) => (daemon.exitCode !== null ? resolve() : daemon.once('exit', () => resolve())));
  await rm(dir, { recursive: true, force: true });
}

/** A root filesystem with two static programs: one that waits for ever, one that exits with status 3. */
async function buildRootfs(rootfs: string): Promise<void> {
  await mkdir(path.join(rootfs, 'bin'), { recursive: true });
  const source = path.join(rootfs, '..', 'programs.c');
  await writeFile(source, '#include <unistd.h>\n#include <stdlib.h>\n#include <string.h>\nint main(int c, char **v) { if (strstr(v[0], "exit3")) return 3; for (;;) pause(); }\n');
  await exec('gcc', ['-static', '-O2', '-o', path.join(rootfs, 'bin', 'idle'), source]);
  await exec('cp', [path.join(rootfs, 'bin', 'idle'), path.join(rootfs, 'bin', 'exit3')]);
}

/** containerd's Prometheus endpoint counts every gRPC call it handled, per service, method and code. */
async function handled(port: number, method: string): Promise<number> {
  const [service, name] = method.split('/');
  const text = await (await fetch(`http://127.0.0.1:${port}/v1/metrics`)).text();
  const pattern = new RegExp(`^grpc_server_handled_total\\{[^}]*grpc_method="${name}",grpc_service="containerd\\.services\\.[a-z]+\\.v1\\.${service}"[^}]*\\} (\\d+)`, 'gm');
  return [...text.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function configOf(dir: string, socket: string, metricsPort: number): string {
  return `version = 2
root = "${dir}/root"
state = "${dir}/state"
disabled_plugins = ["io.containerd.grpc.v1.cri", "io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "${socket}"
[ttrpc]
  address = "${socket}.ttrpc"
[debug]
  address = ""
[metrics]
  address = "127.0.0.1:${metricsPort}"
`;
}

function exec(binary: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(binary, args, { timeout: 20_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${binary} ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout))),
  );
}

function runs(binary: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => execFile(binary, args, (error) => resolve(!error)));
}

async function waitFor(done: () => boolean | Promise<boolean>, daemon?: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await done()) return;
    if (daemon && daemon.exitCode !== null) throw new Error(`containerd exited with ${daemon.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('containerd did not become ready within 10 s');
}
