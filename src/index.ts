/**
 * news-widgets: importing this module registers every element and exports the module API.
 */
export {parseFeed, parseFeedText, parseDate, FeedError} from './core/feed.js';
export type {NewsFeed, NewsItem, NewsAuthor, FeedErrorKind} from './core/feed.js';
export {loadFeed, DEFAULT_TIMEOUT} from './core/load.js';
export type {LoadFeedOptions} from './core/load.js';
export {clearFeedCache} from './core/cache.js';
export {setLocale, getLocale, bundledLocales, LOCALE_STORAGE_KEY, onLocaleChange} from './core/locale.js';
export {formatArticleDate} from './core/format.js';
export type {ArticleClickDetail, NewsEventDetails} from './components/base/events.js';
export * from './components/news-article-card/news-article-card.js';
export * from './components/news-feed/news-feed.js';
