import {define} from '../shared/news-element.js';
import {NewsArticleCardElement} from './news-article-card.component.js';

export * from './news-article-card.component.js';

define('news-article-card', NewsArticleCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCardElement;
  }
}
