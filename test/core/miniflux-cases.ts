/**
 * Feeds where news-widgets lost or misread what a reader sees, found by running miniflux's
 * reader tests (github.com/miniflux/v2, internal/reader) through parseFeedText. Hand-written
 * here, each with what the card must show; run in browsers (formats-reader-cases.test.ts) and in
 * Node (test/node/feeds.node.ts), whose XML parsers differ.
 */
import type {NewsFeed} from '../../src/core/feed.js';

export interface ReaderCase {
  name: string;
  feed: string;
  /** What the test compares, read from the feed. */
  read: (feed: NewsFeed) => unknown;
  want: unknown;
}

export const rss = (items: string, ns = '') => `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${ns}><channel><title>T</title><link>https://example.org/</link>${items}</channel></rss>`;
const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"';
const PODCAST = ' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"';

export const FEED_URL = 'https://example.org/feed.xml';

export const READER_CASES: ReaderCase[] = [
  {
    name: 'an enclosure or media:content without a type, whose URL has spaces around an audio file name, is no image',
    feed: rss(`<item><title>Episode</title><link>https://example.org/1</link><enclosure url=" /files/episode.mp3  "/></item><item><title>Video</title><link>https://example.org/2</link><media:content url=" https://example.org/v.mp4 "/></item><item><title>Photo</title><link>https://example.org/3</link><enclosure url=" /files/photo.jpg "/></item>`, MEDIA),
    read: (feed) => feed.items.map((item) => item.image),
    want: [undefined, undefined, 'https://example.org/files/photo.jpg'],
  },
  {
    name: 'a title that reads as markup with nothing left titles its item as written when no text can and its tags are not HTML\'s; where the description can, the description does; a template\'s empty <p></p> is no title',
    feed:
      rss(
        '<item><title>&lt;/example&gt;</title><link>https://example.org/1</link></item>' +
          '<item><title>&lt;p&gt;&lt;/p&gt;</title><link>https://example.org/2</link></item>' +
          '<item><title>&lt;p&gt;&lt;/p&gt;</title><link>https://example.org/3</link><description>What the template left empty</description></item>' +
          '<item><title><![CDATA[<b>Bold</b> news]]></title><link>https://example.org/4</link></item>',
      ),
    read: (feed) => feed.items.map((item) => item.title),
    want: ['</example>', 'What the template left empty', 'Bold news'],
  },
  {
    name: 'an Atom entry whose untyped title reads as markup with nothing left keeps it as written when its tags are not HTML\'s; one of type text always did',
    feed: '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>&lt;br&gt;</title><link href="https://example.org/1"/></entry><entry><id>2</id><title type="text">&lt;hr&gt;</title><link href="https://example.org/2"/></entry><entry><id>3</id><title>&lt;my-widget&gt;&lt;/my-widget&gt;</title><link href="https://example.org/3"/></entry></feed>',
    read: (feed) => feed.items.map((item) => item.title),
    want: ['<hr>', '<my-widget></my-widget>'],
  },
  {
    name: 'a media:category is read by its label, the name a reader knows, else its text',
    feed: rss(
      `<item><title>T</title><link>https://example.org/1</link><media:category scheme="http://dmoz.org" label="Ace Ventura - Pet Detective">Arts/Movies/Titles/A/Ace_Ventura_Series</media:category><media:category>Politics</media:category></item>`,
      MEDIA,
    ),
    read: (feed) => feed.items[0].tags,
    want: ['Ace Ventura - Pet Detective', 'Politics'],
  },
  {
    name: 'a podcast episode without a description is summed up by its googleplay:description, else its itunes:subtitle, and credited by googleplay:author',
    feed: rss(
      `<item><title>One</title><link>https://example.org/1</link><itunes:subtitle>Episode subtitle</itunes:subtitle><googleplay:description>Episode description</googleplay:description><googleplay:author>Amina Benali</googleplay:author></item><item><title>Two</title><link>https://example.org/2</link><itunes:subtitle>Only a subtitle</itunes:subtitle></item>`,
      PODCAST,
    ),
    read: (feed) => feed.items.map((item) => [item.summary, item.authors.map((a) => a.name)]),
    want: [
      ['Episode description', ['Amina Benali']],
      ['Only a subtitle', []],
    ],
  },
  {
    name: 'an episode with show notes (content:encoded) but no description keeps the start of its notes, not its subtitle, as its text',
    feed: rss(
      `<item><title>One</title><link>https://example.org/1</link><itunes:subtitle>Short</itunes:subtitle><content:encoded>&lt;p&gt;The full show notes.&lt;/p&gt;</content:encoded></item>`,
      `${PODCAST} xmlns:content="http://purl.org/rss/1.0/modules/content/"`,
    ),
    read: (feed) => [feed.items[0].summary, feed.items[0].contentText],
    want: [undefined, 'The full show notes.'],
  },
  {
    name: 'a JSON Feed item that credits one person twice names them once',
    feed: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{id: '1', title: 'T', authors: [{name: 'Author B', url: 'https://example.org/first'}, {name: 'Author A'}, {name: 'Author B', url: 'https://example.org/b'}]}],
    }),
    read: (feed) => feed.items[0].authors.map((a) => [a.name, a.url]),
    want: [
      ['Author B', 'https://example.org/first'],
      ['Author A', undefined],
    ],
  },
  {
    name: 'items that share one guid are all kept when they link to stories of their own, each under its guid and link; a repeat, or an item without a link to tell it apart, is not',
    feed: rss(
      ['a', 'b', 'a'].map((page, i) => `<item><title>Item ${i}</title><link>https://example.org/${page}</link><guid isPermaLink="false">dup</guid></item>`).join('') +
        '<item><title>Item 1 again</title><link>https://example.org/b</link><guid isPermaLink="false">dup</guid></item>' +
        ['X', 'Y'].map((title) => `<item><title>${title}</title><guid isPermaLink="false">same</guid></item>`).join('') +
        '<item><title>Z</title><link>https://example.org/z</link><guid isPermaLink="false">dup</guid></item><item><title>Other</title><link>https://example.org/o</link><guid isPermaLink="false">one</guid></item>',
    ),
    read: (feed) => feed.items.map((item) => [item.title, item.id]),
    want: [
      ['Item 0', 'dup https://example.org/a'],
      ['Item 1', 'dup https://example.org/b'],
      ['X', 'same'],
      ['Z', 'dup https://example.org/z'],
      ['Other', 'one'],
    ],
  },
  {
    name: 'a JSON Feed that gives all its items one id keeps each story with a link of its own',
    feed: JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: ['a', 'b', 'b'].map((page) => ({id: '1', url: `https://example.org/${page}`, title: page})),
    }),
    read: (feed) => feed.items.map((item) => [item.title, item.id]),
    want: [
      ['a', '1 https://example.org/a'],
      ['b', '1 https://example.org/b'],
    ],
  },
  {
    name: 'a date with a time zone database name is read in that zone',
    feed: rss(
      [
        'Fri, 31 Mar 2023 20:19:00 America/Los_Angeles',
        'Mon, 01 Jan 2024 10:00:00 Europe/Paris',
        'Mon, 01 Jan 2024 10:00:00 Etc/GMT+5',
        'Mon, 01 Jan 2024 10:00:00 Mars/Olympus',
        // Just after New York moved its clocks forward: its offset at the first guess (EST) is not the one at the answer (EDT).
        'Sun, 10 Mar 2024 03:30:00 America/New_York',
        // A hostile date of 80,000 digits: read as no date at once, not searched for a zone (it took 4.6 s).
        `x${'1'.repeat(80_000)}`,
      ]
        .map((date, i) => `<item><title>${i}</title><link>https://example.org/${i}</link><pubDate>${date}</pubDate></item>`)
        .join(''),
    ),
    read: (feed) => feed.items.map((item) => item.published?.toISOString()),
    want: ['2023-04-01T03:19:00.000Z', '2024-01-01T09:00:00.000Z', '2024-01-01T15:00:00.000Z', undefined, '2024-03-10T07:30:00.000Z', undefined],
  },
];
