import {define} from '../shared/news-element.js';
import '../news-article-card/news-article-card.js';
import {NewsFeedElement} from './news-feed.component.js';

export * from './news-feed.component.js';

define('news-feed', NewsFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeedElement;
  }
}
