import {expect} from '@open-wc/testing';
import {FeedError, parseFeed, parseFeedText, type NewsFeed} from '../../src/core/feed.js';
import {MAX_TITLE} from '../../src/core/formats/fields.js';
import {normalizeFeed} from '../../src/core/read-feed.js';
import {parseDate} from '../../src/core/feed-dates.js';
import {knownStories} from '../../src/core/read-feed.js';
import {fixture} from '../helpers.js';

const load = async (name: string) => (await fetch(fixture(name))).json();

describe('parseFeed: JSON Feed 1.1', () => {
  let feed: NewsFeed;
  before(async () => {
    feed = parseFeed(await load('jsonfeed-1.1.json'), fixture('jsonfeed-1.1.json'));
  });

  it('reads the feed fields, decoding entities', () => {
    expect(feed.title).to.equal('Casablanca Daily & Co');
    expect(feed.homePageUrl).to.equal('https://example.com/');
    expect(feed.language).to.equal('en-GB');
  });

  it('resolves next_url and item URLs against feed_url', () => {
    expect(feed.nextUrl).to.equal('https://example.com/feeds/latest-2.json');
    expect(feed.items[0].url).to.equal('https://example.com/2026/01/port-expansion');
    expect(feed.items[0].image).to.equal('https://example.com/feeds/images/port.jpg');
  });

  it('keeps items with a title or text, drops non-objects, empty items and duplicate ids', () => {
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a1', '42', 'a3']);
  });

  it('turns content_html into text without script content', () => {
    expect(feed.items[0].contentText).to.equal('First paragraph. Second\u00a0paragraph with emphasis.');
  });

  it('turns an HTML summary into text', () => {
    expect(feed.items[0].summary).to.equal('The third terminal doubles capacity — officials say.');
  });

  it('reads dates, authors, de-duplicated tags and the item language', () => {
    const [item] = feed.items;
    expect(item.published?.toISOString()).to.equal('2026-01-16T08:30:00.000Z');
    expect(item.modified?.toISOString()).to.equal('2026-01-16T11:00:00.000Z');
    expect(item.authors).to.deep.equal([
      {name: 'Amina Benali', url: 'https://example.com/amina'},
      {name: 'Youssef Idrissi', url: undefined},
    ]);
    expect(item.tags).to.deep.equal(['Economy', 'Port']);
    expect(item.language).to.equal('fr-MA');
  });

  it('uses external_url and banner_image when url and image are missing; numeric ids become strings', () => {
    const item = feed.items[1];
    expect(item.id).to.equal('42');
    expect(item.url).to.equal('https://other.example.org/story');
    expect(item.image).to.equal('https://example.com/banner.jpg');
    expect(item.contentText).to.equal('Plain text body');
  });

  it('falls back to the feed authors and language', () => {
    expect(feed.items[1].authors).to.deep.equal([{name: 'Newsroom', url: 'https://example.com/newsroom'}]);
    expect(feed.items[1].language).to.equal('en-GB');
  });

  it('leaves an unreadable date out instead of showing Invalid Date', () => {
    expect(feed.items[1].published).to.equal(undefined);
  });

  it('drops javascript: and data: URLs and derives a missing title from the text', () => {
    const item = feed.items[2];
    expect(item.url).to.equal(undefined);
    expect(item.image).to.equal(undefined);
    expect(item.title.startsWith('A microblog post without a title')).to.equal(true);
    expect(item.title.length).to.be.at.most(120);
  });
});

describe('parsed items stay as checked', () => {
  it('are frozen, so a checked item cannot be given a javascript: link afterwards', () => {
    const [item] = parseFeed({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 'T', url: 'https://a.example/', tags: ['x']}]}, 'https://a.example/feed.json').items;
    expect(Object.isFrozen(item) && Object.isFrozen(item.tags) && Object.isFrozen(item.authors)).to.equal(true);
    expect(() => {
      (item as {url?: string}).url = 'javascript:alert(1)';
    }).to.throw(TypeError);
    expect(item.url).to.equal('https://a.example/');
  });
});

