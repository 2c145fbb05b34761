/**
 * The templates and styles of `<news-language-switcher>`, loaded with the first one on a page.
 * The element works out the languages, the current one and the menu state and hands them here.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg} from '@lit/localize';
import {nativeLanguageName} from '../../core/locale.js';
import {safeUrl} from '../../core/text.js';
import {switcherStyles} from './news-language-switcher.styles.js';

export const styles = [switcherStyles];

/** What a switcher shows, as worked out by the element. */
export interface SwitcherState {
  locales: readonly string[];
  current?: string;
  menu: boolean;
  open: boolean;
  hrefTemplate?: string;
  dir: string;
  lang: string;
  onFocusOut: (event: FocusEvent) => void;
  onButtonClick: () => void;
  onButtonKeydown: (event: KeyboardEvent) => void;
  onListKeydown: (event: KeyboardEvent) => void;
  onPick: (locale: string, current: boolean) => void;
}

export function renderSwitcher(state: SwitcherState) {
  const label = msg('Language', {id: 'switcher.label', desc: 'Name of the navigation that lists the languages of the site'});
  const {current, menu} = state;
  return html`<nav part="base" class=${menu ? 'menu' : 'inline'} aria-label=${label} dir=${state.dir} lang=${state.lang} @focusout=${state.onFocusOut}>
    ${menu
      ? html`<button
          part="button"
          type="button"
          aria-expanded=${state.open ? 'true' : 'false'}
          aria-controls="list"
          @click=${state.onButtonClick}
          @keydown=${state.onButtonKeydown}
        >
          <span class="visually-hidden">${label}</span>
          <span lang=${ifDefined(current)}>${current ? nativeLanguageName(current) : label}</span>
          <svg class="chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
        </button>`
      : nothing}
    <ul id="list" part="list" class="list" ?hidden=${menu && !state.open} @keydown=${state.onListKeydown}>
      ${state.locales.map((locale) => html`<li part="item">${renderEntry(state, locale, locale === current)}</li>`)}
    </ul>
  </nav>`;
}

function renderEntry({hrefTemplate, onPick}: SwitcherState, locale: string, current: boolean) {
  const part = current ? 'link current' : 'link';
  const name = nativeLanguageName(locale);
  if (hrefTemplate !== undefined) {
    const href = safeUrl(hrefTemplate.replaceAll('{lang}', encodeURIComponent(locale)), document.baseURI);
    return html`<a part=${part} href=${ifDefined(href)} hreflang=${locale} lang=${locale} aria-current=${current ? 'page' : nothing}>${name}</a>`;
  }
  return html`<button part=${part} type="button" lang=${locale} aria-current=${current ? 'true' : nothing} @click=${() => onPick(locale, current)}>
    ${name}
  </button>`;
}
