/**
 * React wrappers (`news-widgets/react`): typed props, and `on…` callbacks for the
 * library's events. Importing this module registers the elements it wraps.
 *
 * ```tsx
 * import {NewsFeed} from 'news-widgets/react';
 * <NewsFeed src="/feeds/latest.json" limit={6} onNewsArticleClick={(e) => track(e.detail)} />
 * ```
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import type {NewsEventDetails} from '../components/shared/events.js';
import {NewsArticleCardElement} from '../components/news-article-card/news-article-card.js';
import {NewsFeedElement} from '../components/news-feed/news-feed.js';
import {NewsHeaderBarElement} from '../components/news-header-bar/news-header-bar.js';
import {NewsLanguageSwitcherElement} from '../components/news-language-switcher/news-language-switcher.js';
import {NewsRelatedElement} from '../components/news-related/news-related.js';

type Event<K extends keyof NewsEventDetails> = EventName<CustomEvent<NewsEventDetails[K]>>;

const feedEvents = {
  onNewsFeedLoad: 'news-feed-load' as Event<'news-feed-load'>,
  onNewsFeedError: 'news-feed-error' as Event<'news-feed-error'>,
  onNewsArticleClick: 'news-article-click' as Event<'news-article-click'>,
};

/** `<news-feed>` for React. */
export const NewsFeed = createComponent({react: React, tagName: 'news-feed', elementClass: NewsFeedElement, events: feedEvents});

/** `<news-article-card>` for React. */
export const NewsArticleCard = createComponent({
  react: React,
  tagName: 'news-article-card',
  elementClass: NewsArticleCardElement,
  events: {onNewsArticleClick: feedEvents.onNewsArticleClick},
});

/** `<news-language-switcher>` for React; `onNewsLocaleChange` may call `preventDefault()` to veto a switch. */
export const NewsLanguageSwitcher = createComponent({
  react: React,
  tagName: 'news-language-switcher',
  elementClass: NewsLanguageSwitcherElement,
  events: {onNewsLocaleChange: 'news-locale-change' as Event<'news-locale-change'>},
});

/** `<news-header-bar>` for React. */
export const NewsHeaderBar = createComponent({
  react: React,
  tagName: 'news-header-bar',
  elementClass: NewsHeaderBarElement,
  events: {
    onNewsWeatherLoad: 'news-weather-load' as Event<'news-weather-load'>,
    onNewsWeatherError: 'news-weather-error' as Event<'news-weather-error'>,
  },
});

/** `<news-related>` for React. */
export const NewsRelated = createComponent({react: React, tagName: 'news-related', elementClass: NewsRelatedElement, events: feedEvents});

type ElementProps<E extends HTMLElement, K extends keyof E> = React.DetailedHTMLProps<React.HTMLAttributes<E>, E> & Partial<Pick<E, K>>;

/** JSX typings for using the elements directly (`<news-feed src="…">`) in React. */
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-feed': ElementProps<NewsFeedElement, 'src' | 'feed' | 'limit' | 'layout' | 'heading' | 'headingLevel' | 'tag' | 'refresh'>;
      'news-article-card': ElementProps<
        NewsArticleCardElement,
        'item' | 'href' | 'headline' | 'summary' | 'image' | 'imageAlt' | 'date' | 'author' | 'variant' | 'headingLevel' | 'target'
      >;
      'news-header-bar': ElementProps<
        NewsHeaderBarElement,
        'timezone' | 'city' | 'latitude' | 'longitude' | 'weatherSrc' | 'weather' | 'units' | 'weatherRefresh'
      >;
      'news-related': ElementProps<
        NewsRelatedElement,
        'src' | 'feed' | 'current' | 'limit' | 'layout' | 'heading' | 'headingLevel' | 'excludeShown'
      >;
      'news-language-switcher': ElementProps<NewsLanguageSwitcherElement, 'locales' | 'variant' | 'hrefTemplate' | 'persist'>;
    }
  }
}
