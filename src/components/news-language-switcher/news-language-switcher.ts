import {define} from '../shared/news-element.js';
import {NewsLanguageSwitcherElement} from './news-language-switcher.component.js';

export * from './news-language-switcher.component.js';

define('news-language-switcher', NewsLanguageSwitcherElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-language-switcher': NewsLanguageSwitcherElement;
  }
}
