import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/components/news-feed/news-feed.js';
import type {NewsFeed} from '../src/core/feed.js';
import {zoneCaption} from './time-zones.js';

interface FeedArgs {
  src?: string;
  layout: 'grid' | 'featured' | 'list' | 'compact';
  limit: number;
  heading?: string;
  'heading-level'?: number;
  tag?: string;
  refresh?: number;
  timezone?: string;
  'image-priority'?: 'auto' | 'high';
  'max-bytes'?: number;
  'max-depth'?: number;
  'max-items'?: number;
  feed?: NewsFeed;
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
      timezone=${ifDefined(args.timezone || undefined)}
      image-priority=${ifDefined(args['image-priority'])}
      max-bytes=${ifDefined(args['max-bytes'])}
      max-depth=${ifDefined(args['max-depth'])}
      max-items=${ifDefined(args['max-items'])}
      .feed=${args.feed}
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
/**
 * "Load more" past the first page: the sample feed here comes in pages of four articles, each
 * with the `next_url` of the next (JSON Feed's pagination), so each press after the first
 * fetches a page, shows its loading state on the button, and moves focus to the first new card.
 */
export const LoadMorePages: Story = {args: {src: '/__pages/{lang}.json', limit: 4, layout: 'list'}};
export const FilteredByTag: Story = {args: {tag: 'Transport'}};
export const WithoutHeading: Story = {args: {heading: ''}};
/** The skeleton shown while the feed loads (this request never answers). */
export const Loading: Story = {args: {src: '/__pending.json'}};
/** The feed URL answers 404: a readable message and a Retry button. */
export const ErrorState: Story = {name: 'Error', args: {src: '/feeds/missing.json'}};
/** The URL answers with something that is not a feed. */
export const NotAFeed: Story = {args: {src: '/images/rabat-tram-extension.svg'}};
/** A feed past the page's reading limit (`max-bytes`, here 2 KB): a message rather than a stalled page. */
export const TooLarge: Story = {args: {'max-bytes': 2048}};
/**
 * `refresh` at work: the list asks for its feed again every 5 seconds (while the tab is
 * visible) and shows what is new at the top, keeping the reader's place and focus; screen
 * readers hear "1 new article". The sample feed here publishes one of its five newest
 * articles with each request, dated that moment ("now"), then starts over.
 */
export const Refresh: Story = {args: {src: '/__live/{lang}.json', refresh: 5, layout: 'list', limit: 4}};

/**
 * `timezone` at work: the same three articles dated in the Moroccan edition's zone, in
 * Honolulu's and in Tokyo's. An article published at 07:45 in Casablanca is dated the day
 * before in Honolulu; the date's tooltip gives the time with the zone's name.
 */
export const TimeZones: Story = {
  args: {layout: 'compact', limit: 3},
  render: (args, context) =>
    html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1.5rem">
      ${['Africa/Casablanca', 'Pacific/Honolulu', 'Asia/Tokyo'].map((timezone) =>
        meta.render!({...args, timezone, heading: zoneCaption(timezone, (context.globals.locale as string) || 'en', new Date('2026-01-16T12:00:00Z'))}, context),
      )}
    </div>`,
};

/**
 * Writes under a list how its cards' pictures load, read from the cards: `eager`/`high` is
 * asked for at once and ahead of the rest, `lazy`/`auto` only near the screen.
 */
async function showPictureLoading(event: Event) {
  const feed = event.target as HTMLElementTagNameMap['news-feed'];
  const output = feed.nextElementSibling;
  if (!(output instanceof HTMLOutputElement)) return;
  // The event comes as the feed arrives, before the list renders it: after the next frame it has.
  await new Promise(requestAnimationFrame);
  await feed.updateComplete;
  const cards = [...(feed.shadowRoot?.querySelectorAll('news-article-card') ?? [])];
  await Promise.all(cards.map((card) => card.updateComplete));
  output.value = cards
    .map((card, index) => {
      const image = card.shadowRoot?.querySelector('img');
      return `${index + 1}: loading="${image?.getAttribute('loading') ?? '–'}" fetchpriority="${image?.getAttribute('fetchpriority') ?? '–'}"`;
    })
    .join(' · ');
}
const pictureLoading = (feed: unknown) =>
  html`<div @news-feed-load=${showPictureLoading}>${feed}<output dir="ltr" style="display: block; margin-block-start: 0.5rem; font: 0.8rem ui-monospace, monospace"></output></div>`;

/**
 * `image-priority`: `high` loads the first card's picture at once, at high priority, asked
 * for before the cards render (the picture of a page's lead story, the one a largest-paint
 * metric waits for); `auto` loads it lazily like the rest (a list below the first screen).
 * The line under the list reads each card's picture's `loading` and `fetchpriority`.
 */
export const ImagePriority: Story = {
  args: {'image-priority': 'high', limit: 3},
  render: (args, context) => pictureLoading(meta.render!(args, context)),
};

/**
 * Without `image-priority`, the page's first list with pictures on the reader's screen takes
 * `high` and the lists after it load lazily; the attribute overrides that where a site knows
 * better (a server, which sees no screen, needs it on lists below the first one).
 */
export const ImagePriorityOnAPage: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem">
      ${[undefined, undefined, 'high' as const].map((priority, index) =>
        pictureLoading(
          html`<news-feed
            src="/feeds/{lang}.json"
            limit="2"
            heading=${`${['First', 'Second', 'Third'][index]} list, image-priority ${priority ?? 'unset'}`}
            image-priority=${ifDefined(priority)}
          ></news-feed>`,
        ),
      )}
    </div>`,
};
export const Empty: Story = {
  render: () => html`<news-feed .feed=${{title: 'Empty', items: []}}></news-feed>`,
};
export const Arabic: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}};
export const ArabicFeatured: Story = {tags: ['!autodocs'], globals: {locale: 'ar'}, args: {layout: 'featured', limit: 7}};
export const ArabicList: Story = {tags: ['!autodocs'], globals: {locale: 'ar-MA'}, args: {layout: 'list', limit: 4}};
export const French: Story = {tags: ['!autodocs'], globals: {locale: 'fr'}};
export const Spanish: Story = {tags: ['!autodocs'], globals: {locale: 'es'}};
