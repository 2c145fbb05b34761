/**
 * Hydration of server-rendered elements. Import this module **before** any element (and
 * before anything else that imports `lit`) on a page whose `news-*` elements came from the
 * server (`@lit-labs/ssr`, declarative shadow DOM):
 *
 * ```js
 * import 'news-widgets/hydrate.js';
 * import 'news-widgets/news-feed.js';
 * ```
 *
 * Each element then takes over its server-rendered shadow root (same nodes, no flash, no
 * layout shift) instead of rendering it again. Elements fed through properties (`.item`,
 * `.feed`, `.weather`) must get the same data in the browser before their code loads, so
 * the first render matches what the server sent. Pages without server-rendered elements do
 * not need it. The CDN loader (`news-widgets.min.js`) loads it by itself when it finds a
 * server-rendered element.
 *
 * An element the server rendered in another language than the reader's (a reader who chose
 * French in place, on an Arabic page rendered in Arabic) renders again from nothing, in the
 * reader's language, once hydrated: hydration takes the server's nodes as they are, so every
 * word and `lang` in them would otherwise stay in the server's language until its value next
 * changed. So does one whose dates the browser writes otherwise: the server's day is not the
 * reader's (no `timezone`, and the reader in Tokyo past midnight), or the page was cached (an
 * hour later, "3 hours ago" is "4 hours ago"); a header bar would otherwise show yesterday
 * until midnight. The server's words show until then, as they do without JavaScript; a reader's
 * focus in the element (a link focused before the code arrived) moves to the same place in
 * the new nodes.
 *
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement, nothing, render, type PropertyValues} from 'lit';
import {NewsElement} from './components/shared/news-element.js';
import {getCatalogLocale} from './core/locale.js';

// The support module hands LitElement a patch that LitElement applies when it loads after
// it: on an npm page that imports this first, or one that imported the support module
// itself before Lit (as Lit's server rendering guide and framework integrations do). When Lit
// had loaded before it (in the CDN build, from the chunk every element shares), apply the
// patch here, before the loader defines a server-rendered element. A patched class observes
// `defer-hydration`, the attribute the support handles; patching twice would throw.
const support = (globalThis as {litElementHydrateSupport?: (lit: {LitElement: typeof LitElement}) => void}).litElementHydrateSupport;
if (!NewsElement.observedAttributes.includes('defer-hydration')) support?.({LitElement});

/** The first rendering of an element the server wrote in another language, or with other dates, goes again: see above. */
const prototype = NewsElement.prototype as unknown as {update(this: NewsElement, changed: PropertyValues): void};
const {update} = prototype;
prototype.update = function (changed) {
  const server = this.hasUpdated ? undefined : serverLanguage(this.shadowRoot);
  update.call(this, changed);
  // An element its parent has just taken off the page this way (a card of a feed rendering
  // again) does not render again itself.
  if (server === undefined || !this.isConnected || (server === getCatalogLocale() && !otherDates(this))) return;
  const focus = focusPath(this.shadowRoot!);
  render(nothing, this.renderRoot, this.renderOptions);
  this.requestUpdate();
  if (focus.length) void this.updateComplete.then(() => refocus(this.shadowRoot!, focus));
};

/**
 * The interface language of a shadow root the server rendered (its first `lang`: every element
 * renders its frame with the interface's), or undefined for one not rendered yet.
 */
function serverLanguage(root: ShadowRoot | null): string | undefined {
  return root?.hasChildNodes() ? (root.querySelector('[lang]')?.getAttribute('lang') ?? undefined) : undefined;
}

/** Each dated `time` in `root` (a card without a date has one with neither): its `datetime` and its text. */
const datesIn = (root: ParentNode) => [...root.querySelectorAll('time[datetime]')].map((time) => `${time.getAttribute('datetime')} ${time.textContent}`).join('\n');

/**
 * Whether the dates `element` shows, as the server wrote them, are not the ones it writes
 * now: its template rendered again apart (only for an element with dates of its own: a card,
 * a header bar), whose `time` elements are compared with the server's.
 */
function otherDates(element: NewsElement): boolean {
  const shown = datesIn(element.shadowRoot!);
  if (!shown) return false;
  const apart = document.createDocumentFragment();
  render((element as unknown as {render(): unknown}).render(), apart, {host: element});
  return datesIn(apart) !== shown;
}

/**
 * Where the focus is inside `root`: for each shadow root on the way down to the focused
 * element (a feed's card, then the card's link), a selector (tag and part) and the index of
 * the element among those it matches. Empty when the focus is elsewhere.
 */
function focusPath(root: ShadowRoot): [string, number][] {
  const path: [string, number][] = [];
  for (let scope: ShadowRoot | null = root, el; (el = scope?.activeElement); scope = el.shadowRoot) {
    const part = el.getAttribute('part');
    const selector = part ? `${el.localName}[part="${CSS.escape(part)}"]` : el.localName;
    path.push([selector, [...scope.querySelectorAll(selector)].indexOf(el)]);
  }
  return path;
}

/** Focuses the element at `path` in `root`, once each element on the way has rendered, unless the reader has focused something since. */
async function refocus(root: ShadowRoot, path: [string, number][]): Promise<void> {
  let el: Element | undefined;
  for (const [selector, index] of path) {
    if (el) await (el as Partial<LitElement>).updateComplete;
    el = (el ? el.shadowRoot : root)?.querySelectorAll(selector)[index];
    if (!el) return;
  }
  if (document.activeElement === document.body || !document.activeElement) (el as HTMLElement).focus({preventScroll: true});
}
