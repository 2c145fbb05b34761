/**
 * Feeds the XML reader misread, named in a review of its splitter (xml-split.ts), repair
 * (xml-repair.ts) and reader (xml.ts). Hand-written, each with what the card must show; run
 * in browsers (formats-reader-cases.test.ts), which cut a feed into pieces, and in Node
 * (test/node/feeds.node.ts), which repairs it first and reads it whole.
 */
import type {ReaderCase} from './miniflux-cases.js';

const ATOM = 'xmlns="http://www.w3.org/2005/Atom"';
const RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"';

/** Base64 of `text`'s UTF-8, in lines of `line` characters, as mail and some generators wrap it. */
function base64Lines(text: string, line: number): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(new RegExp(`.{${line}}`, 'g'), '$&\n');
}
const base64Entry = (title: string, text: string, line: number) =>
  `<entry><id>${title}</id><title>${title}</title><content type="application/octet-stream">${base64Lines(text.repeat(Math.ceil(160_000 / text.length)), line)}</content></entry>`;

export const XML_REVIEW_CASES: ReaderCase[] = [
  {
    name: 'an RSS 1.0 item resolves its links against the xml:base of rdf:RDF and its own, not of the channel beside it',
    feed:
      `<rdf:RDF ${RDF} xml:base="https://example.org/rdf/"><channel xml:base="https://channel.example/"><title>T</title></channel>` +
      '<item><title>A</title><link>a</link></item><item xml:base="sub/"><title>B</title><link>b</link></item></rdf:RDF>',
    read: (feed) => feed.items.map((item) => item.url),
    want: ['https://example.org/rdf/a', 'https://example.org/rdf/sub/b'],
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
];
