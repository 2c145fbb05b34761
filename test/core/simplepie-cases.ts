/**
 * Feeds where news-widgets lost or misread what a reader sees, found by running SimplePie's
 * tests (github.com/simplepie/simplepie: tests/ and the per-element tests it kept until 2022)
 * through parseFeedText. Hand-written here, each with what the card must show; run in browsers
 * (formats-reader-cases.test.ts) and in Node (test/node/feeds.node.ts).
 */
import {rss, type ReaderCase} from './miniflux-cases.js';

const DC_1_0 = ' xmlns:dc="http://purl.org/dc/elements/1.0/"';
const dates = (...values: string[]) => rss(values.map((date, i) => `<item><title>${i}</title><link>https://example.org/${i}</link><pubDate>${date}</pubDate></item>`).join(''));

export const SIMPLEPIE_CASES: ReaderCase[] = [
  {
    name: 'Dublin Core 1.0\'s elements (an older namespace than 1.1\'s) give an item its date, author, tags, summary and language',
    feed: rss(
      '<item><title>Old</title><link>https://example.org/1</link><dc:date>2007-01-11T16:00:00Z</dc:date><dc:creator>Amina Benali</dc:creator><dc:subject>Culture</dc:subject><dc:description>What happened</dc:description><dc:language>fr</dc:language></item>',
      DC_1_0,
    ),
    read: (feed) => feed.items.map((item) => [item.published?.toISOString(), item.authors.map((a) => a.name), item.tags, item.summary, item.language]),
    want: [['2007-01-11T16:00:00.000Z', ['Amina Benali'], ['Culture'], 'What happened', 'fr']],
  },
  {
    name: 'an Atom entry without authors is credited to the authors of its atom:source (an aggregator\'s copy of a post), before the feed\'s',
    feed: '<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet</title><author><name>Planet editors</name></author><entry><id>1</id><title>Copied</title><link href="https://example.org/1"/><source><id>https://blog.example/</id><title>Blog</title><author><name>Amina Benali</name></author></source></entry><entry><id>2</id><title>Own</title><link href="https://example.org/2"/></entry></feed>',
    read: (feed) => feed.items.map((item) => item.authors.map((a) => a.name)),
    want: [['Amina Benali'], ['Planet editors']],
  },
  {
    name: 'a title whose tags are none of HTML\'s, or unfinished, is about tags and reads as written (the RSS Profile\'s examples); one with HTML\'s tags is still markup',
    feed: rss(
      ["Nice &lt;gorilla&gt; what's he weigh?", 'Generics: List&lt;T&gt; explained', 'A&lt;B', '&lt;blink&gt;A&lt;blink&gt;B&lt;/blink&gt;C&lt;/blink&gt;', 'Budget&lt;o:p&gt;&lt;/o:p&gt;']
        .map((title, i) => `<item><title>${title}</title><link>https://example.org/${i}</link></item>`)
        .join(''),
    ),
    read: (feed) => feed.items.map((item) => item.title),
    want: ["Nice <gorilla> what's he weigh?", 'Generics: List<T> explained', 'A<B', 'ABC', 'Budget'],
  },
  {
    name: 'RSS dates in a zone named as Africa\'s (WAT, CAT, SAST, EAT), German (MEZ, MESZ) or Asian and South American papers write it are read in that zone, not left without a date',
    feed: dates(
      'Tue, 05 Mar 2024 10:00:00 WAT',
      'Tue, 05 Mar 2024 10:00:00 CAT',
      'Tue, 05 Mar 2024 10:00:00 SAST',
      'Tue, 05 Mar 2024 10:00:00 EAT',
      'Tue, 05 Mar 2024 10:00:00 MEZ',
      'Fri, 05 Jul 2024 10:00:00 MESZ',
      'Tue, 05 Mar 2024 10:00:00 NPT',
      'Tue, 05 Mar 2024 10:00:00 PHT',
      'Tue, 05 Mar 2024 10:00:00 BRT',
    ),
    read: (feed) => feed.items.map((item) => item.published?.toISOString()),
    want: [
      '2024-03-05T09:00:00.000Z',
      '2024-03-05T08:00:00.000Z',
      '2024-03-05T08:00:00.000Z',
      '2024-03-05T07:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
      '2024-07-05T08:00:00.000Z',
      '2024-03-05T04:15:00.000Z',
      '2024-03-05T02:00:00.000Z',
      '2024-03-05T13:00:00.000Z',
    ],
  },
  {
    name: 'RSS dates that name their month in German, Dutch or Italian (as localized generators write them, and SimplePie reads them) are read',
    feed: dates('Di, 05 März 2024 10:00:00 +0100', 'wo, 06 mrt 2024 10:00:00 +0100', 'ven, 10 mag 2024 10:00:00 +0200', 'lun, 14 ott 2024 10:00:00 +0200', 'zo, 1 juni 2025 08:00:00 +0200'),
    read: (feed) => feed.items.map((item) => item.published?.toISOString()),
    want: ['2024-03-05T09:00:00.000Z', '2024-03-06T09:00:00.000Z', '2024-05-10T08:00:00.000Z', '2024-10-14T08:00:00.000Z', '2025-06-01T06:00:00.000Z'],
  },
  {
    name: 'a relative xml:base on the feed and on an entry is applied once each: the card links to the story and shows its picture, not to a path with the base repeated',
    feed: '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="news/"><title>T</title><entry xml:base="2024/"><id>1</id><title>Story</title><link href="story.html"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Text</p><img src="picture.jpg" alt="A picture"/></div></content></entry></feed>',
    read: (feed) => feed.items.map((item) => [item.url, item.image]),
    want: [['https://example.org/news/2024/story.html', 'https://example.org/news/2024/picture.jpg']],
  },
  {
    name: 'a picture in a field\'s escaped HTML resolves against the xml:base on that field, as SimplePie\'s base tests have it, not against the feed\'s address',
    feed:
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id><title>Atom</title><link href="https://example.org/1"/><content type="html" xml:base="https://cdn.example.net/2024/">&lt;p&gt;Text&lt;img src="picture.jpg"&gt;&lt;/p&gt;</content></entry></feed>',
    read: (feed) => feed.items.map((item) => item.image),
    want: ['https://cdn.example.net/2024/picture.jpg'],
  },
  {
    name: 'the same for an RSS description with an xml:base of its own',
    feed: rss('<item><title>RSS</title><link>https://example.org/2</link><description xml:base="https://cdn.example.net/2024/">&lt;img src="picture.jpg"&gt; Text</description></item>'),
    read: (feed) => feed.items.map((item) => item.image),
    want: ['https://cdn.example.net/2024/picture.jpg'],
  },
];