describe('parseFeed: JSON Feed 1.0', () => {
  it('reads the deprecated author field on the feed and on items', async () => {
    const feed = parseFeed(await load('jsonfeed-1.0.json'), fixture('jsonfeed-1.0.json'));
    expect(feed.items[0].authors).to.deep.equal([{name: 'Feed Author', url: 'https://example.com/me'}]);
    expect(feed.items[1].authors).to.deep.equal([{name: 'Item Author', url: undefined}]);
    expect(feed.items[0].published?.toISOString()).to.equal('2026-01-10T08:00:00.000Z');
  });
});

describe('parseFeed: wrong types and missing fields', () => {
  const base = 'https://example.com/feed.json';
  const version = 'https://jsonfeed.org/version/1.1';
  const one = (item: unknown) => parseFeed({version, items: [item]}, base).items;

  const cases: [string, unknown, (items: ReturnType<typeof one>) => void][] = [
    ['title as a number', {id: 'x', title: 7}, (items) => expect(items[0].title).to.equal('7')],
    ['title as an object', {id: 'x', title: {a: 1}, summary: 'S'}, (items) => expect(items[0].title).to.equal('S')],
    ['tags as a string', {id: 'x', title: 'T', tags: 'news'}, (items) => expect(items[0].tags).to.deep.equal([])],
    ['tags with non-strings', {id: 'x', title: 'T', tags: ['a', 1, null, {}, ' b ']}, (items) => expect(items[0].tags).to.deep.equal(['a', '1', 'b'])],
    ['authors as a string', {id: 'x', title: 'T', authors: 'Someone'}, (items) => expect(items[0].authors).to.deep.equal([])],
    ['author without a name', {id: 'x', title: 'T', authors: [{url: 'https://a.example'}]}, (items) => expect(items[0].authors).to.deep.equal([])],
    ['url as an object', {id: 'x', title: 'T', url: {}}, (items) => expect(items[0].url).to.equal(undefined)],
    ['date as a number', {id: 'x', title: 'T', date_published: 1700000000}, (items) => expect(items[0].published).to.equal(undefined)],
    ['language that is not a tag', {id: 'x', title: 'T', language: 'not a language!'}, (items) => expect(items[0].language).to.equal(undefined)],
    ['summary as an array', {id: 'x', title: 'T', summary: ['a']}, (items) => expect(items[0].summary).to.equal(undefined)],
    ['no id: the URL becomes the id', {title: 'T', url: 'https://a.example/1'}, (items) => expect(items[0].id).to.equal('https://a.example/1')],
    ['no id and no url', {title: 'T'}, (items) => expect(items[0].id).to.equal('item-0')],
    ['a huge title is cut', {id: 'x', title: 'word '.repeat(1000)}, (items) => expect(items[0].title.length).to.be.at.most(MAX_TITLE)],
    ['null item', null, (items) => expect(items).to.deep.equal([])],
    ['item with only an id', {id: 'x'}, (items) => expect(items).to.deep.equal([])],
  ];
  for (const [name, item, check] of cases) it(name, () => check(one(item)));

  it('accepts JSON text as well as an object', () => {
    const feed = parseFeed(JSON.stringify({version, items: [{id: '1', title: 'From text'}]}), base);
    expect(feed.items[0].title).to.equal('From text');
  });

  it('ignores wrong-typed feed fields', () => {
    const feed = parseFeed({version, title: ['x'], home_page_url: 5, next_url: 'javascript:x', language: 3, items: []}, base);
    expect(feed).to.deep.equal({title: undefined, homePageUrl: undefined, language: undefined, nextUrl: undefined, items: []});
  });
});

