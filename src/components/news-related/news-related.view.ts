/**
 * The templates and styles of `<news-related>`, loaded with the first one on a page: the
 * same list, cards, skeleton and messages as `<news-feed>`.
 */
import {msg} from '@lit/localize';
import type {NewsItem} from '../../core/feed.js';
import {renderCards, renderEmpty, renderLoadState, renderSection, validLayout, type ListFrame} from '../news-feed/feed-view.js';
import {relatedStyles} from './news-related.styles.js';

export {FeedController} from '../../controllers/feed-controller.js';

export const styles = [relatedStyles];

/** What the element shows, as worked out by it. */
export interface RelatedState extends ListFrame {
  /** The `heading` property: undefined for the localized default, empty for none. */
  heading?: string;
  layout: string;
  /** The ranked articles, best first. */
  items: readonly NewsItem[];
  source: string;
}

export function renderRelated(state: RelatedState) {
  const heading = state.heading ?? msg('You may also like', {id: 'related.heading', desc: 'Heading above articles related to the one being read'});
  return renderSection(state, heading, renderBody(state));
}

function renderBody(state: RelatedState) {
  const layout = validLayout(state.layout, 'compact');
  const pending = renderLoadState(state, layout);
  if (pending) return pending;
  if (!state.items.length) {
    return renderEmpty(msg('No other articles yet.', {id: 'related.empty', desc: 'Shown under an article when the feed has no other article to suggest'}));
  }
  return renderCards(state.items, {layout, cardLevel: Math.min(6, state.level + 1), source: state.source});
}
