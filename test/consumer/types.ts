// Type-checks a consumer's use of the published types.
import {NewsFeedElement, articleRoute, loadFeed, parseFeedText, type FeedInput, type NewsItem} from 'news-widgets';
import {articleRoute as routeAlone} from 'news-widgets/route.js';
import {templates as arabic} from 'news-widgets/locales/ar.js';
import 'news-widgets/news-article-card.js';
import {discover, parseFeed as parseFeedOnDemand, parseFeedText as parseTextOnDemand, type CardVariant, type FeedLayout, type SwitcherVariant, type ZonelessDate} from 'news-widgets/news-widgets.min.js';

const feed = document.createElement('news-feed');
feed.limit = 3;
feed.layout = 'compact';
const card = document.querySelector('news-article-card');
if (card) card.variant = 'hero';
feed.addEventListener('news-article-click', (event) => {
  const item: NewsItem = event.detail.item;
  console.log(item.title, event.detail.position);
  const path: string | undefined = articleRoute(event);
  if (path) event.preventDefault();
  // The router's entry: the same function, the same types.
  const alone: typeof path = routeAlone(event, new URL(location.href));
  console.log(alone === path);
});
// A host app's @lit/localize merges the library's catalog into its own.
export const merged = {...arabic, 'host.greeting': 'مرحبا'};
export const check: Promise<boolean> = loadFeed('/feed.json').then((f) => f.items.length > 0 && feed instanceof NewsFeedElement);

// The CDN loader's types: the on-demand functions return promises.
discover(document);
// Its types name the elements' option values as the npm entry's do.
export const options: [CardVariant, FeedLayout, SwitcherVariant] = ['hero', 'compact', 'menu'];
export const viaLoader: Promise<number> = parseFeedOnDemand({items: []}).then((f) => f.items.length);
// A date written without a zone, as the data shapes name it (a Date: inZone reads it).
export const zoneless: Date | undefined = undefined as ZonelessDate | undefined;
// A feed's bytes as a fetch answer gives them, with the charset they were served with.
export const fromBytes = fetch('/feed.xml').then(async (answer) => parseFeedText(await answer.arrayBuffer(), answer.url, {contentType: answer.headers.get('Content-Type')}));
export const bytesViaLoader: Promise<unknown> = parseTextOnDemand(new Uint8Array(0) satisfies FeedInput);
