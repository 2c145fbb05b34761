import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/components/news-language-switcher/news-language-switcher.js';
import '../src/components/news-feed/news-feed.js';

interface SwitcherArgs {
  variant: 'inline' | 'menu';
  locales?: string;
  'href-template'?: string;
  persist: boolean;
  'regional-names'?: boolean;
  label?: string;
}

const meta: Meta<SwitcherArgs> = {
  title: 'Elements/news-language-switcher',
  component: 'news-language-switcher',
  // Storybook keeps its locale in the toolbar: by default a story does not remember a choice.
  args: {variant: 'inline', locales: 'ar fr es en', persist: false},
  argTypes: {
    variant: {control: 'inline-radio', options: ['inline', 'menu']},
  },
  render: (args) =>
    html`<news-language-switcher
      variant=${args.variant}
      locales=${ifDefined(args.locales)}
      href-template=${ifDefined(args['href-template'])}
      persist=${String(args.persist)}
      ?regional-names=${args['regional-names']}
      label=${ifDefined(args.label)}
    ></news-language-switcher>`,
};
export default meta;
type Story = StoryObj<SwitcherArgs>;

/** In place: picking a language switches every element on the page. */
export const Inline: Story = {};
/** In place, as a disclosure menu (arrow keys move, Escape closes). */
export const Menu: Story = {args: {variant: 'menu'}};
/** The menu open, as a reader sees it once they press its button: its panel over the page, the current language marked. */
export const MenuOpen: Story = {
  args: {variant: 'menu'},
  play: async ({canvasElement}) => {
    const switcher = canvasElement.querySelector('news-language-switcher') as HTMLElement & {updateComplete: Promise<unknown>};
    await switcher.updateComplete;
    switcher.shadowRoot?.querySelector<HTMLButtonElement>('[part="button"]')?.click();
  },
};
/** The landmark named in the site's own words ("Editions"), as a page with several switchers needs. */
export const Labelled: Story = {args: {variant: 'menu', label: 'Editions'}};

/** Links to the other editions of the site (crawlable, with `hreflang`). */
export const InlineLinks: Story = {args: {'href-template': '/{lang}/'}};
export const MenuLinks: Story = {args: {variant: 'menu', 'href-template': '/{lang}/'}};
/** Regional tags: Moroccan Arabic and French, named plainly (العربية, Français). */
export const Regional: Story = {args: {locales: 'ar-MA fr-MA es en'}};
/** Regional tags named with their region (العربية (المغرب), Français (Maroc)) by `regional-names`. */
export const RegionalNames: Story = {args: {locales: 'ar-MA fr-MA es-MA en', 'regional-names': true}};
/** The switcher beside a feed: switching re-renders the feed in that language, with that language's sample feed. */
export const WithFeed: Story = {
  render: (args) =>
    html`<div style="display: grid; gap: 1.5rem">
      <news-language-switcher variant=${args.variant} locales=${ifDefined(args.locales)} persist=${String(args.persist)}></news-language-switcher>
      <news-feed src="/feeds/{lang}.json" layout="list" limit="3"></news-feed>
    </div>`,
};
export const Arabic: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}};
export const ArabicMenu: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}, args: {variant: 'menu'}};
export const ArabicOnLeftToRightPage: Story = {tags: ['!autodocs'], globals: {locale: 'ar', dir: 'ltr'}};
