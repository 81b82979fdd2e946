// The build (scripts/build.mjs) as a checkout meets it: a copy of the project with no dist/ builds
// on its first `fleetgraph` run, and a source edited afterwards is what the next run executes.
// The copy is a temp dir of its own, so the suite's own dist/ is never touched.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
let copy: string;

async function fleetgraph(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [join(copy, 'bin/fleetgraph.js'), ...args], { cwd: copy, timeout: 60_000 });
  return stdout;
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'fleetgraph-build-'));
  for (const entry of ['bin', 'scripts', 'src', 'emulators', 'schema', 'package.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});

afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

describe('the JavaScript build', () => {
  it('is made on the first run of a checkout without one: a JavaScript bundle, with the schemas the code reads at their paths', async () => {
    expect(existsSync(join(copy, 'dist'))).toBe(false);
    writeFileSync(join(copy, 'src/subgraphs/compute/left-over.graphql'), '# removed by the next test');
    expect(await fleetgraph('help')).toContain('usage: fleetgraph start');
    const chunks = readdirSync(join(copy, 'dist/bundle'));
    expect(chunks).toContain('cli.js');
    expect(chunks.every((chunk) => chunk.endsWith('.js'))).toBe(true);
    expect(readFileSync(join(copy, 'dist/bundle/cli.js'), 'utf8')).not.toMatch(/: Promise<void>|import type/);
    for (const asset of ['schema/supergraph.graphql', 'src/subgraphs/compute/schema.graphql', 'src/events/ledger/redis-ledger.lua', 'src/subgraphs/compute/left-over.graphql']) {
      expect(existsSync(join(copy, 'dist', asset)), asset).toBe(true);
    }
  });

  it('is remade when a source changed, so the next run executes the edit; a removed file leaves nothing behind', async () => {
    const cli = join(copy, 'src/cli.ts');
    writeFileSync(cli, readFileSync(cli, 'utf8').replace('usage: fleetgraph start', 'usage (edited): fleetgraph start'));
    const removed = join(copy, 'src/cli/usage-error.ts');
    const usageError = readFileSync(removed, 'utf8');
    rmSync(removed);
    writeFileSync(join(copy, 'src/cli/usage-failure.ts'), usageError);
    for (const importer of [cli, join(copy, 'src/cli/apikey.ts')]) {
      writeFileSync(importer, readFileSync(importer, 'utf8').replace(/usage-error\.js/g, 'usage-failure.js'));
    }
    rmSync(join(copy, 'src/subgraphs/compute/left-over.graphql'));
    expect(await fleetgraph('help')).toContain('usage (edited): fleetgraph start');
    expect(existsSync(join(copy, 'dist/src/subgraphs/compute/left-over.graphql'))).toBe(false);
    expect(existsSync(join(copy, 'dist/src/subgraphs/compute/schema.graphql'))).toBe(true);
  });

  it('is used as it is when nothing changed', async () => {
    const stamp = readFileSync(join(copy, 'dist/.build-stamp.json'), 'utf8');
    writeFileSync(join(copy, 'dist/bundle/marker.txt'), 'left by this test');
    expect(await fleetgraph('help')).toContain('usage (edited): fleetgraph start');
    expect(readFileSync(join(copy, 'dist/.build-stamp.json'), 'utf8')).toBe(stamp);
    expect(existsSync(join(copy, 'dist/bundle/marker.txt'))).toBe(true);
  });

  it('is made one run at a time when several find the sources changed together: each runs the new build, nothing is left behind', async () => {
    const cli = join(copy, 'src/cli.ts');
    writeFileSync(cli, readFileSync(cli, 'utf8').replace('usage (edited): fleetgraph start', 'usage (edited twice): fleetgraph start'));
    const outputs = await Promise.all([fleetgraph('help'), fleetgraph('help'), fleetgraph('help')]);
    for (const output of outputs) expect(output).toContain('usage (edited twice): fleetgraph start');
    expect(readdirSync(copy).filter((entry) => entry.startsWith('dist'))).toEqual(['dist']);
  });

  it('refuses a dependency that would break inside the bundle, naming it, and leaves the last build in place', async () => {
    const cli = join(copy, 'src/cli.ts');
    const source = readFileSync(cli, 'utf8');
    const stamp = readFileSync(join(copy, 'dist/.build-stamp.json'), 'utf8');
    for (const [line, packageName] of [
      ["export const readsItsOwnFiles = () => import('thread-stream');", 'thread-stream'], // reads __dirname
      ["export const commonJsOnly = async () => (await import('denque')).default;", 'denque'], // CommonJS loaded with import()
    ]) {
      writeFileSync(cli, `${source}\n${line}\n`);
      const failure = (await fleetgraph('help').then(
        () => null,
        (error: { stderr: string }) => error,
      ))!;
      expect(failure, packageName).not.toBeNull();
      expect(failure.stderr).toContain(`the build cannot bundle ${packageName}`);
      expect(readFileSync(join(copy, 'dist/.build-stamp.json'), 'utf8')).toBe(stamp);
      expect(readdirSync(copy).filter((entry) => entry.startsWith('dist'))).toEqual(['dist']);
    }
    writeFileSync(cli, source);
  });

  // compose reads each subgraph's schema where its module's .js would be (dist/src/subgraphs/...).
  it("writes `fleetgraph compose`'s supergraphs into the checkout's schema/, not the build's", async () => {
    const supergraph = join(copy, 'schema/supergraph.graphql');
    writeFileSync(supergraph, 'stale');
    expect(await fleetgraph('compose')).toContain(`wrote ${supergraph}`);
    expect(readFileSync(supergraph, 'utf8')).toBe(readFileSync(join(ROOT, 'schema/supergraph.graphql'), 'utf8'));
  });
});
