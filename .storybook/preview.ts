/// <reference types="vite/client" />
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import {action} from 'storybook/actions';
import manifest from '../custom-elements.json';
import {argTypesFor} from './arg-types.js';
import {directionOf} from '../src/core/direction.js';
import {bundledLocales, nativeLanguageName, setLocale} from '../src/core/locale.js';
import './fake-feeds.js';
// Tifinagh for the Tamazight stories, from npm as the demo has it (few systems have a font for it).
import '@fontsource/noto-sans-tifinagh/tifinagh-400.css';

setCustomElementsManifest(manifest);

/**
 * Sets the library's locale from the toolbar and puts `lang`/`dir` on a wrapper, not on
 * Storybook's page. The locale is the page's (the library's design): on a docs page, where
 * every story shares one document, a story that pins a language would set it for all, so
 * those are tagged `!autodocs` and shown on their own. The elements take their direction from the locale themselves; the
 * direction toolbar sets the surrounding page, to check an Arabic widget on a left-to-right
 * page and the reverse.
 */
const withLocale: Decorator = (story, {globals}) => {
  const locale = (globals.locale as string) || 'en';
  const dir = globals.dir === 'auto' || !globals.dir ? directionOf(locale) : (globals.dir as string);
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  void setLocale(locale);
  // The demo's fonts: the page's system font, Arabic and Tifinagh where the system has none. The
  // page's colour scheme, which the elements' defaults follow, on the page's own colours.
  return html`<div
    lang=${locale}
    dir=${dir}
    style="padding: 1rem; color-scheme: ${scheme}; background: Canvas; color: CanvasText; font-family: system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Tifinagh', sans-serif"
    @news-article-click=${keepInPreview}
  >
    ${story()}
  </div>`;
};

const articleClick = action('news-article-click');
/**
 * A plain click on an article stays in Storybook, as a site's router keeps it (the event is
 * cancelable), and shows in the Actions panel: the sample links lead to no real site.
 */
function keepInPreview(event: Event) {
  articleClick((event as CustomEvent).detail);
  event.preventDefault();
}

/** A global of Storybook's toolbar: its menu of `items`, titled by the one chosen. */
const toolbar = (description: string, title: string, icon: 'globe' | 'contrast' | 'transfer', items: {value: string; title: string}[]) => ({
  description,
  toolbar: {title, icon, items, dynamicTitle: true},
});

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    // Every bundled locale by its own name (Tamazight ⵜⴰⵎⴰⵣⵉⵖⵜ among them), plus regional
    // tags that change month names and clocks, and Arabic-Indic digits on request.
    locale: toolbar('Language of the widgets', 'Locale', 'globe', [
      ...bundledLocales.map((value) => ({value, title: nativeLanguageName(value)})),
      ...['ar-MA', 'fr-MA', 'ar-EG'].map((value) => ({value, title: nativeLanguageName(value, {regional: true})})),
      {value: 'ar-MA-u-nu-arab', title: `${nativeLanguageName('ar-MA', {regional: true})} ٠١٢٣`},
    ]),
    scheme: toolbar('Colour scheme of the page around the widgets', 'Scheme', 'contrast', [
      {value: 'light', title: 'Light page'},
      {value: 'dark', title: 'Dark page (color-scheme: dark)'},
    ]),
    dir: toolbar('Direction of the page around the widgets', 'Direction', 'transfer', [
      {value: 'auto', title: 'Page follows the locale'},
      {value: 'ltr', title: 'Left-to-right page'},
      {value: 'rtl', title: 'Right-to-left page'},
    ]),
  },
  initialGlobals: {locale: 'en', dir: 'auto', scheme: 'light'},
  parameters: {
    controls: {expanded: true},
    // Every attribute's row and control, even where a part has its name (see arg-types.ts).
    docs: {extractArgTypes: (tagName: string) => argTypesFor(tagName, manifest)},
    a11y: {test: 'error'},
  },
  tags: ['autodocs'],
};
export default preview;