describe('parseFeed: errors a page owner can act on', () => {
  const base = 'https://example.com/feed.json';
  const failure = (data: unknown) => {
    try {
      parseFeed(data, base);
    } catch (error) {
      return error as FeedError;
    }
    throw new Error('expected parseFeed to throw');
  };

  it('says when the answer is empty, as a server whose PHP failed sends it, rather than calling it broken JSON', async () => {
    for (const text of ['', ' \r\n', '\uFEFF']) {
      const error = failure(text);
      expect(error.kind).to.equal('format');
      expect(error.message).to.equal(`The feed at ${base} is empty.`);
      // The same for text read by parseFeedText, as loadFeed reads an answer (RSS included).
      const fromText = await parseFeedText(text, base).then(() => undefined, (error: unknown) => error as FeedError);
      expect(fromText?.message).to.equal(`The feed at ${base} is empty.`);
    }
  });

  it('says when the text is not JSON', () => {
    const error = failure('{"version": ');
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('syntax');
    expect(error.message).to.contain('not valid JSON').and.contain(base);
  });

  for (const [name, data] of [
    ['an array of numbers', [1, 2]],
    ['a number', 3],
    ['null', null],
    ['an object without items or version', {hello: 'world'}],
  ] as [string, unknown][]) {
    it(`says ${name} is not a feed`, () => {
      const error = failure(data);
      expect(error.kind).to.equal('format');
      expect(error.message).to.contain('is not a feed').and.contain('JSON Feed');
    });
  }

  it('reads JSON text after the PHP warnings a WordPress site printed before it, as parseFeedText does', async () => {
    const warnings = [
      '<br />\n<b>Warning</b>:  Undefined array key "lang" in <b>/var/www/html/wp-content/themes/news/functions.php</b> on line <b>42</b><br />\n',
      'PHP Deprecated:  Creation of dynamic property Theme::$x is deprecated in /var/www/html/inc/class.php on line 7\n',
    ];
    const text = `${warnings.join('')}{"version": "https://jsonfeed.org/version/1.1", "title": "Le360", "items": [{"id": "1", "title": "Casablanca"}]}`;
    const titles = (feed: NewsFeed) => [feed.title, ...feed.items.map((item) => item.title)];
    expect(titles(parseFeed(text, base))).to.deep.equal(['Le360', 'Casablanca']);
    expect(titles(await parseFeedText(text, base))).to.deep.equal(['Le360', 'Casablanca']);
  });

  it('sends XML text to parseFeedText, which loads the XML reader', () => {
    const error = failure('<?xml version="1.0"?><rss></rss>');
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('parseFeedText()');
  });

  it('names the field when items is not a list', () => {
    const error = failure({version: 'https://jsonfeed.org/version/1.1', items: 'nope'});
    expect(error.kind).to.equal('format');
    expect(error.field).to.equal('items');
    expect(error.message).to.contain('"items" must be an array, not a string');
    expect(failure({version: 'https://jsonfeed.org/version/1.1', items: {}}).message).to.contain('"items" must be an array, not an object');
  });
});

