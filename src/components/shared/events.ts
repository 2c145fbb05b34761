import type {FeedError, NewsFeed, NewsItem} from '../../core/model.js';
import type {Weather, WeatherError} from '../../core/weather.js';

/** Detail of `news-article-click`: which article, where it sat, and which element showed it. */
export interface ArticleClickDetail {
  item: NewsItem;
  /** 1-based position of the card in its list (0 for a card on its own). */
  position: number;
  /** Tag name of the element that rendered the card (`news-feed`, `news-related`, `news-article-card`). */
  source: string;
}

/** Every event the library fires, by name, with its detail. */
export interface NewsEventDetails {
  'news-feed-load': {feed: NewsFeed};
  'news-feed-error': {error: FeedError};
  /**
   * Cancelable for a plain click on a link that opens in this tab: cancelling it cancels the
   * link's navigation, so a single-page app can route itself (`articleRoute`). With a
   * modifier key (new tab, new window, download) or a `target` other than `_self`, it fires
   * but is not cancelable: the browser does what the reader asked.
   */
  'news-article-click': ArticleClickDetail;
  /** Cancelable: a reader picked `locale` in a language switcher; cancelling keeps the current one. */
  'news-locale-change': {locale: string};
  'news-weather-load': {weather: Weather};
  'news-weather-error': {error: WeatherError};
}

/** Detail of `news-locale-ready` (on `window`): the locale now active, as a full tag. */
export interface LocaleReadyDetail {
  locale: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-feed-load': CustomEvent<NewsEventDetails['news-feed-load']>;
    'news-feed-error': CustomEvent<NewsEventDetails['news-feed-error']>;
    'news-article-click': CustomEvent<NewsEventDetails['news-article-click']>;
    'news-locale-change': CustomEvent<NewsEventDetails['news-locale-change']>;
    'news-weather-load': CustomEvent<NewsEventDetails['news-weather-load']>;
    'news-weather-error': CustomEvent<NewsEventDetails['news-weather-error']>;
  }
  interface WindowEventMap {
    'news-locale-ready': CustomEvent<LocaleReadyDetail>;
  }
}
