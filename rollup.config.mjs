// The one-file bundle for site owners: dist/news-widgets.min.js registers every element
// and exports the module API; each locale catalog is a sibling chunk loaded on demand.
// Input is tsc's output (npm run build runs tsc first), so types and per-module ESM come
// from tsc and this file only bundles.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {trustedTypesRollup} from './scripts/trusted-types.mjs';

/**
 * Minifies the CSS inside Lit's css`…` templates (terser leaves template text alone):
 * comments and whitespace go. Templates with `${}` interpolations are left as they are.
 */
function minifyLitCss() {
  const minify = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-lit-css',
    transform(code) {
      if (!/\bcss ?`/.test(code)) return null;
      return {code: code.replace(/\bcss ?`([^`$]*)`/g, (_, text) => `css\`${minify(text)}\``), map: null};
    },
  };
}

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

export default {
  input: {'news-widgets.min': 'dist/index.js'},
  // The entry chunk may export what locale chunks import from it, so no facade chunk is needed.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'news-widgets-[name]-[hash].min.js',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({exportConditions: ['production']}),
    // lit-html's Trusted Types policy comes from the library's own (issue 16): see the file.
    trustedTypesRollup(),
    minifyLitCss(),
    stripMessageNotes(),
    terser({ecma: 2022, module: true, format: {comments: false}, compress: {passes: 2}}),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
