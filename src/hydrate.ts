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
 * not need it.
 *
 * @module
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
