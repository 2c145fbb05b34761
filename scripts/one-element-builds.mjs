// Builds test/consumer/card-page.js (one element, `news-widgets/news-article-card.js`) in a
// consumer project with Rollup, esbuild, webpack 5, Vite 6 and Vite 8, each minified as for
// production, and reports what each emitted. Used by scripts/consumer-test.mjs.
// Home-made glue: each bundler builds through its own API; this names the code a card never
// runs and measures what each emitted.
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import * as esbuild from 'esbuild';
import webpack from 'webpack';

const production = {'process.env.NODE_ENV': JSON.stringify('production')};

/**
 * Code a card never runs, each by a string that survives minification: finding one in a
 * one-card build means the bundler (or the package) pulled in that code.
 */
export const FOREIGN_CODE = [
  ['the feed network code', 'application/feed+json'],
  ['the JSON Feed parser', 'https://jsonfeed.org/version/'],
  ['the RSS/Atom (XML) parser', 'http://www.w3.org/2005/Atom'],
  ...['news-feed', 'news-related', 'news-header-bar', 'news-language-switcher'].map((tag) => [`<${tag}>`, new RegExp(`["'\`]${tag}["'\`]`)]),
];

/** Each bundler: builds `dir/card-page.js` into `out`; returns the HTML file that loads it. */
const builders = {
  async rollup(dir, out) {
    const bundle = await rollup({
      input: join(dir, 'card-page.js'),
      plugins: [replace({preventAssignment: true, values: production}), nodeResolve({rootDir: dir, browser: true, exportConditions: ['production']})],
      onwarn: () => {},
    });
    await bundle.write({dir: out, format: 'es', plugins: [terser({module: true})]});
    return page(out, '<script type="module" src="card-page.js"></script>');
  },
  async esbuild(dir, out) {
    await esbuild.build({
      entryPoints: [join(dir, 'card-page.js')],
      absWorkingDir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      define: production,
      outdir: out,
      logLevel: 'silent',
    });
    return page(out, '<script type="module" src="card-page.js"></script>');
  },
  async webpack(dir, out) {
    const compiler = webpack({mode: 'production', context: dir, entry: {'card-page': './card-page.js'}, output: {path: out}, devtool: false, infrastructureLogging: {level: 'error'}});
    const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
    await new Promise((resolve) => compiler.close(resolve));
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
    return page(out, '<script src="card-page.js"></script>');
  },
  vite6: (dir, out) => vite('vite6', dir, out),
  vite8: (dir, out) => vite('vite', dir, out),
};

async function vite(name, dir, out) {
  const {build} = await import(name);
  const input = join(dir, 'card-page.html');
  writeFileSync(input, html('<script type="module" src="./card-page.js"></script>'));
  await build({root: dir, base: './', configFile: false, logLevel: 'silent', build: {outDir: out, emptyOutDir: true, rollupOptions: {input}}});
  return join(out, 'card-page.html');
}

const html = (script) =>
  `<!doctype html><html lang="en"><body><news-article-card headline="Tram line opens" href="https://example.com/tram" date="2026-01-02T10:00:00Z"></news-article-card>${script}</body></html>`;

function page(out, script) {
  const file = join(out, 'card-page.html');
  writeFileSync(file, html(script));
  return file;
}

const walk = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

/**
 * Builds the one-card page with every bundler under `dir/builds/<bundler>/`; resolves with,
 * for each, the page to open, the JavaScript files emitted (bytes and gzip bytes) and the
 * foreign code found in them.
 */
export async function buildOneElement(dir) {
  const results = [];
  for (const [bundler, build] of Object.entries(builders)) {
    const out = join(dir, 'builds', bundler);
    rmSync(out, {recursive: true, force: true});
    const html = await build(dir, out);
    const files = walk(out)
      .filter((file) => file.endsWith('.js'))
      .map((file) => {
        const code = readFileSync(file);
        return {file: relative(out, file), code: code.toString(), bytes: code.length, gzipBytes: gzipSync(code, {level: 9}).length};
      });
    const foreign = FOREIGN_CODE.filter(([, marker]) => files.some(({code}) => (typeof marker === 'string' ? code.includes(marker) : marker.test(code)))).map(([name]) => name);
    results.push({
      bundler,
      page: relative(dir, html),
      files: files.map(({file, bytes, gzipBytes}) => ({file, bytes, gzipBytes})),
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      foreign,
    });
  }
  return results;
}
