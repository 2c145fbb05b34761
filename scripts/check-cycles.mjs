#!/usr/bin/env node
// Fails when a module of src/ imports itself through others (an import cycle), and prints
// each cycle. Every kind of import counts: static, type-only, re-exports and dynamic
// `import()`, because a cycle of any kind ties modules that should stand apart (issue 11).
// The build (rollup.config.mjs) also fails on a cycle, but sees only what the bundle uses;
// this sees every file. TypeScript's own pre-processor lists each file's imports, so no
// extra dependency is needed.
// Home-made: madge or dpdm would find the same cycles with their own parser and dependency
// tree; TypeScript, already here, lists every kind of import in these 50 lines.
import {readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import ts from 'typescript';

const ROOT = 'src';
const files = readdirSync(ROOT, {recursive: true})
  .map((file) => join(ROOT, file))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));
const known = new Set(files.map((file) => resolve(file)));

/** The src/ files `file` imports (relative specifiers; `.js` names the `.ts` source). */
function importsOf(file) {
  const {importedFiles} = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({fileName}) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')))
    .filter((target) => known.has(target));
}

const graph = new Map([...known].map((file) => [file, importsOf(file)]));
const cycles = [];
const state = new Map(); // file → 'active' while on the path, 'done' after
const path = [];

function visit(file) {
  state.set(file, 'active');
  path.push(file);
  for (const next of graph.get(file)) {
    if (state.get(next) === 'active') cycles.push([...path.slice(path.indexOf(next)), next]);
    else if (!state.has(next)) visit(next);
  }
  path.pop();
  state.set(file, 'done');
}
for (const file of graph.keys()) if (!state.has(file)) visit(file);

const show = (file) => relative(process.cwd(), file);
if (cycles.length) {
  console.error(`${cycles.length} import cycle(s) in ${ROOT}/:`);
  for (const cycle of cycles) console.error(`  ${cycle.map(show).join(' → ')}`);
  process.exit(1);
}
console.log(`No import cycle among ${graph.size} modules of ${ROOT}/.`);
