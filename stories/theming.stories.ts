import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import {themeArgTypes} from '../.storybook/arg-types.js';
import '../src/components/news-feed/news-feed.js';
import '../src/components/news-header-bar/news-header-bar.js';
import '../src/components/news-language-switcher/news-language-switcher.js';
import '../src/components/news-related/news-related.js';

/** A value for any custom property the elements read (`--news-…`); empty is the element's default. */
type ThemeArgs = Record<string, string>;

const argTypes = themeArgTypes(manifest);

/** The page's CSS for `args`: its custom properties, set on the wrapper and inherited by every element. */
const declarations = (args: ThemeArgs) =>
  Object.entries(args)
    .filter(([name, value]) => name in argTypes && value)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');

/** One page of the model site in the colour scheme `scheme`: header bar and switcher, the latest articles, related ones. */
const page = (scheme: 'light' | 'dark', style: string) =>
  html`<div data-scheme=${scheme} style="color-scheme: ${scheme}; padding: 1.5rem; background: Canvas; color: CanvasText; display: grid; gap: 1.5rem; ${style}">
    <news-header-bar timezone="Africa/Casablanca" city="Casablanca" weather-src="/weather/casablanca.json">
      <strong slot="start">Casablanca Post</strong>
      <news-language-switcher slot="end" variant="menu" locales="ar fr es en" persist="false"></news-language-switcher>
    </news-header-bar>
    <news-feed src="/feeds/{lang}.json" layout="featured" limit="4" heading=${`Latest (${scheme} page)`}></news-feed>
    <news-related src="/feeds/{lang}.json" current="en-rabat-tram-extension" limit="3" heading=${`You may also like (${scheme} page)`}></news-related>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1.5rem">
      <news-feed src="/feeds/{lang}.json" layout="list" limit="2" heading=${`List (${scheme} page)`}></news-feed>
      <news-feed src="/feeds/{lang}.json" layout="compact" limit="3" heading=${`Compact (${scheme} page)`}></news-feed>
      <news-feed src="/feeds/missing.json" heading=${`A feed that fails (${scheme} page)`}></news-feed>
    </div>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0.5rem 1.5rem">
      ${WEATHERS.map(([city, weatherCode, isDay]) => html`<news-header-bar timezone="Africa/Casablanca" city=${city} .weather=${{temperature: 12, weatherCode, isDay}}></news-header-bar>`)}
    </div>
  </div>`;

/** Weather whose icons use the colours the page's first bar does not show: moon, rain, snow, dust, a bolt. */
const WEATHERS = [
  ['Ifrane', 0, false],
  ['Tanger', 61, true],
  ['Ifrane', 71, true],
  ['Laayoune', 6, true],
  ['Fès', 95, true],
] as const;

/**
 * Every custom property the elements read, in one playground: set one and every element that
 * reads it changes, on a light page and a dark one (`color-scheme: dark`, where the elements'
 * own defaults turn to their dark values). Each page shows every state a property colours or
 * sizes: the list and compact layouts, an error, every weather icon's colour (a list loading,
 * which `--news-color-placeholder` colours, is the feed's Loading story). The controls list
 * the properties from the manifest the README's tables come from, each with the elements that
 * read it.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming',
  argTypes,
  args: Object.fromEntries(Object.keys(argTypes).map((name) => [name, ''])),
  render: (args) =>
    html`<div style="display: grid; gap: 1rem">${page('light', declarations(args))}${page('dark', declarations(args))}</div>`,
};
export default meta;

/** The elements' defaults, light and dark. */
export const LightAndDark: StoryObj<ThemeArgs> = {};

/**
 * A site's own type and accent: a serif with an Arabic face before any other that has Arabic
 * letters, a red accent on the light page and a lighter one on the dark page, each set as a
 * plain colour by the page's scheme (a `light-dark()` value would void the focus rings where a
 * browser lacks it: Chrome before 123, Safari before 17.5; the README shows it behind `@supports`).
 */
export const SiteTheme: StoryObj<ThemeArgs> = {
  decorators: [
    (story) =>
      html`<style>
          .site-theme [data-scheme='light'] {
            --news-color-accent: #b3261e;
          }
          .site-theme [data-scheme='dark'] {
            --news-color-accent: #f2b8b5;
          }
        </style>
        <div class="site-theme">${story()}</div>`,
  ],
  args: {
    '--news-font-family': "Georgia, 'Noto Naskh Arabic', 'Amiri', serif",
    '--news-radius': '0.75rem',
    '--news-gap': '1.25rem',
    '--news-headline-size': '1.2rem',
    '--news-headline-weight': '600',
  },
};

/** Cards on a surface of their own, with padding and square corners: every card of a row as tall as the row. */
export const Cards: StoryObj<ThemeArgs> = {
  args: {'--news-color-surface': 'color-mix(in srgb, currentColor 7%, transparent)', '--news-card-padding': '0.75rem', '--news-radius': '0', '--news-font-family': 'system-ui, sans-serif', '--news-image-ratio': '4 / 3'},
};

/**
 * What custom properties cannot reach, through the parts the elements expose: a list's cards'
 * parts are `card-…` (`::part(card-headline)`), its entries `item` (the rules between
 * articles), the bar's and the switcher's their own. No letter spacing on headlines: it pulls
 * apart the joined letters of Arabic.
 */
export const Parts: StoryObj<ThemeArgs> = {
  render: () =>
    html`<style>
        .parts news-feed::part(card-headline) {
          text-transform: uppercase;
        }
        .parts news-feed::part(card-tag) {
          border-color: transparent;
          background: color-mix(in srgb, currentColor 10%, transparent);
        }
        .parts news-feed::part(item) {
          border-block-end-style: dashed;
        }
        .parts news-header-bar::part(date) {
          font-weight: 700;
        }
        .parts news-language-switcher::part(current) {
          text-decoration: underline 2px;
          text-underline-offset: 0.3em;
        }
      </style>
      <div class="parts" style="display: grid; gap: 1.5rem">
        <news-header-bar timezone="Africa/Casablanca" city="Casablanca" weather-src="/weather/casablanca.json">
          <news-language-switcher slot="end" locales="ar fr es en" persist="false"></news-language-switcher>
        </news-header-bar>
        <news-feed src="/feeds/{lang}.json" layout="grid" limit="3"></news-feed>
        <news-feed src="/feeds/{lang}.json" layout="compact" limit="3" heading="Compact"></news-feed>
      </div>`,
};
