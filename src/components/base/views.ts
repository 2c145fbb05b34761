/**
 * Where each element's view (its templates and styles) comes from. Each loads once per page,
 * on first use, and is then at hand synchronously, so a second element renders exactly as
 * soon as it would with the view in the bundle.
 */
import type {ElementView} from './news-element.js';

/** Loads a view once; `view` holds it after that. A failed load is tried again on the next call. */
export interface ViewLoader<V extends ElementView> {
  (): Promise<V>;
  view?: V;
}

function viewLoader<V extends ElementView>(load: () => Promise<V>): ViewLoader<V> {
  let pending: Promise<V> | undefined;
  const loader: ViewLoader<V> = () =>
    (pending ??= load().then(
      (view) => (loader.view = view),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return loader;
}

export const cardView = viewLoader(() => import('../news-article-card/news-article-card.view.js'));
// A list loads its cards' view and the network code with its own, so neither the cards nor its
// first request wait for another download after the list renders. (A failed preload of the
// network code is loadFeed's to report.)
const network = () => import('../../core/fetch-feed.js').catch(() => undefined);
export const feedView = viewLoader(() => Promise.all([import('../news-feed/news-feed.view.js'), cardView(), network()]).then(([view]) => view));
export const relatedView = viewLoader(() => Promise.all([import('../news-related/news-related.view.js'), cardView(), network()]).then(([view]) => view));
export const switcherView = viewLoader(() => import('../news-language-switcher/news-language-switcher.view.js'));
export const headerBarView = viewLoader(() => import('../news-header-bar/news-header-bar.view.js'));
