/**
 * The templates and styles of `<news-feed>`, loaded with the first feed on a page. The
 * element works out what to show (status, matching and revealed articles) and hands it here.
 */
import {html, nothing} from 'lit';
import {msg, str} from '@lit/localize';
import type {FeedError, NewsItem} from '../../core/feed.js';
import {plural} from '../../core/count.js';
import {feedErrorText} from './feed-shared.js';
import {renderCards, renderEmpty, renderLoadState, renderSection, validLayout, type ListFrame} from './feed-view.js';
import {feedStyles} from './news-feed.styles.js';

export {FeedController} from '../../controllers/feed-controller.js';

export const styles = [feedStyles];

/** What a feed shows, as worked out by the element. */
export interface FeedState extends ListFrame {
  /** The `heading` property: undefined for the localized default, empty for none. */
  heading?: string;
  /** The active locale, for plurals. */
  tag: string;
  layout: string;
  /** The articles matching `filter`, and those of them revealed so far. */
  items: readonly NewsItem[];
  shown: readonly NewsItem[];
  filter?: string;
  /** Whether "Load more" has more to reveal or fetch. */
  more: boolean;
  loadingMore: boolean;
  moreError?: FeedError;
  newCount: number;
  source: string;
  onLoadMore: () => void;
}

export function renderFeed(state: FeedState) {
  const heading = state.heading ?? msg('Latest articles', {id: 'feed.heading'});
  return renderSection(
    state,
    heading,
    html`${renderBody(state)}
      <p class="visually-hidden" role="status">${state.newCount ? newArticlesText(state.newCount, state.tag) : nothing}</p>`,
  );
}

function renderBody(state: FeedState) {
  const layout = validLayout(state.layout, 'grid');
  const pending = renderLoadState(state, layout);
  if (pending) return pending;
  if (!state.items.length) {
    return renderEmpty(
      state.filter
        ? msg(str`No articles about “${state.filter}” yet.`, {id: 'feed.empty.tag'})
        : msg('No articles yet. Please check back soon.', {id: 'feed.empty'}),
    );
  }
  const cardLevel = Math.min(6, state.level + 1);
  return html`${renderCards(state.shown, {layout, cardLevel, source: state.source, priority: true})} ${renderMore(state)}`;
}

function renderMore({more, loadingMore, moreError, onLoadMore}: FeedState) {
  if (!more && !moreError) return nothing;
  return html`<div class="more">
    ${moreError ? html`<p part="status" role="alert">${feedErrorText(moreError)}</p>` : nothing}
    <button part="load-more" type="button" aria-disabled=${loadingMore ? 'true' : 'false'} @click=${onLoadMore}>
      ${loadingMore ? msg('Loading…', {id: 'feed.loading-more'}) : msg('Load more', {id: 'feed.load-more'})}
    </button>
  </div>`;
}

/** "3 new articles", in every plural form of the locale `tag` (Arabic has six). */
export function newArticlesText(count: number, tag: string): string {
  return plural(count, tag, {
    zero: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.zero', desc: 'Announced to screen readers when a refresh brings new articles; plural form “zero”'}),
    one: (n) => msg(str`${n} new article`, {id: 'feed.new-articles.one', desc: 'Announced to screen readers when a refresh brings new articles; plural form “one”'}),
    two: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.two', desc: 'Announced to screen readers when a refresh brings new articles; plural form “two”'}),
    few: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.few', desc: 'Announced to screen readers when a refresh brings new articles; plural form “few”'}),
    many: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.many', desc: 'Announced to screen readers when a refresh brings new articles; plural form “many”'}),
    other: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.other', desc: 'Announced to screen readers when a refresh brings new articles; plural form “other”'}),
  });
}
