/**
 * The channel through which elements that show articles say what they show, so that
 * `<news-related exclude-shown>` can avoid repeating them: every `<news-feed>` on the page,
 * in the document or in any shadow root (an app's own components). Nothing outside the
 * library listens.
 */
import type {NewsItem} from '../../core/model.js';

/** An element that shows articles: a `<news-feed>`. */
export interface ShowsArticles {
  readonly shownItems: readonly NewsItem[];
  readonly isConnected: boolean;
  readonly ownerDocument: Document;
}

// One registry per page, on `globalThis`: with two copies of the library (a CDN loader beside an
// app bundle), a list of one copy leaves out what a feed of the other shows. Its shape is shared
// by every copy: keep it as it is.
const SHOWN = Symbol.for('news-widgets.shown-articles');
const {elements, changes: shownChanges} = ((globalThis as {[SHOWN]?: {elements: Set<ShowsArticles>; changes: EventTarget}})[SHOWN] ??= {elements: new Set(), changes: new EventTarget()});

/** The elements on the page that have said what they show. */
export const showingArticles: ReadonlySet<ShowsArticles> = elements;

/** Says that the articles `element` shows have changed: when it left the page, that it shows none there. */
export function announceShown(element: ShowsArticles): void {
  elements[element.isConnected ? 'add' : 'delete'](element);
  shownChanges.dispatchEvent(new Event('change'));
}

/** Calls `listener` whenever an element announces a change of what it shows; returns a function that stops it. */
export function onShownChange(listener: () => void): () => void {
  shownChanges.addEventListener('change', listener);
  return () => shownChanges.removeEventListener('change', listener);
}
