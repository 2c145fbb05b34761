#!/usr/bin/env node
// Minifies the HTML and CSS inside Lit's html`…` and css`…` templates of tsc's output (dist/),
// in place, with @lit-labs/rollup-plugin-minify-html-literals, before Rollup bundles the CDN
// build from it. Both builds then ship the same templates: npm users' bundles get them
// minified too, and the server (which renders with the npm package) and the CDN build agree
// on every template, which hydration needs (a template that differs fails to hydrate).
// Each file's source map is composed with the minifier's, so it still maps to src/.
// Home-made glue: the plugin does the minifying; Rollup's hook runs only inside a bundle, and
// tsc has no transform hook, so this calls the plugin's transform on each file.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import remapping from '@jridgewell/remapping';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const root = process.argv[2] ?? 'dist';
// `keepClosingSlash`: Lit parses svg`…` templates as SVG, where `<circle … />` closes itself;
// without the slash each shape would hold the next one, and a shape inside a shape is not
// drawn (every weather icon was two dots). check-demo and check-stories fail on nested shapes.
const plugin = minifyHTML({failOnError: true, options: {minifyOptions: {keepClosingSlash: true}}});
// What the plugin needs of Rollup's plugin context: a template it cannot minify fails the build.
const context = {
  error(message) {
    throw new Error(message);
  },
  warn(message) {
    throw new Error(message);
  },
};

let files = 0;
let saved = 0;
for (const entry of readdirSync(root, {recursive: true, withFileTypes: true})) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = join(entry.parentPath, entry.name);
  const code = readFileSync(file, 'utf8');
  if (!/\b(html|css)\s*`/.test(code)) continue;
  const result = await plugin.transform.call(context, code, file);
  if (!result || result.code === code) continue;
  writeFileSync(file, result.code);
  const mapFile = `${file}.map`;
  const tscMap = JSON.parse(readFileSync(mapFile, 'utf8'));
  // The minifier's map leads from the new file to tsc's output, tsc's from there to src/.
  const composed = remapping(result.map, (source) => (source === file || source.endsWith(entry.name) ? tscMap : null));
  writeFileSync(mapFile, JSON.stringify({...composed, file: entry.name}));
  files++;
  saved += code.length - result.code.length;
}
console.log(`Minified the templates of ${files} modules in ${root}/ (${saved} characters fewer).`);
