// The build: TypeScript sources (src/, emulators/) transpiled to plain JavaScript under dist/,
// one .js per .ts in the same tree, with the files the code reads beside it (GraphQL schemas, Lua
// scripts) copied along, so paths relative to a module are the same in dist/ as in the sources.
// Running JavaScript instead of compiling TypeScript at every start is what makes `fleetgraph
// start` quick. `npm ci` builds (prepare); `bin/fleetgraph.js` rebuilds first when the sources
// changed since the build, so an edited checkout never runs stale code.
//
// Type checking is `npm run typecheck`'s job; this only strips types (esbuild).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
const LOCK = join(ROOT, 'dist.lock');
const STAMP_FILE = '.build-stamp.json';
/** The folders whose code runs; schema/ holds what the code reads from them. */
const SOURCE_DIRS = ['src', 'emulators', 'schema'];
/** Besides the sources, what decides what the build makes. */
const BUILD_INPUTS = ['scripts/build.mjs', 'tsconfig.json', 'package.json'];
/** Files besides code that modules read relative to themselves. */
const ASSET = /\.(graphql|lua)$/;
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 60_000;

/**
 * Every source file, and a fingerprint of the sources and build inputs: each file's path, size
 * and modification time (any edit, addition, removal or rename changes it, whatever the clocks say).
 */
function scanSources() {
  const files = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.push(relative(ROOT, path));
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) visit(join(ROOT, dir));
  files.sort();
  const hash = createHash('sha256');
  for (const file of [...files, ...BUILD_INPUTS.filter((f) => existsSync(join(ROOT, f)))]) {
    const { size, mtimeMs } = statSync(join(ROOT, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  hash.update(`esbuild ${esbuildVersion()}`);
  return { files, fingerprint: hash.digest('hex') };
}

function esbuildVersion() {
  try {
    return createRequire(import.meta.url)('esbuild/package.json').version;
  } catch {
    return 'absent';
  }
}

function readStamp() {
  try {
    return JSON.parse(readFileSync(join(OUT, STAMP_FILE), 'utf8')).fingerprint;
  } catch {
    return null;
  }
}

/**
 * Builds dist/ from scratch (a deleted source leaves nothing behind) in a folder of its own, then
 * swaps it in. One build at a time per checkout (dist.lock): a process that finds the sources
 * changed waits for a build under way and uses it.
 */
export async function build() {
  await withLock(() => buildNow(scanSources()));
}

/**
 * Builds when the sources changed since the last build (or there is none). Without sources (an
 * image that ships only dist/) the build there is the one to run.
 */
export async function ensureBuilt() {
  if (!existsSync(join(ROOT, 'src'))) return;
  if (readStamp() === scanSources().fingerprint) return;
  await withLock(async () => {
    // Another process may have built it while this one waited for the lock.
    const sources = scanSources();
    if (readStamp() !== sources.fingerprint) await buildNow(sources);
  });
}

async function buildNow({ files, fingerprint }) {
  const { buildSync } = await import('esbuild');
  const next = `${OUT}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  buildSync({
    entryPoints: files.filter((file) => file.endsWith('.ts')).map((file) => join(ROOT, file)),
    outdir: next,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  for (const file of files.filter((f) => ASSET.test(f))) {
    mkdirSync(dirname(join(next, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(next, file));
  }
  writeFileSync(join(next, STAMP_FILE), JSON.stringify({ fingerprint }));
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
}

async function withLock(run) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      if (Date.now() - lockTime() > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockTime() {
  try {
    return statSync(LOCK).mtimeMs;
  } catch {
    return Date.now();
  }
}

// Run as a script (npm run build; `--if-stale` builds only when the sources changed).
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  await (process.argv.includes('--if-stale') ? ensureBuilt() : build());
}