describe('a feed\'s base address', () => {
  it('resolves a relative base against the page, as a link: parseFeed(json, \'/feeds/latest.json\') keeps its links', async () => {
    const json = {version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', url: 'https://example.ma/ar/1', title: 'Absolute'}, {id: '2', url: '../ar/2', title: 'Relative'}]};
    const expected = [
      ['Absolute', 'https://example.ma/ar/1'],
      ['Relative', new URL('/ar/2', location.href).href],
    ];
    for (const feed of [parseFeed(json, '/feeds/latest.json'), await parseFeedText(JSON.stringify(json), '/feeds/latest.json')]) {
      expect(feed.items.map((item) => [item.title, item.url])).to.deep.equal(expected);
    }
    // One that is no http(s) address resolves nothing, and takes no absolute link with it.
    expect(parseFeed(json, 'mailto:desk@example.ma').items.map((item) => item.url)).to.deep.equal(['https://example.ma/ar/1', undefined]);
  });
});

describe('parseFeedText: bytes', () => {
  const base = 'https://hespress.example/feed/';
  // "مصر" in windows-1256 and in UTF-8.
  const windows1256 = [0xe3, 0xd5, 0xd1];
  const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
  const rss = (declaration: string, title: number[]) =>
    Uint8Array.from([...ascii(`<?xml version="1.0"${declaration}?><rss><channel><item><title>`), ...title, ...ascii('</title><link>/a</link></item></channel></rss>')]);
  const title = async (input: Uint8Array | ArrayBuffer, contentType?: string) => (await parseFeedText(input, base, {contentType})).items[0].title;
  const failure = (input: unknown) => parseFeedText(input as string, base).then(() => undefined, (error: unknown) => error as FeedError);

  it('decodes them as loadFeed decodes an answer: the XML declaration\'s encoding, the Content-Type\'s charset before it, a byte-order mark before both', async () => {
    expect(await title(rss(' encoding="windows-1256"', windows1256))).to.equal('مصر');
    expect(await title(rss('', windows1256), 'application/rss+xml; charset=windows-1256')).to.equal('مصر');
    // The charset over a declaration that says otherwise (a CMS's template, a server's setting).
    expect(await title(rss(' encoding="ISO-8859-1"', windows1256), 'application/rss+xml; charset=windows-1256')).to.equal('مصر');
    // An Arabic site's windows-1256 feed served as UTF-8: the bytes are not UTF-8, the declaration is believed.
    expect(await title(rss(' encoding="windows-1256"', windows1256), 'text/xml; charset=utf-8')).to.equal('مصر');
    // Blank lines a template printed above the declaration, past the first 512 bytes: it is still read.
    expect(await title(Uint8Array.from([...ascii('\r\n'.repeat(600)), ...rss(' encoding="windows-1256"', windows1256)]))).to.equal('مصر');
    // A no-break space byte among them too (helper-177).
    expect(await title(Uint8Array.from([0xa0, ...ascii('\n'), ...rss(' encoding="windows-1256"', windows1256)]))).to.equal('مصر');
    const utf8 = [...new TextEncoder().encode('مصر')];
    expect(await title(Uint8Array.from([0xef, 0xbb, 0xbf, ...rss(' encoding="windows-1256"', utf8)]), 'text/xml; charset=windows-1256')).to.equal('مصر');
    // Undeclared bytes that are not UTF-8 are windows-1252, as browsers read legacy Latin text.
    expect(await title(rss('', ascii('Caf\u00e9 \u0080')))).to.equal('Café €');
    // A Content-Type that is no text (a page's code passing a number or the Headers object) names no charset: undeclared, the bytes are windows-1252.
    for (const contentType of [42, new Headers({'Content-Type': 'text/xml; charset=windows-1256'}), Object.create(null) as object]) {
      expect(await title(rss('', windows1256), contentType as unknown as string)).to.equal('ãÕÑ');
    }
  });

  it('takes an ArrayBuffer (a fetch answer\'s arrayBuffer()) and a view into a larger buffer, reading only the view\'s bytes', async () => {
    const bytes = rss(' encoding="windows-1256"', windows1256);
    const answer = await new Response(bytes).arrayBuffer();
    expect(await title(answer)).to.equal('مصر');
    const larger = new Uint8Array(bytes.length + 8);
    larger.set(bytes, 4);
    larger.fill(0x7b, 0, 4);
    larger.fill(0x7d, bytes.length + 4);
    expect(await title(larger.subarray(4, bytes.length + 4))).to.equal('مصر');
  });

  it('reads JSON bytes, refuses gzip-compressed ones by name, and calls empty bytes empty', async () => {
    const json = new TextEncoder().encode('{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "الدار البيضاء"}]}');
    expect(await title(json)).to.equal('الدار البيضاء');
    const gzip = await failure(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]));
    expect(gzip?.kind).to.equal('format');
    expect(gzip?.message).to.equal(`The feed at ${base} is gzip-compressed without a Content-Encoding: gzip header: serve it with that header, or uncompressed.`);
    expect((await failure(new Uint8Array(0)))?.message).to.equal(`The feed at ${base} is empty.`);
  });

  it('rejects with the reason of a signal aborted before the call or while it reads, whatever the feed\'s size (a small one never pauses)', async () => {
    const reason = new Error('the reader switched language');
    for (const text of ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', '<rss><channel><item><title>A</title></item></channel></rss>']) {
      const outcome = await parseFeedText(text, base, {signal: AbortSignal.abort(reason)}).then(() => 'read', (error: unknown) => error);
      expect(outcome).to.equal(reason);
      // Aborted while it reads, right after the call.
      const controller = new AbortController();
      const reading = parseFeedText(text, base, {signal: controller.signal}).then(() => 'read', (error: unknown) => error);
      controller.abort(reason);
      expect(await reading).to.equal(reason);
    }
  });

  it('refuses what is neither text nor bytes with a FeedError that says what it got, not a TypeError', async () => {
    for (const [input, got] of [
      [null, 'null'],
      [undefined, 'undefined'],
      [42, 'number'],
      [{items: []}, 'object'],
      [new Response('{}'), 'object'],
    ] as [unknown, string][]) {
      const error = await failure(input);
      expect(error).to.be.instanceOf(FeedError);
      expect(error?.kind).to.equal('format');
      expect(error?.message).to.equal(`parseFeedText() takes a feed's text or bytes (Uint8Array, ArrayBuffer), not ${got}.`);
    }
    // Bytes handed to a worker (transferred) are gone from this side: a format error, not the engine's TypeError.
    const bytes = new TextEncoder().encode('{"version":"https://jsonfeed.org/version/1.1","items":[]}');
    structuredClone(bytes.buffer, {transfer: [bytes.buffer]});
    for (const input of [bytes, bytes.buffer]) {
      const error = await failure(input);
      expect(error).to.be.instanceOf(FeedError);
      expect(error?.kind).to.equal('format');
      expect(error?.message).to.equal('parseFeedText() was given a transferred ArrayBuffer.');
    }
  });
});

