#!/usr/bin/env node
// Server rendering tests: bundles test/ssr/*.ssr.ts (named apart from the browser tests' *.test.ts) for Node with esbuild (lit and
// @lit-labs/ssr stay external, so Node picks their server builds) and runs them with
// node:test. They run in plain Node: no document, window or localStorage exists there, so
// an element that touches one fails its test.
//
// The README's server recipes run as written: each code block after a
// `<!-- recipe: NAME -->` line becomes recipes/NAME.mjs next to the tests, with
// `news-widgets[/…]` resolved through package.json's `exports` to the sources.
// Home-made glue: esbuild bundles and node:test runs and reports; this wires the two and
// takes the recipes from the README.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {build} from 'esbuild';

/** `news-widgets` and its subpaths, resolved as a consumer would (package.json `exports`), to the TypeScript sources. */
function packageSources() {
  const {name, exports} = JSON.parse(readFileSync('package.json', 'utf8'));
  return {
    name: 'package-sources',
    setup(pluginBuild) {
      pluginBuild.onResolve({filter: new RegExp(`^${name}(/.*)?$`)}, ({path}) => {
        const entry = exports[`.${path.slice(name.length)}`];
        const target = typeof entry === 'string' ? entry : entry?.default;
        if (!target?.startsWith('./dist/')) return {errors: [{text: `${path} is not exported by package.json`}]};
        return {path: resolve(target.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'))};
      });
    },
  };
}

/** The README's recipe code blocks, as {NAME: code}. */
function readmeRecipes() {
  const recipes = {};
  for (const [, name, code] of readFileSync('README.md', 'utf8').matchAll(/<!-- recipe: ([\w-]+) -->\n```js\n([\s\S]*?)\n```/g)) recipes[name] = code;
  return recipes;
}

const dir = mkdtempSync(join('node_modules', '.ssr-test-'));
try {
  const recipesDir = join(dir, 'recipes');
  mkdirSync(join(recipesDir, 'src'), {recursive: true});
  const recipes = Object.entries(readmeRecipes()).map(([name, code]) => {
    const file = join(recipesDir, 'src', `${name}.js`);
    writeFileSync(file, code);
    return file;
  });
  const options = {bundle: true, platform: 'node', format: 'esm', packages: 'external', outExtension: {'.js': '.mjs'}, logLevel: 'warning', plugins: [packageSources()]};
  if (recipes.length) await build({...options, entryPoints: recipes, outdir: recipesDir});
  const entryPoints = readdirSync('test/ssr').filter((file) => file.endsWith('.ssr.ts')).map((file) => join('test/ssr', file));
  await build({...options, entryPoints, outdir: dir});
  const files = readdirSync(dir).filter((file) => file.endsWith('.ssr.mjs')).map((file) => join(dir, file));
  const {status} = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], {stdio: 'inherit'});
  process.exitCode = status ?? 1;
} finally {
  rmSync(dir, {recursive: true, force: true});
}
