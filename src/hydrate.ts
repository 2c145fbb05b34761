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
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';

// The support module hands LitElement a patch that LitElement applies when it loads after
// it (an npm page that imports this first). In the CDN build, Lit is in the chunk every
// element shares, so it may have loaded already (an element rendered on the client came
// first): then apply the patch here, before the loader defines a server-rendered element.
// A patched LitElement has its own `observedAttributes` (it adds `defer-hydration`).
const patch = (globalThis as {litElementHydrateSupport?: (lit: {LitElement: typeof LitElement}) => void}).litElementHydrateSupport;
if (patch && !Object.hasOwn(LitElement, 'observedAttributes')) patch({LitElement});
