import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {directionOf, setLocale} from '../src/core/locale.js';
import './pending-fetch.js';

setCustomElementsManifest(manifest);

/** Sets the library's locale from the toolbar and puts `lang`/`dir` on a wrapper, not on Storybook's page. */
const withLocale: Decorator = (story, {globals}) => {
  const locale = (globals.locale as string) || 'en';
  const dir = globals.dir === 'auto' || !globals.dir ? directionOf(locale) : (globals.dir as string);
  void setLocale(locale);
  return html`<div lang=${locale} dir=${dir} style="padding: 1rem">${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocale],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'fr', title: 'Français'},
          {value: 'es', title: 'Español'},
          {value: 'ar', title: 'العربية'},
          {value: 'ar-MA', title: 'العربية (المغرب)'},
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the wrapper',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'auto', title: 'From locale'},
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', dir: 'auto'},
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
  },
  tags: ['autodocs'],
};
export default preview;
