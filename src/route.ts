/**
 * `news-widgets/route.js`: `articleRoute` alone, for an app's router code (no element, no
 * other module at run time), with the library's event types: a listener on `document` for
 * `news-article-click` reads a typed `detail` without importing an element.
 */
export {articleRoute, type ArticleClickLike} from './core/route.js';
export type {ArticleClickDetail, NewsEventDetails} from './components/shared/events.js';