describe('parseDate', () => {
  it('reads RFC 3339 dates with offsets', () => {
    expect(parseDate('2026-01-16T09:30:00+01:00')?.toISOString()).to.equal('2026-01-16T08:30:00.000Z');
  });
  it('reads leap days, years before 100 and the edges of the calendar', () => {
    const iso = (text: string) => parseDate(text)?.toISOString();
    expect(iso('2024-02-29T12:00:00Z')).to.equal('2024-02-29T12:00:00.000Z');
    expect(iso('2000-02-29')).to.equal('2000-02-29T00:00:00.000Z');
    expect(iso('0050-06-15T01:02:03+01:00')).to.equal('0050-06-15T00:02:03.000Z');
    expect(iso('0001-01-01T00:00:00Z')).to.equal('0001-01-01T00:00:00.000Z');
    expect(iso('9999-12-31T23:59:60Z')).to.equal('9999-12-31T23:59:59.000Z');
    expect(iso('31 Dec 0099 23:00:01 GMT')).to.equal('0099-12-31T23:00:01.000Z');
  });
  it('reads a two-digit year as RFC 2822 §4.3 says: 00–49 after 2000, 50–99 before', () => {
    const iso = (text: string) => parseDate(text)?.toISOString();
    expect(iso('16 Jan 26 09:30:00 GMT')).to.equal('2026-01-16T09:30:00.000Z');
    expect(iso('16 Jan 49 09:30:00 GMT')).to.equal('2049-01-16T09:30:00.000Z');
    expect(iso('16 Jan 50 09:30:00 GMT')).to.equal('1950-01-16T09:30:00.000Z');
  });
  it('reads Greek, Hungarian, French, Spanish, Portuguese, German, Dutch and Italian month names (by Intl) and Korean forms (in Korea time)', () => {
    const iso = (text: string) => parseDate(text)?.toISOString();
    expect(iso('Κυρ, 11 Ιούλ 2004 12:00:00 EST')).to.equal('2004-07-11T17:00:00.000Z');
    expect(iso('2004-július-13T9:15-05:00')).to.equal('2004-07-13T14:15:00.000Z');
    expect(iso('2004-05-25 오후 11:23:17')).to.equal('2004-05-25T14:23:17.000Z');
    expect(iso('2004년 05월 28일  01:31:15')).to.equal('2004-05-27T16:31:15.000Z');
    expect(iso('11 Ιούλ 2004 25:00:00 GMT')).to.equal(undefined);
    expect(iso('1 janvier 2004')).to.equal('2004-01-01T00:00:00.000Z');
    expect(iso('1 gennaio 2004')).to.equal('2004-01-01T00:00:00.000Z');
    // A language not read (Welsh).
    expect(iso('1 Ionawr 2004')).to.equal(undefined);
  });
  it('reads ISO\'s form with one-digit numbers in UTC, not Korea\'s time (gofeed\'s date layouts)', () => {
    const iso = (text: string) => parseDate(text)?.toISOString();
    expect(iso('2024-3-5 10:00:00')).to.equal('2024-03-05T10:00:00.000Z');
    expect(iso('2024-03-05 10:00:00')).to.equal('2024-03-05T10:00:00.000Z');
  });
  it('keeps milliseconds, cutting digits past them as Date.parse does', async () => {
    const iso = (text: string) => parseDate(text)?.toISOString();
    expect(iso('2024-03-05T10:00:00.123Z')).to.equal('2024-03-05T10:00:00.123Z');
    expect(iso('2024-03-05T10:00:00,5+01:00')).to.equal('2024-03-05T09:00:00.500Z');
    expect(iso('2024-03-05T10:00:00.123999Z')).to.equal('2024-03-05T10:00:00.123Z');
    expect(iso('2024-03-05 10:00:00.04')).to.equal('2024-03-05T10:00:00.040Z');
    expect(iso('2024-12-31T23:59:60.5Z')).to.equal('2024-12-31T23:59:59.500Z');
    // Two stories of one second keep their order, in the readers too.
    const feed = await parseFeedText(
      JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: 'a', title: 'A', date_published: '2024-03-05T10:00:00.900Z'}, {id: 'b', title: 'B', date_published: '2024-03-05T10:00:00.100Z'}]}),
    );
    expect(feed.items.map((item) => item.published!.getTime() % 1000)).to.deep.equal([900, 100]);
    const atom = await parseFeedText('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><updated>2024-03-05T10:00:00.123456+00:00</updated></entry></feed>');
    expect(atom.items[0].published?.toISOString()).to.equal('2024-03-05T10:00:00.123Z');
  });
  for (const bad of ['', 'yesterday', '2026-13-45', '2023-02-29', '1900-02-29', '2026-04-31', null, 5, {}]) {
    it(`rejects ${JSON.stringify(bad)}`, () => expect(parseDate(bad)).to.equal(undefined));
  }
});

