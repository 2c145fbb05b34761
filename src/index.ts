/**
 * news-widgets: importing this module registers every element and exports the module API.
 */
import {installEntityTable} from './core/entity-table.js';
// The module API formats synchronously: Tamazight's date names come with it (elements alone load them with its catalog).
import './core/carry-zgh.js';

// parseFeed reads synchronously: it decodes every name of HTML 4 from the start.
installEntityTable();

export {parseFeed, parseFeedText, FeedError} from './core/feed.js';
export {parseDate} from './core/feed-dates.js';
export type {NewsFeed, NewsItem, NewsAuthor, FeedErrorKind, FeedInput, ParseFeedOptions} from './core/feed.js';
export {loadFeed, DEFAULT_TIMEOUT} from './core/load.js';
export type {LoadFeedOptions} from './core/load.js';
export {clearFeedCache} from './core/cache.js';
export {articleRoute} from './core/route.js';
export type {ArticleClickLike} from './core/route.js';
export * from './locale-api.js';
export {plural, pluralCategory, formatCount} from './core/count.js';
export type {PluralForms, PluralCategory} from './core/count.js';
export {formatArticleDate, formatFullDate} from './core/format.js';
export {inZone} from './core/timezone.js';
export type {ZonelessDate} from './core/dates.js';
export type {DateOptions} from './core/format.js';
export {formatHijriDate, hijriOffset} from './core/hijri.js';
export type {HijriCalendar, HijriOptions} from './core/hijri.js';
export {rankRelated, findItem, DEFAULT_THRESHOLD} from './core/related.js';
export type {RelatedItem, RelatedOptions} from './core/related.js';
// The weather code loads lazily with <news-header-bar>: only its types, and its error's small class, are exported here.
export type {TemperatureUnit, Weather, WeatherCondition} from './core/weather.js';
export type {WrittenNumber} from './core/written-number.js';
export {WeatherError, type WeatherErrorKind} from './core/weather-error.js';
export type {ArticleClickDetail, LocaleReadyDetail, NewsEventDetails} from './components/shared/events.js';
export * from './components/news-article-card/news-article-card.js';
export * from './components/news-feed/news-feed.js';
export * from './components/news-header-bar/news-header-bar.js';
export * from './components/news-language-switcher/news-language-switcher.js';
export * from './components/news-related/news-related.js';
