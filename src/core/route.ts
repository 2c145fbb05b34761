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
 * tab, see README "Routing clicks in a single-page app") and the article is on the page's own
 * origin. Undefined otherwise: a new tab, another site, or no link. Then don't cancel.
 */
export function articleRoute(event: ArticleClickLike, base: string | undefined = globalThis.location?.href): string | undefined {
  const href = event.detail.item.url;
  if (!event.cancelable || !href || !base) return undefined;
  const url = new URL(href, base);
  if (url.origin !== new URL(base).origin) return undefined;
  return url.pathname + url.search + url.hash;
}
