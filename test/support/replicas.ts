// FleetGraph replicas as separate processes (`fleetgraph start` with a config file), the way a
// deployment runs several: each its own gateway, subgraphs and provider clients, sharing Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `config` where a replica can read it (FLEETGRAPH_CONFIG); returns the path. */
export function writeReplicaConfig(config: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fleetgraph-replica-')), 'fleetgraph.json.yaml');
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** Starts one replica on `port`; resolves once it says it is ready. Kill it with SIGKILL when done. */
export function startReplica(configPath: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/fleetgraph.js', 'start'], {
    env: { ...process.env, FLEETGRAPH_CONFIG: configPath, PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`replica did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/FleetGraph ready at/.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}:\n${output}`)));
  });
}
