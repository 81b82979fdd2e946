// Lists source files over 300 lines that hold logic; exits 1 when there are any. Wire-shape
// declarations (types.ts), catalogues (catalogue.ts) and generated code may be longer.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const LIMIT = 300;
const ROOTS = ['src', 'emulators'];
const EXEMPT = (path) => path.includes('/generated/') || ['types.ts', 'catalogue.ts'].includes(basename(path));

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const over = [];
for (const root of ROOTS) {
  for (const path of sources(root)) {
    const lines = readFileSync(path, 'utf8').split('\n').length - 1;
    if (lines > LIMIT && !EXEMPT(path)) over.push(`${path}: ${lines} lines`);
  }
}
if (over.length > 0) {
  console.log(`files over ${LIMIT} lines (split them by job):\n${over.join('\n')}`);
  process.exit(1);
}
console.log(`no source file over ${LIMIT} lines`);
