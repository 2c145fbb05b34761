// The CDN build for site owners: dist/news-widgets.min.js is the loader (src/loader.ts), which
// defines each element on first sight; every element, the network code and each locale
// catalog are sibling chunks loaded on demand.
// Input is tsc's output (npm run build runs tsc first), so types and per-module ESM come
// from tsc and this file only bundles. Its templates are minified already
// (scripts/minify-templates.mjs), the same in the npm package as here, so the server's
// templates and the CDN build's match for hydration.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {elementChunks} from './scripts/rollup-element-chunks.mjs';
import {preloadMap} from './scripts/rollup-preload-map.mjs';
import {thirdPartyNotices} from './scripts/rollup-notices.mjs';
import {trustedTypesRollup} from './scripts/trusted-types.mjs';

/** Drops the `desc` of msg() calls: notes for translators, read by the extractor, unused at run time. */
function stripMessageNotes() {
  return {
    name: 'strip-message-notes',
    transform(code) {
      if (!code.includes('desc:')) return null;
      return {code: code.replace(/,\s*desc:\s*(['"])(?:\\.|(?!\1)[^\\])*\1/g, ''), map: null};
    },
  };
}

/**
 * Leaves out @lit/localize's hashing of message templates, which names a message that has no
 * id: every msg() here has one (eslint.config.mjs checks), so the hash never runs, and its
 * code (about 0.2 kB gzip) would ride in the chunk every page loads. The build fails when the
 * module is not where this expects it (after an upgrade of @lit/localize), rather than
 * quietly keeping it.
 */
function noMessageHashing() {
  const STUB = '\0news-widgets:no-message-hashing';
  let replaced = false;
  return {
    name: 'no-message-hashing',
    resolveId(source, importer) {
      if (source !== './id-generation.js' || !importer?.includes('/@lit/localize/internal/')) return null;
      replaced = true;
      return STUB;
    },
    load(id) {
      if (id !== STUB) return null;
      return "export function generateMsgId() { throw new Error('news-widgets: a msg() without an id'); }";
    },
    buildEnd(error) {
      if (!error && !replaced) this.error('@lit/localize/internal/id-generation.js was not imported where expected: update noMessageHashing() in rollup.config.mjs');
    },
  };
}

/**
 * One copy of TypeScript's `__decorate` helper for the whole build instead of one in each
 * element's module (tsc writes it into every file with decorators): what `importHelpers`
 * with tslib would do, without adding tslib to the package's dependencies. The npm package
 * keeps tsc's output as it is. The build fails if an element's module uses `__decorate`
 * without tsc's helper where this expects it, rather than keeping a copy unnoticed.
 */
function sharedDecorateHelper() {
  const ID = '\0news-widgets:decorate';
  let helper;
  return {
    name: 'shared-decorate-helper',
    resolveId: (source) => (source === ID ? ID : null),
    load: (id) => (id === ID ? `${helper}\nexport {__decorate};` : null),
    transform(code, id) {
      if (!code.includes('__decorate(')) return null;
      const found = /^var __decorate = \(this && this\.__decorate\) \|\| function [^]*?\n};\n/.exec(code);
      if (!found) this.error(`${id} calls __decorate without tsc's helper at its top: update sharedDecorateHelper() in rollup.config.mjs`);
      helper ??= found[0].replace('(this && this.__decorate) || ', '');
      // The helper's lines become blank lines: the module's other lines keep their numbers, so
      // its source map stays right.
      const blank = '\n'.repeat(found[0].split('\n').length - 1);
      return {code: `import {__decorate} from '${ID}';${blank}${code.slice(found[0].length)}`, map: null};
    },
  };
}

/**
 * Tamazight's catalog and the date names the library carries for it (core/carry-zgh.ts) in one
 * chunk: a zgh page asks for both with the catalog's preload, in one request.
 */
function withTamazightNames(chunks) {
  const tamazight = /[\\/](?:generated[\\/]locales[\\/]zgh|core[\\/]carry-zgh|core[\\/]zgh)\.js$/;
  return (id, api) => (tamazight.test(id) ? 'zgh' : chunks(id, api));
}

export default {
  input: {'news-widgets.min': 'dist/loader.js'},
  // The entry chunk may export what locale chunks import from it, so no facade chunk is needed.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'news-widgets-[name]-[hash].min.js',
    // A feed element's network code loads with it: the loader starts its request at once.
    manualChunks: withTamazightNames(elementChunks({entry: 'dist/loader.js', carry: {'dist/core/fetch-feed.js': ['news-feed', 'news-related']}, hydration: 'dist/hydrate.js'})),
    sourcemap: true,
  },
  // @lit/localize's package index re-exports its runtime mode, whose module makes a resolved
  // `Deferred` for its own state when it loads: nothing outside the module sees it, and the
  // library uses the reentrant mode, so the module goes when none of its exports is used.
  treeshake: {moduleSideEffects: (id) => !id.endsWith('/@lit/localize/init/runtime.js')},
  plugins: [
    nodeResolve({exportConditions: ['production']}),
    // lit-html's Trusted Types policy comes from the library's own (issue 16): see the file.
    trustedTypesRollup(),
    stripMessageNotes(),
    noMessageHashing(),
    sharedDecorateHelper(),
    preloadMap({root: 'dist'}),
    // The licences of the code the bundle carries (terser drops its comments) and of CLDR's data.
    thirdPartyNotices({
      intro: 'news-widgets (MIT, see LICENSE) carries code and data of the following, under their licences.',
      extra: [{title: "Unicode CLDR 48 data (Standard Moroccan Tamazight's month and weekday names, src/core/zgh.ts)", file: 'licenses/Unicode-3.0.txt'}],
    }),
    // hoist_funs: function declarations first in their scope (as JS evaluates them anyway), which
    // gzip finds more repeats in; unsafe_arrows/unsafe_methods: no function expression or object
    // method here is called with `new`; keep_fargs: false, no code here reads a function's `length`.
    terser({
      ecma: 2022,
      module: true,
      format: {comments: false},
      compress: {passes: 3, hoist_funs: true, unsafe_arrows: true, unsafe_methods: true, keep_fargs: false},
    }),
  ],
  onwarn(warning, warn) {
    // An import cycle fails the build (issue 11): cycles tie modules that should stand apart
    // and make evaluation order fragile. scripts/check-cycles.mjs checks every file of src/.
    if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(`Import cycle: ${warning.message}`);
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
