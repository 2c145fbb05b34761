import {define} from '../shared/news-element.js';
import '../news-article-card/news-article-card.js';
import {NewsRelatedElement} from './news-related.component.js';

export * from './news-related.component.js';

define('news-related', NewsRelatedElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-related': NewsRelatedElement;
  }
}
