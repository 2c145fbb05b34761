// Type-checks a consumer's use of the published types.
import {NewsFeedElement, loadFeed, type NewsItem} from 'news-widgets';
import 'news-widgets/news-article-card.js';
import {discover, parseFeed as parseFeedOnDemand} from 'news-widgets/news-widgets.min.js';

const feed = document.createElement('news-feed');
feed.limit = 3;
feed.layout = 'compact';
const card = document.querySelector('news-article-card');
if (card) card.variant = 'hero';
feed.addEventListener('news-article-click', (event) => {
  const item: NewsItem = event.detail.item;
  console.log(item.title, event.detail.position);
});
export const check: Promise<boolean> = loadFeed('/feed.json').then((f) => f.items.length > 0 && feed instanceof NewsFeedElement);

// The CDN loader's types: the on-demand functions return promises.
discover(document);
export const viaLoader: Promise<number> = parseFeedOnDemand({items: []}).then((f) => f.items.length);
