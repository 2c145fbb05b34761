/**
 * The pieces of a list of articles that `<news-feed>` and `<news-related>` both render:
 * the cards, the loading skeleton and the error message. Their styles are `feedStyles`.
 */
import {html} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {msg, str} from '@lit/localize';
import type {FeedError, NewsItem} from '../../core/feed.js';
import type {CardVariant} from '../news-article-card/news-article-card.component.js';

export type FeedLayout = 'grid' | 'list' | 'compact';
const CARD_VARIANT: Record<FeedLayout, CardVariant> = {grid: 'vertical', list: 'horizontal', compact: 'compact'};
const CARD_PARTS = ['base', 'image', 'headline', 'link', 'summary', 'meta', 'date', 'author', 'reading-time', 'tags']
  .map((part) => `${part}: card-${part}`)
  .join(', ');

/** `layout` when it is a known one, else `fallback`. */
export const validLayout = (layout: string, fallback: FeedLayout): FeedLayout => (layout in CARD_VARIANT ? (layout as FeedLayout) : fallback);

/** The localized words for what went wrong; the page owner's details are in the event and console. */
export function feedErrorText(error: FeedError): string {
  switch (error.kind) {
    case 'network':
      return msg('We couldn’t load the latest articles. Check your connection and try again.', {id: 'feed.error.network'});
    case 'timeout':
      return msg('The news feed is taking too long to answer. Please try again in a moment.', {id: 'feed.error.timeout'});
    case 'http':
      return msg(str`The news feed is unavailable right now (error ${error.status ?? ''}).`, {id: 'feed.error.http'});
    default:
      return msg('This news feed can’t be read: it isn’t in a format we understand.', {id: 'feed.error.format'});
  }
}

/** The list of cards (part `list`, each card part `card` with its parts exported as `card-*`). */
export function renderCards(items: readonly NewsItem[], {layout, cardLevel, source}: {layout: FeedLayout; cardLevel: number; source: string}) {
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

// Elements that show articles announce changes of what they show here, so that
// `<news-related exclude-shown>` can avoid repeating them; nothing outside the library listens.
const shownChanges = new EventTarget();

/** Says that the articles an element shows have changed. */
export function announceShown(): void {
  shownChanges.dispatchEvent(new Event('change'));
}

/** Calls `listener` whenever an element announces a change of what it shows; returns a function that stops it. */
export function onShownChange(listener: () => void): () => void {
  shownChanges.addEventListener('change', listener);
  return () => shownChanges.removeEventListener('change', listener);
}
