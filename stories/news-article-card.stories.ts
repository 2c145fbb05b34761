import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/components/news-article-card/news-article-card.js';
import type {NewsItem} from '../src/core/feed.js';
import {zoneCaption} from './time-zones.js';

interface CardArgs {
  variant: 'vertical' | 'horizontal' | 'compact' | 'hero';
  href?: string;
  headline?: string;
  summary?: string;
  image?: string;
  'image-alt'?: string;
  date?: string;
  author?: string;
  language?: string;
  'heading-level'?: number;
  target?: string;
  timezone?: string;
  'image-priority'?: 'auto' | 'high';
  position?: number;
  source?: string;
  item?: NewsItem;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const meta: Meta<CardArgs> = {
  title: 'Elements/news-article-card',
  component: 'news-article-card',
  args: {
    variant: 'vertical',
    href: 'https://casablanca-post.example/en/tram-line-t3',
    headline: 'Casablanca’s third tram line carries its first passengers',
    summary: 'The new line links the port district to the southern neighbourhoods in under forty minutes.',
    image: '/images/rabat-tram-extension.svg',
    'image-alt': '',
    date: hoursAgo(3),
    author: 'Salma Ouazzani',
    language: 'en',
    'heading-level': 3,
  },
  argTypes: {
    variant: {control: 'inline-radio', options: ['vertical', 'horizontal', 'compact', 'hero']},
    target: {control: {type: 'inline-radio', labels: {'': '(none)'}}, options: ['', '_self', '_blank']},
  },
  render: (args) =>
    html`<news-article-card
      style="max-inline-size: ${args.variant === 'vertical' ? '22rem' : '46rem'}"
      variant=${args.variant}
      href=${ifDefined(args.href)}
      headline=${ifDefined(args.headline)}
      summary=${ifDefined(args.summary)}
      image=${ifDefined(args.image || undefined)}
      image-alt=${ifDefined(args['image-alt'])}
      date=${ifDefined(args.date)}
      author=${ifDefined(args.author)}
      language=${ifDefined(args.language || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      target=${ifDefined(args.target || undefined)}
      timezone=${ifDefined(args.timezone || undefined)}
      image-priority=${ifDefined(args['image-priority'])}
      .position=${args.position ?? 0}
      .source=${args.source || 'news-article-card'}
      .item=${args.item}
    ></news-article-card>`,
};
export default meta;
type Story = StoryObj<CardArgs>;

export const Vertical: Story = {};
export const Horizontal: Story = {args: {variant: 'horizontal'}};
export const Compact: Story = {args: {variant: 'compact'}};
export const Hero: Story = {args: {variant: 'hero'}};
export const LongHeadline: Story = {
  args: {
    headline:
      'After three years of works, delays and public consultations, the coastal road between Casablanca and Mohammedia reopens with cycle lanes, new bus stops and a promenade along the Atlantic shore',
  },
};
export const NoImage: Story = {args: {image: ''}};
/** An image that fails to load (a 404 here): the card shows as it does without one, with no broken-image icon or empty frame. */
export const ImageFails: Story = {tags: ['failing-image'], args: {image: '/images/no-such-photo.jpg'}};
export const OlderThanAWeek: Story = {args: {date: '2025-11-02T09:00:00+01:00'}};
export const OpensInNewTab: Story = {args: {target: '_blank'}};

/** 23:30 UTC on 2 November 2025: already the 3rd in Casablanca (UTC+1) and Tokyo, still the 2nd in New York. */
const lateEvening = '2025-11-02T23:30:00Z';
/**
 * `timezone` at work: one article published at 23:30 UTC, dated in three editions' zones.
 * Absolute dates (a week old or more) fall on the zone's calendar day, and the date's tooltip
 * gives the time with the zone's name; without `timezone` it is the reader's zone.
 */
export const TimeZones: Story = {
  args: {date: lateEvening, variant: 'compact'},
  render: (args, context) =>
    html`<div style="display: grid; gap: 1rem">
      ${['Africa/Casablanca', 'America/New_York', 'Asia/Tokyo'].map(
        (timezone) =>
          html`<div>
            <p style="margin: 0 0 0.25rem; font-weight: 600">${zoneCaption(timezone, (context.globals.locale as string) || 'en', new Date(lateEvening))}</p>
            ${meta.render!({...args, timezone}, context)}
          </div>`,
      )}
    </div>`,
};

const item: NewsItem = {
  id: 'ar-tram',
  url: 'https://casablanca-post.example/ar/tram',
  title: 'الخط الثالث للترامواي في الدار البيضاء يستقبل أول ركابه',
  summary: 'يربط الخط الجديد حي الميناء بالأحياء الجنوبية في أقل من أربعين دقيقة.',
  image: '/images/rabat-tram-extension.svg',
  published: new Date(Date.now() - 5 * 3_600_000),
  authors: [{name: 'سلمى الوزاني'}],
  tags: ['نقل', 'الدار البيضاء'],
  language: 'ar',
};
/** An Arabic article given through the `item` property, right to left. */
export const ArabicItem: Story = {
  tags: ['!autodocs'],
  globals: {locale: 'ar'},
  render: () => html`<news-article-card style="max-inline-size: 46rem" variant="horizontal" .item=${item}></news-article-card>`,
};
