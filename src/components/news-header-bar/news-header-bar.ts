import {define} from '../shared/news-element.js';
import {NewsHeaderBarElement} from './news-header-bar.component.js';

export * from './news-header-bar.component.js';

define('news-header-bar', NewsHeaderBarElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-header-bar': NewsHeaderBarElement;
  }
}
