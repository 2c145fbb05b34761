/**
 * What `<news-feed>` and `<news-related>` share up front (their templates load with their
 * views): the words for a failed load, and the channel through which elements say which
 * articles they show.
 */
import {msg, str} from '@lit/localize';
import type {FeedError} from '../../core/feed.js';

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
