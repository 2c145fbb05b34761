/**
 * The library's Trusted Types policy, shared by everything that needs one, so that it never
 * collides with a policy the host page made and asks the page for as few names as it can.
 *
 * - `DOMParser` (reading RSS, Atom and HTML into inert documents) uses only the
 *   `news-widgets` policy: a host that allows no such name has not allowed the library to
 *   parse markup, and gets plain-text fallbacks instead.
 * - Lit's templates use the same `news-widgets` policy in the library's own bundle
 *   (`news-widgets.min.js` patches its copy of lit-html at build time, see
 *   scripts/trusted-types.mjs), so a host that already made a `lit-html` policy, with or
 *   without `'allow-duplicates'`, is never in the way. Where the page refuses
 *   `news-widgets`, templates fall back to a `lit-html` policy, as unpatched Lit would.
 * - Where the page allows neither (`trusted-types 'none'`), the library says so once in the
 *   console; if the page also requires Trusted Types, the elements render nothing rather
 *   than throw.
 *
 * Every policy here returns markup unchanged: Lit's template strings are the library's own
 * source code, and `DOMParser` documents are inert (never attached, scripts never run).
 */
interface HtmlPolicy {
  createHTML(markup: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: {createHTML(markup: string): string}): HtmlPolicy;
}

const factory = (globalThis as {trustedTypes?: PolicyFactory}).trustedTypes;
let own: HtmlPolicy | null | undefined;
let templates: HtmlPolicy | null | undefined;
let warned = false;

function create(name: string): HtmlPolicy | null {
  try {
    return factory?.createPolicy(name, {createHTML: (markup) => markup}) ?? null;
  } catch {
    // The page's `trusted-types` list does not allow the name, or it exists and duplicates are not allowed.
    return null;
  }
}

function warnOnce() {
  if (warned || !factory) return;
  warned = true;
  console.warn(
    "news-widgets: this page's Content-Security-Policy allows no Trusted Types policy for the library (neither `news-widgets` nor `lit-html`). " +
      "Where it also requires Trusted Types (require-trusted-types-for 'script'), the elements render nothing. Add `news-widgets` to its trusted-types list.",
  );
}

/**
 * The `news-widgets` policy, for `DOMParser`; null where the page does not allow it (or has no
 * Trusted Types). Asked for once: each refusal is a violation the page reports.
 */
export function parserPolicy(): HtmlPolicy | null {
  if (own === undefined) own = create('news-widgets');
  return own;
}

/**
 * The policy for Lit's templates in the library's bundle: `news-widgets`, else `lit-html`,
 * else undefined (Lit then passes strings, which works wherever Trusted Types are not required).
 * Called only by the bundle's patched lit-html (scripts/trusted-types.mjs), as is
 * {@link setTemplateMarkup}: nothing in src imports either.
 */
export function templatePolicy(): HtmlPolicy | undefined {
  if (templates === undefined) {
    templates = parserPolicy() ?? create('lit-html');
    if (!templates) warnOnce();
  }
  return templates ?? undefined;
}

/**
 * Sets a `<template>`'s markup for Lit (the bundle's patched lit-html calls it). Where the
 * page requires Trusted Types but allowed no policy, the template stays empty (a comment
 * stands in for the wrapper Lit unwraps in SVG templates), so the element renders nothing
 * instead of throwing in every update.
 */
export function setTemplateMarkup(template: HTMLTemplateElement, markup: unknown): void {
  try {
    template.innerHTML = markup as string;
  } catch {
    warnOnce();
    template.content.replaceChildren(template.ownerDocument.createComment(''));
  }
}
