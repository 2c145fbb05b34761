/**
 * Feeds where news-widgets lost or misread what a reader sees, found by running gofeed's test
 * corpus and date layouts (github.com/mmcdole/gofeed, testdata/ and internal/shared) through
 * parseFeedText. Hand-written here, each with what the card must show; run in browsers
 * (formats-reader-cases.test.ts) and in Node (test/node/feeds.node.ts).
 */
import {rss, type ReaderCase} from './miniflux-cases.js';

const dates = (...values: string[]) => rss(values.map((date, i) => `<item><title>${i}</title><link>https://example.org/${i}</link><pubDate>${date}</pubDate></item>`).join(''));
const iso = (feed: {items: {published?: Date}[]}) => feed.items.map((item) => item.published?.toISOString());

export const GOFEED_CASES: ReaderCase[] = [
  {
    name: 'RSS dates with the month first, a 12-hour clock (or a 24-hour one whose AM or PM agrees), RFC 850\'s dashes or a zone\'s name after its offset, as some generators print them, are read as RFC 822 would give them; a contradiction or an offset past 14 hours is no date',
    feed: dates(
      'January 2, 2006',
      'Jan 2, 2006 3:04:05 PM',
      'Mon, Jan 2, 2006 12:30 AM',
      'Mon, 2 Jan 2006 3:04:05 PM -0700',
      'Monday, 02-Jan-06 15:04:05 MST',
      'January 2, 2006 3:04 pm America/New_York',
      'Tue, 05 Mar 2024 10:00:00 +0000 GMT',
      'Tue, 05 Mar 2024 10:00:00 -0500 EST',
      '2024-03-05T10:00:00+01:00 CET',
      'Mon, 02 Jan 2006 23:15:00 PM GMT',
      'Mon, 2 Jan 2006 00:04:05 AM +0000',
      'Tue, 05 Mar 2024 10:00:00 +1345',
      'Jan 45, 2006',
      'Mon, 2 Jan 2006 15:04:05 AM',
      'Mon, 2 Jan 2006 0:04 PM',
      'Tue, 05 Mar 2024 10:00:00 -2024 EST',
      'Tue, 05 Mar 2024 10:00:00 +1430',
    ),
    read: iso,
    want: [
      '2006-01-02T00:00:00.000Z',
      '2006-01-02T15:04:05.000Z',
      '2006-01-02T00:30:00.000Z',
      '2006-01-02T22:04:05.000Z',
      '2006-01-02T22:04:05.000Z',
      '2006-01-02T20:04:00.000Z',
      '2024-03-05T10:00:00.000Z',
      '2024-03-05T15:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2006-01-02T23:15:00.000Z',
      '2006-01-02T00:04:05.000Z',
      '2024-03-04T20:15:00.000Z',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ],
  },
  {
    name: 'an Atom title under a media type of its own is text as written, where it reads as base64 by chance; content of one is base64, and no reader text unless it decodes to text',
    feed: '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title type="application/x-custom">test</title><link href="https://example.org/1"/><content type="application/x-custom">abcd</content></entry><entry><id>2</id><title>Encoded</title><link href="https://example.org/2"/><content type="application/octet-stream">SGVsbG8sIHdvcmxk</content></entry><entry><id>3</id><title>Picture</title><link href="https://example.org/3"/><content type="image/jpeg">/9j/4AAQSkZJRgABAQ==</content></entry></feed>',
    read: (feed) => feed.items.map((item) => [item.title, item.contentText]),
    want: [
      ['test', undefined],
      ['Encoded', 'Hello, world'],
      ['Picture', undefined],
    ],
  },
  {
    name: 'Atom content of an XML type with parameters is read as before, not taken for base64',
    feed: '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>XHTML</title><link href="https://example.org/1"/><content type="application/xhtml+xml; charset=utf-8"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello xhtml</p></div></content></entry></feed>',
    read: (feed) => feed.items.map((item) => item.contentText),
    want: ['Hello xhtml'],
  },
  {
    name: 'Atom 0.3 content of multipart/alternative in markup is read as before, not taken for base64',
    feed: '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>T</title><entry><id>1</id><title>Multi</title><link rel="alternate" type="text/html" href="https://example.org/1"/><content type="multipart/alternative" mode="xml"><content type="text/plain" mode="escaped">multi plain</content><content type="text/html" mode="escaped">multi html</content></content></entry></feed>',
    read: (feed) => ['multi plain', 'multi html'].map((text) => !!feed.items[0].contentText?.includes(text)),
    want: [true, true],
  },
  {
    name: 'an RSS channel whose home page is only an atom:link rel="alternate" has it as its link, and its items\' relative links resolve against it',
    feed: rss('').replace('<link>https://example.org/</link>', '<atom:link href="https://example.org/news/" rel="alternate" type="text/html"/><atom:link href="https://example.org/feed.xml" rel="self"/><item><title>Relative</title><link>story-1</link></item>').replace('<rss version="2.0"', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"'),
    read: (feed) => [feed.homePageUrl, feed.items[0].url],
    want: ['https://example.org/news/', 'https://example.org/news/story-1'],
  },
  {
    name: 'an RSS item\'s <encoded> without the content module\'s namespace is its body',
    feed: rss('<item><encoded>&lt;p&gt;Hello, world&lt;/p&gt;</encoded><title>First</title><link>https://example.org/1</link></item>'),
    read: (feed) => feed.items.map((item) => item.contentText),
    want: ['Hello, world'],
  },
  {
    name: 'an RSS channel\'s atom:link without a rel is not its home page (it is often the feed itself)',
    feed: rss('<item><title>Relative</title><link>story-1</link></item>')
      .replace('<link>https://example.org/</link>', '<atom:link href="https://example.org/feeds/main.xml" type="application/rss+xml"/>')
      .replace('<rss version="2.0"', '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"'),
    read: (feed) => [feed.homePageUrl, feed.items[0].url],
    want: [undefined, 'https://example.org/story-1'],
  },
];
