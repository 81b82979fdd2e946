// The build: the TypeScript sources bundled (esbuild) into a few JavaScript files under
// dist/bundle/ — the CLI, and one chunk per part loaded on demand (each cloud's adapter and
// emulator, the app, the tracing plugin) — with the dependencies inside, but for those that read
// their own files or load native code (listed in EXTERNAL), which stay in node_modules. Loading a
// hundred files instead of thousands is what makes `fleetgraph start` quick. The files the code
// reads beside itself (GraphQL schemas, Lua scripts) are copied to dist/ at the paths they have in
// the checkout, and each module's `import.meta.url` is made to name its place in that tree, so a
// path relative to a module means the same in the build as in the sources. `npm ci` builds
// (prepare); `bin/fleetgraph.js` rebuilds first when the sources changed since the build, so an
// edited checkout never runs stale code.
//
// Type checking is `npm run typecheck`'s job; this only strips types.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
/** Where the bundle goes inside dist/: every chunk in this one folder. */
const BUNDLE_DIR = 'bundle';
const LOCK = join(ROOT, 'dist.lock');
const STAMP_FILE = '.build-stamp.json';
/** The folders whose code runs; schema/ holds what the code reads from them. */
const SOURCE_DIRS = ['src', 'emulators', 'schema'];
/** Besides the sources, what decides what the build makes: the dependencies are bundled too. */
const BUILD_INPUTS = ['scripts/build.mjs', 'tsconfig.json', 'package.json', 'package-lock.json', 'node_modules/.package-lock.json'];
/** Files besides code that modules read relative to themselves. */
const ASSET = /\.(graphql|lua|proto)$/;
/**
 * Dependencies left out of the bundle: they read files relative to their own code (the GCP
 * clients' protos, ioredis and pino their own package or worker files), or load native addons
 * (the Rust query planner), or must be one copy with such a package (GCP's auth library), or are
 * CommonJS only and loaded with import(). The build refuses a new one of those bundled
 * (checkBundledPackages).
 */
const EXTERNAL = [
  '@graphql-hive/router-query-planner',
  'google-gax',
  '@google-cloud/*',
  'google-auth-library',
  'protobufjs',
  '@grpc/grpc-js',
  'bufferutil',
  'utf-8-validate',
  '@opentelemetry/context-async-hooks',
  'ioredis',
  'pino',
];
/**
 * What bundled code would find in `__dirname`/`__filename`: the chunk's folder, not its package's.
 * Each use is renamed to this, and the build refuses it (checkBundledPackages): such a package is external.
 */
const NO_OWN_PATH = '__fleetgraphBundledCodeHasNoOwnPath';
/** Bundled CommonJS code calls `require` for Node's own modules; an ES module has none of its own. */
const REQUIRE_BANNER = "import { createRequire as __fleetgraphCreateRequire } from 'node:module'; const require = __fleetgraphCreateRequire(import.meta.url);";
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
  const esbuild = await import('esbuild');
  const next = `${OUT}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  try {
    await esbuild.build({
      entryPoints: [join(ROOT, 'src/cli.ts')],
      bundle: true,
      splitting: true,
      outdir: join(next, BUNDLE_DIR),
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // ES module builds first: a package's unused exports (most of a cloud SDK) are left out.
      mainFields: ['module', 'main'],
      external: EXTERNAL,
      banner: { js: REQUIRE_BANNER },
      define: { __dirname: NO_OWN_PATH, __filename: NO_OWN_PATH },
      plugins: [modulesKnowTheirPlace],
      logLevel: 'warning',
    });
    checkBundledPackages(join(next, BUNDLE_DIR));
    for (const file of files.filter((f) => ASSET.test(f))) {
      mkdirSync(dirname(join(next, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(next, file));
    }
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  writeFileSync(join(next, STAMP_FILE), JSON.stringify({ fingerprint }));
  const old = `${OUT}.old-${process.pid}`;
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(next, OUT);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Refuses, naming the package to add to EXTERNAL, what would break in the bundle at run time:
 * a CommonJS package reached only through import() (its chunk's one export is `default`, so
 * `const { Thing } = await import('package')` would find nothing; Node's own loader gives its
 * named exports), and code that reads `__dirname`/`__filename` (its own files, or its version).
 */
function checkBundledPackages(bundleDir) {
  for (const chunk of readdirSync(bundleDir)) {
    const lines = readFileSync(join(bundleDir, chunk), 'utf8').split('\n');
    const bad = lines.findIndex((line) => /^export default require_\w+\(\);$/.test(line) || line.includes(NO_OWN_PATH));
    if (bad === -1) continue;
    const origin = lines.slice(0, bad + 1).findLast((line) => line.startsWith('// ') && line.includes('node_modules/')) ?? chunk;
    const packageName = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(origin)?.[1] ?? origin;
    throw new Error(`the build cannot bundle ${packageName} (it is CommonJS loaded with import(), or reads __dirname/__filename): add it to EXTERNAL in scripts/build.mjs`);
  }
}

/**
 * Each source module's `import.meta.url` becomes the URL its own .js file would have in dist/
 * (dist/src/gateway/compose.js for src/gateway/compose.ts), reckoned from the chunk it ends up in:
 * the schemas and scripts it reads relative to itself are copied there.
 */
const modulesKnowTheirPlace = {
  name: 'modules-know-their-place',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = relative(ROOT, args.path);
      if (source.startsWith('..') || source.includes('node_modules')) return undefined;
      const contents = await readFile(args.path, 'utf8');
      const own = JSON.stringify(`../${source.replaceAll('\\', '/').replace(/\.ts$/, '.js')}`);
      return { contents: contents.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

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
