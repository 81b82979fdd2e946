// The "FleetGraph ready at <url>" line a `fleetgraph start` child prints once it serves: its URL,
// or an error if the process exits first or stays silent for 120 s (then it is killed).
import type { ChildProcess } from 'node:child_process';

export function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('FleetGraph printed no "ready" line within 120 s'));
    }, 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /FleetGraph ready at (\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve(url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`FleetGraph exited (${code}) before it was ready`));
    });
  });
}