describe('stories that share one guid', () => {
  const rss = (items: [guid: string, link: string][]) =>
    `<rss version="2.0"><channel><title>T</title>${items.map(([guid, link]) => `<item><title>${link}</title><link>https://e.com/${link}</link><guid isPermaLink="false">${guid}</guid></item>`).join('')}</channel></rss>`;
  const read = async (items: [string, string][]) => (await parseFeedText(rss(items), 'https://e.com/feed.xml')).items;

  it('are one story whether kept under the guid and link (shared on a page) or the bare guid (alone on the next, or after a refresh)', async () => {
    const before = await read([['X', 'x'], ['G', 'a'], ['G', 'b']]);
    const after = await read([['Y', 'y'], ['X', 'x'], ['G', 'a']]);
    const known = knownStories(before);
    expect(after.map((item) => [item.id, known(item)])).to.deep.equal([
      ['Y', false],
      ['X', true],
      ['G', true],
    ]);
    // The same guid with another link, alone on a page: another story of the shared guid.
    expect(known((await read([['G', 'c']]))[0])).to.equal(false);
    // A guid alone on both pages is the feed's identity for one story, whatever its link.
    expect(knownStories(await read([['U', 'old-slug']]))((await read([['U', 'new-slug']]))[0])).to.equal(true);
  });

  it('keep their ids unique, also beside a guid written as another story\'s shared id', async () => {
    for (const feed of [
      [['G', 'a'], ['G', 'b'], ['G https://e.com/a', 'z']],
      [['G https://e.com/b', 'z'], ['G', 'a'], ['G', 'b']],
      [['G', 'a'], ['G', 'b'], ['G', 'a'], ['G', 'c']],
    ] as [string, string][][]) {
      const ids = (await read(feed)).map((item) => item.id);
      expect(new Set(ids).size, ids.join(', ')).to.equal(ids.length);
    }
    expect((await read([['G', 'a'], ['G', 'b'], ['G', 'a'], ['G', 'c']])).map((item) => item.title)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('normalizeFeed', () => {
  it('gives an item without a language its feed’s, as the parsers do', () => {
    const feed = normalizeFeed({
      language: 'ar-MA',
      items: [
        {id: '1', title: 'المغرب', authors: [], tags: []},
        {id: '2', title: 'Maroc', language: 'fr', authors: [], tags: []},
      ],
    });
    expect(feed.items.map((item) => item.language)).to.deep.equal(['ar-MA', 'fr']);
    expect(normalizeFeed({items: [{id: '3', title: 'No language', authors: [], tags: []}]}).items[0].language).to.equal(undefined);
  });
});
