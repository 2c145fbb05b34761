/**
 * The pieces of a list of articles that the views of `<news-feed>` and `<news-related>` both
 * render: the cards, the loading skeleton and the error message. Their styles are `feedStyles`.
 */
import {html} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg} from '@lit/localize';
import type {FeedError, NewsItem} from '../../core/feed.js';
import type {CardVariant} from '../news-article-card/news-article-card.component.js';
import {feedErrorText} from './feed-shared.js';

export type FeedLayout = 'grid' | 'list' | 'compact';
const CARD_VARIANT: Record<FeedLayout, CardVariant> = {grid: 'vertical', list: 'horizontal', compact: 'compact'};
const CARD_PARTS = ['base', 'image', 'headline', 'link', 'summary', 'meta', 'date', 'author', 'reading-time', 'tags']
  .map((part) => `${part}: card-${part}`)
  .join(', ');

/** `layout` when it is a known one, else `fallback`. */
export const validLayout = (layout: string, fallback: FeedLayout): FeedLayout => (layout in CARD_VARIANT ? (layout as FeedLayout) : fallback);

/**
 * The list of cards (part `list`, each card part `card` with its parts exported as `card-*`).
 * With `priority`, the first card's image loads at once and ahead of others (it is likely the
 * largest thing on screen).
 */
export function renderCards(
  items: readonly NewsItem[],
  {layout, cardLevel, source, priority = false}: {layout: FeedLayout; cardLevel: number; source: string; priority?: boolean},
) {
  return html`<ul part="list" class="list layout-${layout}">
    ${repeat(
      items,
      (item) => item.id,
      (item, index) =>
        html`<li>
          <news-article-card
            part="card"
            exportparts=${CARD_PARTS}
            .item=${item}
            .position=${index + 1}
            .source=${source}
            variant=${CARD_VARIANT[layout]}
            heading-level=${cardLevel}
            image-priority=${index === 0 && priority ? 'high' : 'auto'}
          ></news-article-card>
        </li>`,
    )}
  </ul>`;
}

/** Placeholder cards while the feed loads (`aria-busy`), with a status for screen readers. */
export function renderSkeleton(layout: FeedLayout, count: number) {
  return html`<ul part="list" class="list layout-${layout}" aria-busy="true">
      ${Array.from(
        {length: count},
        () =>
          html`<li class="skeleton" aria-hidden="true">
            <div class="block image"></div>
            <div class="block line"></div>
            <div class="block line short"></div>
          </li>`,
      )}
    </ul>
    <p class="visually-hidden" role="status">${msg('Loading articles…', {id: 'feed.loading'})}</p>`;
}

/** The error message (part `status`) with its Retry button (part `retry`). */
export function renderError(error: FeedError, onRetry: () => void) {
  return html`<div part="status" class="status error" role="alert">
    <p>${feedErrorText(error)}</p>
    <button part="retry" type="button" @click=${onRetry}>${msg('Retry', {id: 'feed.retry'})}</button>
  </div>`;
}
