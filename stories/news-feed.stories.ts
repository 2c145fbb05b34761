import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/components/news-feed/news-feed.js';

interface FeedArgs {
  src?: string;
  layout: 'grid' | 'featured' | 'list' | 'compact';
  limit: number;
  heading?: string;
  'heading-level'?: number;
  tag?: string;
  refresh?: number;
}

const meta: Meta<FeedArgs> = {
  title: 'Elements/news-feed',
  component: 'news-feed',
  args: {src: '/feeds/{lang}.json', layout: 'grid', limit: 6},
  argTypes: {
    layout: {control: 'inline-radio', options: ['grid', 'featured', 'list', 'compact']},
    limit: {control: {type: 'number', min: 1, max: 50}},
  },
  render: (args) =>
    html`<news-feed
      src=${ifDefined(args.src)}
      layout=${args.layout}
      limit=${args.limit}
      heading=${ifDefined(args.heading)}
      heading-level=${ifDefined(args['heading-level'])}
      tag=${ifDefined(args.tag)}
      refresh=${ifDefined(args.refresh)}
    ></news-feed>`,
};
export default meta;
type Story = StoryObj<FeedArgs>;

export const Grid: Story = {};
/** The lead story as a hero card across the grid of the others, as a news site's home page opens. */
export const Featured: Story = {args: {layout: 'featured', limit: 7}};
export const List: Story = {args: {layout: 'list', limit: 4}};
export const Compact: Story = {args: {layout: 'compact', limit: 8, heading: 'Most recent'}};
export const LoadMore: Story = {args: {limit: 3}};
export const FilteredByTag: Story = {args: {tag: 'Transport'}};
export const WithoutHeading: Story = {args: {heading: ''}};
/** The skeleton shown while the feed loads (this request never answers). */
export const Loading: Story = {args: {src: '/__pending.json'}};
/** The feed URL answers 404: a readable message and a Retry button. */
export const ErrorState: Story = {name: 'Error', args: {src: '/feeds/missing.json'}};
/** The URL answers with something that is not a feed. */
export const NotAFeed: Story = {args: {src: '/images/rabat-tram-extension.svg'}};
export const Empty: Story = {
  render: () => html`<news-feed .feed=${{title: 'Empty', items: []}}></news-feed>`,
};
export const Arabic: Story = {globals: {locale: 'ar'}};
export const ArabicFeatured: Story = {globals: {locale: 'ar'}, args: {layout: 'featured', limit: 7}};
export const ArabicList: Story = {globals: {locale: 'ar-MA'}, args: {layout: 'list', limit: 4}};
export const French: Story = {globals: {locale: 'fr'}};
export const Spanish: Story = {globals: {locale: 'es'}};
