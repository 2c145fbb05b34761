/**
 * Feeds the XML reader misread, named in a review of its splitter (xml-split.ts), repair
 * (xml-repair.ts) and reader (xml.ts). Hand-written, each with what the card must show; run
 * in browsers (formats-reader-cases.test.ts), which cut a feed into pieces, and in Node
 * (test/node/feeds.node.ts), which repairs it first and reads it whole.
 */
import {rss, type ReaderCase} from './miniflux-cases.js';
import {MAX_TITLE} from '../../src/core/formats/fields.js';
import {MAX_MARKUP_TAGS, markupLength} from '../../src/core/markup-limits.js';
import {TEXT_RUN_LIMIT} from '../../src/core/formats/xml-split.js';

const ATOM = 'xmlns="http://www.w3.org/2005/Atom"';
const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"';
const titles = (feed: {items: {title: string}[]}) => feed.items.map((item) => item.title);

/** Base64 of `text`'s UTF-8, in lines of `line` characters, as mail and some generators wrap it. */
function base64Lines(text: string, line: number): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(new RegExp(`.{${line}}`, 'g'), '$&\n');
}
const base64Entry = (title: string, text: string, line: number) =>
  `<entry><id>${title}</id><title>${title}</title><content type="application/octet-stream">${base64Lines(text.repeat(Math.ceil(160_000 / text.length)), line)}</content></entry>`;
/**
 * Base64 of ASCII text in lines of 76, indented to `length + 1` characters, that ends in `==`:
 * a reader that keeps its first `length` characters cuts it between the two.
 */
function paddingCutAfter(length: number): string {
  const text = 'Casablanca est une ville. ';
  // 3k + 1 bytes, so that the base64 ends in `==`.
  const bytes = 3 * Math.floor(length / 1.4 / 3) + 1;
  return base64Lines(text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes), 76).trimEnd().padStart(length + 1);
}

/** An Atom feed whose summary is XHTML after an image with a `data:` URL of `length` characters, with a stray `&` in its title or not. */
const longTagSummary = (length: number, stray: boolean) =>
  `<feed ${ATOM}><title>A ${stray ? '&' : '&amp;'} B</title><entry><id>${length}</id><title>Long tag</title><link href="https://example.org/long"/>` +
  `<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="data:image/png;base64,${'A'.repeat(length)}" alt="c"/><p>Hello.</p></div></summary></entry></feed>`;

