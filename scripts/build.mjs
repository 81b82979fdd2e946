// The build: TypeScript sources (src/, emulators/) transpiled to plain JavaScript under dist/,
// one .js per .ts in the same tree, with the files the code reads beside it (GraphQL schemas, Lua
// scripts) copied along, so paths relative to a module are the same in dist/ as in the sources.
// Running JavaScript instead of compiling TypeScript at every start is what makes `fleetgraph
// start` quick. `npm ci` builds (prepare); `bin/fleetgraph.js` rebuilds first when a source is
// newer than the build, so an edited checkout never runs stale code.
//
// Type checking is `npm run typecheck`'s job; this only strips types (esbuild).
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
const STAMP_FILE = '.build-stamp.json';
/** The folders whose code runs; schema/ holds what the code reads from them. */
const SOURCE_DIRS = ['src', 'emulators', 'schema'];
/** Files besides code that modules read relative to themselves. */
const ASSET = /\.(graphql|lua)$/;

/** Every file and folder of the sources, with the newest modification time among them. */
function scanSources() {
  const files = [];
  let newest = 0;
  const visit = (dir) => {
    newest = Math.max(newest, statSync(dir).mtimeMs);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else {
        newest = Math.max(newest, statSync(path).mtimeMs);
        files.push(relative(ROOT, path));
      }
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(ROOT, dir))) visit(join(ROOT, dir));
  // A folder's time moves when a file in it is added, removed or renamed; the count catches the rest.
  return { files, fingerprint: `${files.length}:${newest}` };
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
 * swaps it in, so a process starting meanwhile finds a whole build, old or new.
 */
export async function build() {
  const { files, fingerprint } = scanSources();
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

/**
 * Builds when the sources changed since the last build (or there is none). Without sources (an
 * image that ships only dist/) the build there is the one to run.
 */
export async function ensureBuilt() {
  if (!existsSync(join(ROOT, 'src'))) return;
  if (readStamp() === scanSources().fingerprint) return;
  await build();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await (process.argv.includes('--if-stale') ? ensureBuilt() : build());
}
