// Build-time patch of the library's own copy of lit-html (issue 16). lit-html creates a
// Trusted Types policy named `lit-html` when its module loads; on a page whose app already
// made one (without 'allow-duplicates'), or that allows no policy at all, that throws and no
// element is ever defined. The patch makes lit-html take its policy from
// src/core/trusted-types.ts (the library's `news-widgets` policy, `lit-html` only as a
// fallback) and lets a template stay empty instead of throwing where no policy is allowed.
// Home-made because Lit has no option for this, hence a patch; it fails the build loudly when
// Lit's code no longer matches, rather than shipping an unpatched bundle.
import {fileURLToPath} from 'node:url';

const POLICY = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
const TEMPLATE_MARKUP = /(\w+)=(\w+)\.createElement\("template"\);return \1\.innerHTML=(\w+),\1\}/;
const isLitHtml = (id) => /[\\/]lit-html[\\/]lit-html\.js$/.test(id.split('?')[0]);

/** lit-html's production module with its policy and template markup routed through `moduleUrl`. */
export function patchLitHtml(code, moduleUrl) {
  if (!POLICY.test(code) || !TEMPLATE_MARKUP.test(code)) {
    throw new Error('news-widgets: lit-html no longer matches the Trusted Types patch (scripts/trusted-types.mjs); update the patch for this Lit version.');
  }
  return `import {templatePolicy as __newsTemplatePolicy, setTemplateMarkup as __newsSetTemplateMarkup} from ${JSON.stringify(moduleUrl)};\n${code
    .replace(POLICY, '__newsTemplatePolicy()')
    .replace(TEMPLATE_MARKUP, (_, el, doc, markup) => `${el}=${doc}.createElement("template");return __newsSetTemplateMarkup(${el},${markup}),${el}}`)}`;
}

/** For rollup: patches lit-html to import the policy from tsc's output, dist/core/trusted-types.js. */
export function trustedTypesRollup() {
  const moduleUrl = fileURLToPath(new URL('../dist/core/trusted-types.js', import.meta.url));
  return {
    name: 'news-trusted-types',
    transform: (code, id) => (isLitHtml(id) ? {code: patchLitHtml(code, moduleUrl), map: null} : null),
  };
}

/** For @web/dev-server (tests): the same patch, importing the source module by the URL every other module uses. */
export function trustedTypesDevServer() {
  return {
    name: 'news-trusted-types',
    transform: (context) => (isLitHtml(context.path) ? {body: patchLitHtml(context.body, '/src/core/trusted-types.ts')} : undefined),
  };
}
