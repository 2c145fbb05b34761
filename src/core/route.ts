/**
 * What a single-page app needs to route an article click itself, without a DOM: it runs in
 * Node too (the event is only read).
 */
import type {NewsItem} from './model.js';

/** The parts of a `news-article-click` event that `articleRoute` reads. */
export interface ArticleClickLike {
  readonly cancelable: boolean;
  readonly detail: {readonly item: Pick<NewsItem, 'url'>};
}

/**
 * The in-app path (`/world/port?x=1#top`) of the article a reader clicked, when the app may
 * take the click over: the event is cancelable (a plain click on a link that opens in this
 * tab: see the README's "Routing article clicks in a single-page app") and the article is on
 * the page's own origin, under `root`. Undefined otherwise: a new tab, another site, no link,
 * an address or `base` that is no URL, a path outside `root`, or one that starts with `//`,
 * which a router would take for another site's address. Then don't cancel.
 * @param base - The page's address, against which a relative article address is read (default `location.href`; a server's `URL` of the request too).
 * @param root - The path the app is served under (`/news/`: React Router's `basename`, Next.js's `basePath`, Vue Router's `createWebHistory('/news/')`, Angular's `APP_BASE_HREF`), which the router adds itself: the path returned is the one inside it (`/ar/x` for `/news/ar/x`), and an article outside it is the browser's to open. Default `/`, the whole origin.
 */
export function articleRoute(event: ArticleClickLike, base: string | URL | undefined = globalThis.location?.href, root = '/'): string | undefined {
  const href = event.detail.item.url;
  if (!event.cancelable || !href || !base) return undefined;
  try {
    const url = new URL(href, base);
    // `/news`, `news/` and `/news/` are one root, as a path of the page's origin.
    const inside = new URL(root.replace(/\/?$/, '/'), url.origin).pathname;
    if (url.origin !== new URL(base).origin || !`${url.pathname}/`.startsWith(inside)) return undefined;
    const path = `/${url.pathname.slice(inside.length)}`;
    // A path that starts with `//` (written `//` or `/\\` in the feed) is read by routers and
    // `location.assign` as a protocol-relative URL to another site: the browser follows it instead.
    return path.startsWith('//') ? undefined : path + url.search + url.hash;
  } catch {
    // An address that is none (an item built by hand), or a base that is no absolute URL.
    return undefined;
  }
}
