/**
 * news-widgets: importing this module registers every element and exports the module API.
 */
export {parseFeed, parseDate, FeedError} from './core/feed.js';
export type {NewsFeed, NewsItem, NewsAuthor, FeedErrorKind} from './core/feed.js';
export {loadFeed, DEFAULT_TIMEOUT} from './core/load.js';
export type {LoadFeedOptions} from './core/load.js';
export {setLocale, getLocale, bundledLocales, LOCALE_STORAGE_KEY, onLocaleChange} from './core/locale.js';
export {formatArticleDate} from './core/format.js';
export {rankRelated, findItem, DEFAULT_THRESHOLD} from './core/related.js';
export type {RelatedItem, RelatedOptions} from './core/related.js';
export type {ArticleClickDetail, NewsEventDetails} from './components/base/events.js';
export * from './components/news-article-card/news-article-card.js';
export * from './components/news-feed/news-feed.js';
export * from './components/news-related/news-related.js';
