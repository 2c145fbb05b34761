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
 * the page's own origin. Undefined otherwise: a new tab, another site, no link, an address or
 * `base` that is no URL, or a path that starts with `//`, which a router would take for another
 * site's address. Then don't cancel.
 */
export function articleRoute(event: ArticleClickLike, base: string | undefined = globalThis.location?.href): string | undefined {
  const href = event.detail.item.url;
  if (!event.cancelable || !href || !base) return undefined;
  try {
    const url = new URL(href, base);
    // A path that starts with `//` (written `//` or `/\\` in the feed) is read by routers and
    // `location.assign` as a protocol-relative URL to another site: the browser follows it instead.
    if (url.origin !== new URL(base).origin || url.pathname.startsWith('//')) return undefined;
    return url.pathname + url.search + url.hash;
  } catch {
    // An address that is none (an item built by hand), or a base that is no absolute URL.
    return undefined;
  }
}