export const XML_REVIEW_CASES: ReaderCase[] = [
  {
    name: 'a start tag longer than 16,384 characters (an image\'s data: URL) is a tag when the feed is repaired, in Node as in browsers, not text shown as markup',
    feed: longTagSummary(16_400, true),
    read: (feed) => feed.items.map((item) => [item.title, item.summary]),
    want: [['Long tag', 'Hello.']],
  },
  {
    name: 'a start tag longer than 16,384 characters in a well-formed feed reads as when repaired',
    feed: longTagSummary(40_000, false),
    read: (feed) => feed.items.map((item) => [item.title, item.summary]),
    want: [['Long tag', 'Hello.']],
  },
  {
    name: 'an Atom entry inside an extension element of the feed, an entry\'s XHTML content or its atom:source is no item of the feed',
    feed:
      `<feed ${ATOM}><title>T</title><foo:wrapper xmlns:foo="urn:x-foo"><entry><id>w</id><title>Wrapped</title></entry></foo:wrapper>` +
      `<entry><id>1</id><title>Own</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Text</p><entry ${ATOM}><id>c</id><title>In content</title></entry></div></content></entry>` +
      `<entry><id>2</id><title>Copied</title><source><id>s</id><title>Blog</title><entry><id>s1</id><title>In source</title></entry></source></entry></feed>`,
    read: titles,
    want: ['Own', 'Copied'],
  },
  {
    name: 'an RSS item inside an extension element of the channel is no item of the feed',
    feed: rss('<foo:list xmlns:foo="urn:x-foo"><item><title>Listed</title></item></foo:list><item><title>Own</title></item>'),
    read: titles,
    want: ['Own'],
  },
  {
    name: 'an RSS item inside an extension element whose start tag holds `/>` in an attribute value is no item of the feed (the repair reads a tag to its first `>` outside quotes, as XML does)',
    feed: rss('<foo:list xmlns:foo="urn:x-foo" a="/>"><item><title>Listed</title></item></foo:list><item><title>Own</title></item>'),
    read: titles,
    want: ['Own'],
  },
  {
    name: 'an RSS item inside an extension element whose name Node\'s repair does not read (a letter past ASCII, read as text) is read as the repair reads it, in browsers too',
    feed: rss('<foo:lïst xmlns:foo="urn:x-foo"><item><title>Listed</title></item></foo:lïst><item><title>Own</title></item>'),
    read: titles,
    want: ['Listed', 'Own'],
  },
  {
    name: 'a `>` in a quoted attribute value is part of the value, in Node as in browsers (`domain="a>b"`, an Atom link\'s query, a category label)',
    feed:
      `<feed ${ATOM}><title>T</title><entry><title>A</title><link rel="alternate" href="https://example.org/?q=a>b"/><category term="stl" label="C++ > STL"/></entry></feed>`,
    read: (feed) => feed.items.map((item) => [item.url, ...item.tags]),
    want: [['https://example.org/?q=a%3Eb', 'C++ > STL']],
  },
  {
    name: 'a quote that opens no attribute value, or is not closed before the next `<`, leaves the tag at its first `>`, as broken markup reads (the feed is repaired)',
    feed: rss('<item><title>Broken</title><description>x</description><category domain="a>Cat</category></item><item><title>Next</title></item>'),
    read: titles,
    want: ['Broken', 'Next'],
  },
  {
    name: 'an RSS 1.0 item inside an extension element of rdf:RDF is no item of the feed',
    feed: `<rdf:RDF ${RDF}><channel><title>T</title></channel><foo:list xmlns:foo="urn:x-foo"><item><title>Listed</title></item></foo:list><item><title>Own RDF</title></item></rdf:RDF>`,
    read: titles,
    want: ['Own RDF'],
  },
  {
    name: 'an RSS 1.0 item resolves its links against the xml:base of rdf:RDF and its own, not of the channel beside it',
    feed:
      `<rdf:RDF ${RDF} xml:base="https://example.org/rdf/"><channel xml:base="https://channel.example/"><title>T</title></channel>` +
      '<item><title>A</title><link>a</link></item><item xml:base="sub/"><title>B</title><link>b</link></item></rdf:RDF>',
    read: (feed) => feed.items.map((item) => item.url),
    want: ['https://example.org/rdf/a', 'https://example.org/rdf/sub/b'],
  },
  {
    name: 'an RSS item resolves its links against an xml:base written on the channel (or root) before the channel\'s link, which serves where none is',
    feed:
      `<rss version="2.0" xml:base="https://root.example/news/"><channel><title>T</title><link>https://home.example/</link><item><title>A</title><link>a</link></item></channel></rss>`,
    read: (feed) => feed.items.map((item) => item.url),
    want: ['https://root.example/news/a'],
  },
  {
    name: 'an RSS item without any xml:base resolves its links against the channel\'s link',
    feed: rss('<item><title>A</title><link>a</link></item>'),
    read: (feed) => feed.items.map((item) => item.url),
    want: ['https://example.org/a'],
  },
  {
    name: 'an RSS 1.0 item resolves its links against the xml:base of rdf:RDF before the channel\'s link',
    feed: `<rdf:RDF ${RDF} xml:base="https://example.org/rdf/"><channel><title>T</title><link>https://home.example/</link></channel><item><title>A</title><link>a</link></item></rdf:RDF>`,
    read: (feed) => feed.items.map((item) => item.url),
    want: ['https://example.org/rdf/a'],
  },
  {
    name: 'an Atom entry credited to its atom:source\'s authors resolves their URIs against the source\'s xml:base',
    feed:
      `<feed ${ATOM} xml:base="https://example.org/"><title>T</title><entry><id>1</id><title>Copied</title>` +
      '<source xml:base="https://blog.example/people/"><id>s</id><author><name>Amina</name><uri>amina</uri></author><author xml:base="guests/"><name>Omar</name><uri>omar</uri></author></source></entry></feed>',
    read: (feed) => feed.items[0].authors,
    want: [
      {name: 'Amina', url: 'https://blog.example/people/amina'},
      {name: 'Omar', url: 'https://blog.example/people/guests/omar'},
    ],
  },
  {
    name: 'base64 Atom content past the longest text kept, in lines, is read as far as it is kept (not dropped for a cut inside a group of 4 or a character)',
    feed:
      `<feed ${ATOM}><title>T</title>${base64Entry('Lines of 60', 'Casablanca est une ville. ', 60)}${base64Entry('Arabic', 'الدار البيضاء مدينة مغربية. ', 57)}` +
      '<entry><id>3</id><title>Unpadded</title><content type="application/octet-stream">SGVsbG8</content></entry></feed>',
    read: (feed) => feed.items.map((item) => [item.title, item.contentText?.slice(0, 27)]),
    want: [
      ['Lines of 60', 'Casablanca est une ville. C'],
      ['Arabic', 'الدار البيضاء مدينة مغربية.'],
      ['Unpadded', 'Hello'],
    ],
  },
  {
    name: 'an RSS item\'s title and link after its first 2,000 fields, and a channel\'s after 4,000 elements outside items, are read (other fields past them are not)',
    feed:
      `<rss version="2.0"><channel>${'<x>1</x>\n'.repeat(2 * MAX_MARKUP_TAGS)}<title>Channel</title><link>https://example.org/</link>` +
      `<item>${'<x>1</x>\n'.repeat(MAX_MARKUP_TAGS)}<category>Late</category><title>Late title</title>\n<link>https://example.org/late</link></item>` +
      `<item><title>Early title</title>${'<x>1</x>\n'.repeat(MAX_MARKUP_TAGS)}<title>Second title</title><link>https://example.org/two</link></item></channel></rss>`,
    read: (feed) => [feed.title, feed.homePageUrl, feed.items.map((item) => [item.title, item.url, item.tags])],
    want: ['Channel', 'https://example.org/', [['Late title', 'https://example.org/late', []], ['Early title', 'https://example.org/two', []]]],
  },
  {
    name: 'an RSS item\'s field after four long fields\' worth of text is not read, in Node as in browsers (both cut the document with xml-split.ts), and the next item is',
    feed: rss(
      `<item><title>Long</title>${['&#233;'.repeat(16_500), 'ab\r\n'.repeat(24_000), `<![CDATA[${'x'.repeat(99_000)}]]>`, 'Lorem ipsum. '.repeat(7_600), 'w'.repeat(90_000)].map((text, n) => `<x:f${n}>${text}</x:f${n}>`).join('')}` +
        '<description>Late summary</description></item><item><title>Next</title><description>Its summary</description></item>',
      ' xmlns:x="urn:x"',
    ),
    read: (feed) => feed.items.map((item) => [item.title, item.summary]),
    want: [
      ['Long', undefined],
      ['Next', 'Its summary'],
    ],
  },
  {
    name: 'an RSS item\'s first title and link after four long fields\' worth of text are read, in Node as in browsers (a later title, and other fields, are not)',
    feed: rss(
      `<item>${['&#233;'.repeat(16_500), 'ab\r\n'.repeat(24_000), `<![CDATA[${'x'.repeat(99_000)}]]>`, 'w'.repeat(99_000), 'v'.repeat(99_000)].map((text, n) => `<x:f${n}>${text}</x:f${n}>`).join('')}` +
        `<title>Late &amp; long ${'t'.repeat(400)}</title><link>https://example.org/late</link><title>Second</title><description>Late summary</description></item>`,
      ' xmlns:x="urn:x"',
    ),
    read: (feed) => feed.items.map((item) => [item.title.slice(0, 14), item.title.length, item.url, item.summary]),
    want: [['Late & long tt', MAX_TITLE, 'https://example.org/late', undefined]],
  },
  {
    name: 'base64 Atom content or a base64 title cut inside its final padding, by the feed or where the reader stops reading it, is read as far as it goes (not dropped or shown as base64)',
    feed:
      `<feed ${ATOM}><title>T</title>` +
      '<entry><id>1</id><title mode="base64">SGVsbA=</title><content type="application/octet-stream">SGVsbA=</content></entry>' +
      // Cut where a text run is cut (xml-split.ts, xml-repair.ts), and where a title stops being read (4 characters of base64 per character of its markup).
      `<entry><id>2</id><title>Run</title><content type="application/octet-stream">${paddingCutAfter(TEXT_RUN_LIMIT)}</content></entry>` +
      `<entry><id>3</id><title mode="base64">${paddingCutAfter(4 * markupLength(MAX_TITLE))}</title></entry></feed>`,
    read: (feed) => feed.items.map((item) => [item.title.slice(0, 27), item.contentText?.slice(0, 27)]),
    want: [
      ['Hell', 'Hell'],
      ['Run', 'Casablanca est une ville. C'],
      ['Casablanca est une ville. C', undefined],
    ],
  },
];
