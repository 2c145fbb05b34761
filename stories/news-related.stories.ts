import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/components/news-related/news-related.js';
import '../src/components/news-feed/news-feed.js';
import type {NewsFeed} from '../src/core/feed.js';

interface RelatedArgs {
  src?: string;
  current?: string;
  limit: number;
  layout: 'grid' | 'featured' | 'list' | 'compact';
  heading?: string;
  'exclude-shown'?: boolean;
  'heading-level'?: number;
  timezone?: string;
  'max-bytes'?: number;
  'max-depth'?: number;
  'max-items'?: number;
  feed?: NewsFeed;
}

/**
 * `current` for the toolbar's language: `{lang}` becomes its language subtag, which the demo
 * feeds' ids begin with (as `src`'s `{lang}` picks the feed), so every story follows the toolbar.
 */
const currentFor = (current: string | undefined, locale: unknown) => current?.replace('{lang}', String(locale || 'en').split('-')[0]);

const meta: Meta<RelatedArgs> = {
  title: 'Elements/news-related',
  component: 'news-related',
  args: {src: '/feeds/{lang}.json', current: '{lang}-rabat-tram-extension', limit: 4, layout: 'compact'},
  argTypes: {
    layout: {control: 'inline-radio', options: ['grid', 'featured', 'list', 'compact']},
    limit: {control: {type: 'number', min: 1, max: 12}},
  },
  render: (args, {globals}) =>
    html`<news-related
      src=${ifDefined(args.src)}
      current=${ifDefined(currentFor(args.current, globals.locale))}
      limit=${args.limit}
      layout=${args.layout}
      heading=${ifDefined(args.heading)}
      ?exclude-shown=${args['exclude-shown']}
      heading-level=${ifDefined(args['heading-level'])}
      timezone=${ifDefined(args.timezone || undefined)}
      max-bytes=${ifDefined(args['max-bytes'])}
      max-depth=${ifDefined(args['max-depth'])}
      max-items=${ifDefined(args['max-items'])}
      .feed=${args.feed}
    ></news-related>`,
};
export default meta;
type Story = StoryObj<RelatedArgs>;

/**
 * Under the Rabat tram article: the other Rabat and transport stories come first. In these
 * stories `current`'s `{lang}` stands for the toolbar's language, which the demo feeds' ids
 * begin with (the element itself takes an id or URL as written).
 */
export const Compact: Story = {};
export const List: Story = {args: {layout: 'list'}};
export const Grid: Story = {args: {layout: 'grid', limit: 3}};
/** The best match as a hero card across the grid of the others. */
export const Featured: Story = {args: {layout: 'featured', limit: 4}};
/** A current article that is not in the feed: the newest articles fill the list. */
export const UnknownArticle: Story = {args: {current: 'https://elsewhere.example/page'}};
/** Skips the two articles the "Latest articles" block above already shows. */
export const ExcludeShown: Story = {
  render: (args, {globals}) => html`<news-feed src=${ifDefined(args.src)} layout="compact" limit="2"></news-feed>
    <hr />
    <news-related src=${ifDefined(args.src)} current=${ifDefined(currentFor(args.current, globals.locale))} exclude-shown></news-related>`,
};
export const Loading: Story = {args: {src: '/__pending.json'}};
export const ErrorState: Story = {name: 'Error', args: {src: '/feeds/missing.json'}};
export const NothingElse: Story = {
  render: () =>
    html`<news-related current="only" .feed=${{items: [{id: 'only', title: 'The only article', authors: [], tags: []}]}}></news-related>`,
};
export const Arabic: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}, args: {layout: 'list'}};
export const French: Story = {tags: ['!autodocs'], globals: {locale: 'fr'}};
export const Spanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}};
