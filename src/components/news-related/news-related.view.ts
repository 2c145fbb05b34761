/**
 * The templates and styles of `<news-related>`, loaded with the first one on a page: the
 * same list, cards, skeleton and messages as `<news-feed>`.
 */
import {html, nothing} from 'lit';
import {msg} from '@lit/localize';
import type {FeedError, NewsItem} from '../../core/feed.js';
import type {FeedStatus} from '../../controllers/feed-controller.js';
import {renderCards, renderError, renderSkeleton, validLayout} from '../news-feed/feed-view.js';
import {relatedStyles} from './news-related.styles.js';

export {FeedController} from '../../controllers/feed-controller.js';

export const styles = [relatedStyles];

/** What the element shows, as worked out by it. */
export interface RelatedState {
  /** The `heading` property: undefined for the localized default, empty for none. */
  heading?: string;
  /** Level of the heading, 1 to 6. */
  level: number;
  dir: string;
  lang: string;
  layout: string;
  status: FeedStatus;
  error?: FeedError;
  /** The ranked articles, best first. */
  items: readonly NewsItem[];
  /** Skeleton cards while loading. */
  skeleton: number;
  source: string;
  onRetry: () => void;
}

export function renderRelated(state: RelatedState) {
  const heading = state.heading ?? msg('You may also like', {id: 'related.heading', desc: 'Heading above articles related to the one being read'});
  return html`<section part="base" dir=${state.dir} lang=${state.lang} aria-labelledby=${heading ? 'heading' : nothing}>
    ${heading ? html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${state.level}>${heading}</div>` : nothing}
    ${renderBody(state, Math.min(6, state.level + 1))}
  </section>`;
}

function renderBody(state: RelatedState, cardLevel: number) {
  const {status, error} = state;
  const layout = validLayout(state.layout, 'compact');
  if (status === 'loading' || status === 'idle') return renderSkeleton(layout, state.skeleton);
  if (status === 'error' && error) return renderError(error, state.onRetry);
  if (!state.items.length) {
    return html`<p part="status" class="status" role="status">
      ${msg('No other articles yet.', {id: 'related.empty', desc: 'Shown under an article when the feed has no other article to suggest'})}
    </p>`;
  }
  return renderCards(state.items, {layout, cardLevel, source: state.source});
}
