import {expect} from '@open-wc/testing';
import {decodeFeedBytes} from '../../src/core/encoding.js';
import {FeedError, parseFeed, parseFeedText, type NewsFeed} from '../../src/core/feed.js';
import {MAX_ITEMS} from '../../src/core/formats/fields.js';
import {loadFeed} from '../../src/core/load.js';
import {runNow} from '../../src/core/steps.js';
import {PIECE_SIZE, parseXmlFeed} from '../../src/core/formats/xml.js';
import {CHARS_PER_STEP, MAX_ATTRIBUTES, MAX_NAMESPACES, MAX_NAMESPACE_LENGTH, VALUES_PER_STEP, expandDoctype, expandDoctypeSteps, repairXml, repairXmlSteps, tagEnd} from '../../src/core/formats/xml-repair.js';
import {HEAD_FIELD_TEXT, HEAD_TEXT, ITEM_TEXT_RUNS, LOOSE_TEXT, MAX_ITEM_DEPTH, TEXT_RUN_LIMIT, splitFeed, textCut, type FeedPieces} from '../../src/core/formats/xml-split.js';
import {MAX_MARKUP_TAGS} from '../../src/core/markup-limits.js';
import {MAX_LIST_READ} from '../../src/core/formats/fields.js';
import fc from 'fast-check';
import type {Corpus} from '../corpus/feedparser/corpus.js';
import {HOSTILE_XML} from '../corpus/hostile.js';
import {MALFORMED} from '../hostile/malformed.js';
import {pausesOf} from '../helpers.js';

const BASE = 'https://example.com/feed.xml';
const WHOLE = Infinity;

/** The feed (or the error) as text, to compare two readings of one document. */
async function reading(markup: string, pieceSize: number): Promise<string> {
  try {
    return JSON.stringify(await parseXmlFeed(markup, BASE, pieceSize));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return `${error.kind}: ${error.message}`;
  }
}
const split = (markup: string, pieceSize = 1) => runNow(splitFeed(expandDoctype(markup.replace(/^[\uFEFF\s]+/, '')), pieceSize));
/** A tag named `name` of `count` attributes: by default 255 (MAX_ATTRIBUTES, less one), in about 2,600 characters. */
const attributed = (name: string, count = 255) => `<${name}${Array.from({length: count}, (_, i) => ` a${i}="${i}"`).join('')}/>`;
const pieces = (markup: string) => {
  const result = split(markup);
  return typeof result === 'object' ? [...(result as FeedPieces).items] : result;
};

/** Every text the reader gives `DOMParser` while `run` runs. */
async function parsedTexts(run: () => Promise<unknown>): Promise<string[]> {
  const original = DOMParser.prototype.parseFromString;
  const texts: string[] = [];
  DOMParser.prototype.parseFromString = function (this: DOMParser, markup: string, type: DOMParserSupportedType) {
    texts.push(String(markup));
    return original.call(this, markup, type);
  } as typeof original;
  try {
    await run();
  } finally {
    DOMParser.prototype.parseFromString = original;
  }
  return texts;
}

/** Every `parseFromString` call the reader makes while `run` runs, by text length. */
const parsedLengths = async (run: () => Promise<unknown>): Promise<number[]> => (await parsedTexts(run)).map((text) => text.length);

const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const rss = (items: string, channel = '', root = '') => `<?xml version="1.0"?><rss version="2.0"${root}><channel${channel}><title>Pieces</title>${items}</channel></rss>`;
const item = (i: number, extra = '') => `<item><title>Item ${i}</title><guid>g${i}</guid>${extra}</item>`;
const items = (count: number, extra = '') => Array.from({length: count}, (_, i) => item(i, extra)).join('');

// Documents whose items are hard to find: each is read in pieces and whole, with the same result,
// and gives the titles listed (undefined: an error or an empty feed is expected).
const HARD: [string, string, string[] | undefined][] = [
  ['</item> inside CDATA', rss(`<item><title>A</title><description><![CDATA[ends </item></channel></rss> not here]]></description></item>${item(2)}`), ['A', 'Item 2']],
  ['<item> inside a comment', rss(`<!-- <item><title>Commented</title></item> -->${item(1)}<!--</item>-->${item(2)}`), ['Item 1', 'Item 2']],
  ['<item> inside a processing instruction', rss(`<?pi <item> ?>${item(1)}<?pi </item> ?>`), ['Item 1']],
  ['> and quotes in attribute values', rss(`<item a="x>y" b='"/item>"'><title>Quoted</title></item>${item(2)}`), ['Quoted', 'Item 2']],
  ['unusual whitespace inside tags', rss(`<item\n\t><title>Spaced</title></item\r\n  >\n\n<item  ><title >Two</title\n></item>`), ['Spaced', 'Two']],
  ['items nested in items', rss(`<item><title>Outer</title><x><item><title>Inner</title></item></x></item>${item(2)}`), ['Outer', 'Item 2']],
  ['self-closing items', rss(`<item/>${item(1)}<item />`), ['Item 1']],
  [
    'namespaces declared on the channel and the root',
    rss(`<item><title>NS</title><dc:creator>Amina</dc:creator><content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded></item>`, ' xmlns:dc="http://purl.org/dc/elements/1.1/"', ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'),
    ['NS'],
  ],
  ['xml:base and xml:lang on the channel', rss(`<item><title>Based</title><link>story</link></item>`, ' xml:base="https://news.example.org/ar/" xml:lang="ar"'), ['Based']],
  [
    'RDF items beside the channel',
    '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>RDF</title><items><rdf:Seq><rdf:li resource="a"/></rdf:Seq></items></channel><item rdf:about="https://example.com/a"><title>RDF A</title></item><image/><item rdf:about="https://example.com/b"><title>RDF B</title></item></rdf:RDF>',
    ['RDF A', 'RDF B'],
  ],
  ['items before and beside the channel (channel ones come first)', `<rss>${item(9)}<channel>${item(1)}</channel>${item(8)}</rss>`, ['Item 1', 'Item 9', 'Item 8']],
  ['a second channel (not read)', `<rss><channel>${item(1)}</channel><channel>${item(2)}</channel></rss>`, ['Item 1']],
  ['a bare <channel> root', `<channel><title>Bare</title>${item(1)}${item(2)}</channel>`, ['Item 1', 'Item 2']],
  [
    'Atom entries, with authors on the feed and entries in another namespace',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="urn:x"><title>Atom</title><author><name>Feed Author</name></author><entry><title>E1</title><id>1</id></entry><x:entry><title>Not an entry</title></x:entry><entry><title type="html">&lt;b&gt;E2&lt;/b&gt;</title><id>2</id></entry></feed>',
    ['E1', 'E2'],
  ],
  ['prefixed Atom', '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>Prefixed</a:title><a:id>p</a:id></a:entry></a:feed>', ['Prefixed']],
  ['entities declared in a doctype', '<!DOCTYPE rss [<!ENTITY who "Amina &amp; Co">]><rss><channel><title>&who;</title><item><title>By &who;</title></item></channel></rss>', ['By Amina & Co']],
  ['an undeclared prefix in one item (repaired)', rss(`${item(1)}<item><title>Undeclared</title><media:thumbnail url="https://example.com/i.jpg"/></item>`), ['Item 1', 'Undeclared']],
  ['a stray & in one item (repaired)', rss(`${item(1)}<item><title>Fish & chips</title></item>`), ['Item 1', 'Fish & chips']],
  ['a mismatched tag in one item (repaired)', rss(`${item(1)}<item><title>Bad</b></title></item>${item(3)}`), undefined],
  ['a truncated document (repaired)', rss(items(3)).slice(0, -20), ['Item 0', 'Item 1', 'Item 2']],
  // The start of a tag that the document's end cut off is no text of the field before it.
  ['a document cut inside an end tag (repaired)', rss(`${item(1)}<item><title>Cut short</tit`).replace('</channel></rss>', ''), ['Item 1', 'Cut short']],
  ['a document cut right after a < (repaired)', rss(`${item(1)}<item><title>Cut short<`).replace('</channel></rss>', ''), ['Item 1', 'Cut short']],
  ['a document cut inside a start tag, at a < in a value (repaired)', rss(`<item><title>Almost there <span title="a<b`).replace('</channel></rss>', ''), ['Almost there']],
  ['an element of the head left open before the items (repaired)', rss(`<itunes:category text="Technology">${items(3)}`, '', ` xmlns:itunes="${ITUNES}"`), ['Item 0', 'Item 1', 'Item 2']],
  ['an element of an Atom head left open before the entries (repaired)', '<feed xmlns="http://www.w3.org/2005/Atom"><title>Open</title><author><name>A</name><entry><id>1</id><title>E1</title></entry><entry><id>2</id><title>E2</title></entry></feed>', ['E1', 'E2']],
  // Well-formed: the item is the extension's, not the feed's (and the repair, which Node's reader runs on every document, leaves it there).
  ['an item inside an element of the head, closed after it', rss(`<x:list xmlns:x="urn:x"><item><title>Listed</title></item></x:list>${item(2)}`), ['Item 2']],
  ['an entry inside an element of an Atom head, closed after it', '<feed xmlns="http://www.w3.org/2005/Atom"><x:list xmlns:x="urn:x"><entry><id>0</id><title>Listed</title></entry></x:list><entry><id>1</id><title>E1</title></entry></feed>', ['E1']],
  ['an item inside an element with a `/>` in a value, which the repair reads as XML does', rss(`<x:list xmlns:x="urn:x" a="/>"><item><title>Listed</title></item></x:list>${item(2)}`), ['Item 2']],
  ['an item inside an element the repair reads otherwise (a name past ASCII), read as the repair reads it', rss(`<x:lïst xmlns:x="urn:x"><item><title>Listed</title></item></x:lïst>${item(2)}`), ['Listed', 'Item 2']],
  ['an unfinished comment', rss(`${item(1)}<!-- never closed`), undefined],
  ['text after the root', `${rss(items(2))}trailing`, undefined],
  ['a second root', `${rss(items(2))}<rss/>`, undefined],
  ['a < in text', rss(`<item><title>1 < 2</title></item>${item(2)}`), undefined],
  ['an invalid character in one item', rss(`${item(1)}<item><title>Tab\u000Bbed</title></item>`), ['Item 1', 'Tabbed']],
  ['a root that is no feed', '<html><item><title>No</title></item></html>', undefined],
];

describe('reading RSS and Atom in pieces', () => {
  for (const [name, markup, titles] of HARD) {
    it(`reads ${name} in pieces as it reads it whole`, async () => {
      const whole = await reading(markup, WHOLE);
      expect(await reading(markup, 1)).to.equal(whole);
      if (titles) expect((JSON.parse(whole) as NewsFeed).items.map((i) => i.title)).to.deep.equal(titles);
    });
  }

  it('cuts at the right places: one piece per item with the root, channel and namespace start tags', () => {
    const markup = rss(`<item><title>A</title><description><![CDATA[</item>]]></description></item><!-- <item> -->${item(2)}`, ' xmlns:dc="urn:dc"', ' xmlns:x="urn:x"');
    expect(pieces(markup)).to.deep.equal([
      '<?xml version="1.0"?><rss xmlns:x="urn:x"><channel xmlns:dc="urn:dc"><item><title>A</title><description><![CDATA[</item>]]></description></item></channel></rss>',
      `<?xml version="1.0"?><rss xmlns:x="urn:x"><channel xmlns:dc="urn:dc">${item(2)}</channel></rss>`,
    ]);
    // A piece's start tags keep what a reader reads of an item's ancestors, in either quotes, and no other attribute.
    const attributes = rss(item(1), ` rdf:about='https://example.com/' xml:base='https://example.com/news/' xml:lang="ar"`, ` version="2.0" data-x="${'x'.repeat(10_000)}"`);
    expect(pieces(attributes)).to.deep.equal([`<?xml version="1.0"?><rss><channel xml:base='https://example.com/news/' xml:lang="ar">${item(1)}</channel></rss>`]);
    // An attribute name holding a character JavaScript's \s takes for a blank (U+FEFF, a name character in XML).
    expect(pieces(rss(item(1), ' a\uFEFFb="1" xmlns:dc="urn:dc"'))).to.deep.equal([`<?xml version="1.0"?><rss><channel xmlns:dc="urn:dc">${item(1)}</channel></rss>`]);
    expect((split(markup) as FeedPieces).head).to.equal('<?xml version="1.0"?><rss version="2.0" xmlns:x="urn:x"><channel xmlns:dc="urn:dc"><title>Pieces</title><!-- <item> --></channel></rss>');
  });

  it('says "ill-formed" only for text that is certainly not XML, and leaves other documents whole', () => {
    expect(split(rss(`<item><title>x</b></item>`))).to.equal('ill-formed');
    expect(split(rss(items(2)).slice(0, -3))).to.equal('ill-formed');
    expect(split(rss(`${item(1)}<!-- open`))).to.equal('ill-formed');
    expect(split(rss(`<item><title>a < b</title></item>`))).to.equal('ill-formed');
    // A root no reader reads is named, not parsed, whatever follows it.
    expect(split('<html><item/></html>')).to.deep.equal({root: 'html'});
    expect(split('<?xml version="1.0"?><!-- a page --><h:html xmlns:h="urn:h"><body><p>unclosed</body>')).to.deep.equal({root: 'html'});
    // A feed without items is its head alone.
    const itemless = split(rss('')) as FeedPieces;
    expect([itemless.head, [...itemless.items]]).to.deep.equal([rss(''), []]);
  });

  it('groups items into pieces of at least the piece size, each parsed on its own', async () => {
    const markup = rss(items(2_000, `<description>${'x'.repeat(200)}</description>`));
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    // The head, then pieces of PIECE_SIZE characters of items (and one item more at most) until MAX_ITEMS are read.
    expect(lengths.length).to.be.within(4, 10);
    expect(Math.max(...lengths)).to.be.below(PIECE_SIZE + 1_000);
    const feed = await parseXmlFeed(markup, BASE);
    expect(feed.items.length).to.equal(MAX_ITEMS);
    expect(feed.items.at(-1)!.title).to.equal(`Item ${MAX_ITEMS - 1}`);
  });

  it('reads a long feed whose head leaves an element open before its items in pieces, once repaired', async () => {
    const markup = rss(`<itunes:category text="Technology">${items(2_000, `<description>${'x'.repeat(200)}</description>`)}`, '', ` xmlns:itunes="${ITUNES}"`);
    let feed: NewsFeed | undefined;
    const lengths = await parsedLengths(async () => (feed = await parseXmlFeed(markup, BASE)));
    expect(feed!.items.map((entry) => entry.title)).to.deep.equal(Array.from({length: MAX_ITEMS}, (_, i) => `Item ${i}`));
    // The repaired document is cut as any long feed is: its head, then pieces of PIECE_SIZE characters of items.
    expect(lengths.length).to.be.within(4, 10);
    expect(Math.max(...lengths)).to.be.below(PIECE_SIZE + 1_000);
  });

  it('stops parsing once the item cap is reached: items past it cost no parse', async () => {
    const markup = rss(items(20_000));
    let feed: NewsFeed | undefined;
    const parsed = (await parsedLengths(async () => (feed = await parseXmlFeed(markup, BASE)))).reduce((a, b) => a + b, 0);
    expect(feed!.items.length).to.equal(MAX_ITEMS);
    // 20,000 items of about 45 characters: the reader parses the head and the first thousand, in about one piece.
    expect(markup.length).to.be.above(800_000);
    expect(parsed).to.be.below(PIECE_SIZE * 2);
  });

  it('reads RSS and Atom up to maxLength characters (4,000,000 by default), and loadFeed as far as its maxBytes', async function () {
    // Five reads of a 5 MB feed: a few seconds on a quiet 2-core machine, past mocha's 10 s on a busy one (Firefox, in a CI run beside other tests).
    this.timeout(30_000);
    // 1,000 items of about 5,000 characters: past the default length, items are cut off.
    const markup = rss(items(1_000, `<description>${'Casablanca '.repeat(450)}</description>`));
    expect(markup.length).to.be.within(5_000_000, 5_500_000);
    const count = async (options: {maxLength?: number}) => (await parseFeedText(markup, BASE, options)).items.length;
    const byDefault = await count({});
    expect(byDefault).to.be.within(700, 800);
    expect(await count({maxLength: NaN})).to.equal(byDefault);
    expect(await count({maxLength: 6_000_000})).to.equal(1_000);
    // Three items and the start of a fourth, repaired like any truncated feed (its title came before the cut).
    expect(await count({maxLength: 20_000})).to.equal(4);
    const original = window.fetch;
    window.fetch = async () => new Response(markup);
    try {
      expect((await loadFeed(`/long-${Math.random()}.xml`, {maxBytes: 6_000_000})).items.length).to.equal(1_000);
    } finally {
      window.fetch = original;
    }
  });

  it('counts the items it leaves out (empty, a story met again) towards maxItems, as a JSON feed does: the rest is never read (helper-162)', async () => {
    const empty = '<item/>'.repeat(5);
    const again = '<item><guid>same</guid><link>https://example.com/same</link><title>Same</title></item>'.repeat(5);
    const real = '<item><guid>real</guid><title>Real</title></item>';
    for (const [name, before] of [['empty', empty], ['repeated', again]]) {
      const titles = async (maxItems: number, size?: number) => (await parseXmlFeed(rss(before + real), BASE, size, maxItems)).items.map((entry) => entry.title);
      expect(await titles(5), `${name}: the sixth item is past five`).to.deep.equal(name === 'empty' ? [] : ['Same']);
      expect(await titles(6), `${name}: the sixth item is within six`).to.deep.equal(name === 'empty' ? ['Real'] : ['Same', 'Real']);
      expect(await titles(5, WHOLE), `${name}, whole`).to.deep.equal(name === 'empty' ? [] : ['Same']);
    }
    const json = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [...Array.from({length: 5}, () => ({})), {id: 'real', title: 'Real'}]});
    expect((await parseFeedText(json, BASE, {maxItems: 5})).items, 'JSON Feed alike').to.deep.equal([]);
  });

  it('reads as many items as parseFeedText is asked to, in pieces or whole; RSS, Atom, JSON Feed and WordPress alike', async () => {
    const markup = rss(items(1_500));
    for (const [maxItems, count] of [[1_200, 1_200], [7, 7], [0, MAX_ITEMS], [Number.NaN, MAX_ITEMS], [undefined, MAX_ITEMS]] as const) {
      const titles = async (text: string) => (await parseFeedText(text, BASE, {maxItems})).items.map((entry) => entry.title);
      const expected = Array.from({length: count}, (_, i) => `Item ${i}`);
      expect(await titles(markup), `RSS, maxItems ${maxItems}`).to.deep.equal(expected);
      const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${Array.from({length: 1_500}, (_, i) => `<entry><id>e${i}</id><title>Item ${i}</title></entry>`).join('')}</feed>`;
      expect(await titles(atom), `Atom, maxItems ${maxItems}`).to.deep.equal(expected);
      const json = JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: Array.from({length: 1_500}, (_, i) => ({id: `j${i}`, title: `Item ${i}`}))});
      expect(await titles(json), `JSON Feed, maxItems ${maxItems}`).to.deep.equal(expected);
      const posts = Array.from({length: 1_500}, (_, i) => ({id: i, title: {rendered: `Item ${i}`}}));
      expect((await titles(JSON.stringify(posts))).length, `WordPress, maxItems ${maxItems}`).to.equal(count);
      expect(parseFeed(posts, BASE, {maxItems}).items.length, `parseFeed, maxItems ${maxItems}`).to.equal(count);
    }
    // Whole (as Node's parser reads) gives the same cut as pieces.
    expect((await parseXmlFeed(markup, BASE, WHOLE, 1_200)).items.length).to.equal(1_200);
  });

  it('reads the hostile documents in pieces as it reads them whole', async function () {
    this.timeout(120_000);
    for (const [name, make] of [...HOSTILE_XML, ...Object.entries(MALFORMED).map(([name, markup]) => [name, () => markup] as const)]) {
      const markup = make();
      if (markup.length > 5_000_000) continue; // past MAX_MARKUP: both read the same first 4,000,000 characters (see the maxLength test)
      expect(await reading(markup, PIECE_SIZE), name).to.equal(await reading(markup, WHOLE));
    }
  });
});

describe('text no field reads is left out of the pieces', () => {
  const textOf = (markup: string) => {
    const doc = new DOMParser().parseFromString(markup, 'application/xml');
    return doc.querySelector('parsererror') ? undefined : doc.documentElement.textContent!;
  };

  it('cuts a run of XML text where it still reads as the limit: never inside a reference or a surrogate pair', () => {
    const piece = fc.constantFrom('a', ' ', 'é', '😀', '&lt;', '&amp;', '&#x1F600;', '&#233;', '&quot;', '\r\n', '\n', 'ب');
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join('')), fc.integer({min: 1, max: 40}), (run, limit) => {
        const markup = `<a>${run}</a>`;
        const cut = textCut(markup, 3, 3 + run.length, limit);
        const whole = textOf(markup)!;
        const kept = textOf(`${markup.slice(0, cut)}</a>`);
        expect(kept, `cut at ${cut - 3} of ${JSON.stringify(run)}`).to.be.a('string');
        expect(whole.startsWith(kept!)).to.equal(true);
        expect(kept!.length).to.be.at.least(Math.min(whole.length, limit));
      }),
      {numRuns: 1_000},
    );
  });

  it('reads a feed with a megabyte-long description, CDATA section and comment the same in pieces, with no piece longer than a long article', async () => {
    const long = (n: number) => Array.from({length: n}, (_, i) => `Mot${i} `).join('');
    const markup = rss(
      `<item><title>Encoded</title><description>${'&lt;div&gt;'.repeat(100_000)}&lt;img src="https://example.com/late.jpg"&gt;</description></item>` +
        `<item><title>CDATA</title><description><![CDATA[${long(150_000)}]]></description></item>` +
        `<!-- ${'-'.repeat(1)}${long(100_000)} --><item><title>After a comment</title><description>${long(150_000)}</description></item>`,
    );
    expect(markup.length).to.be.above(3_000_000);
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    // Each run keeps TEXT_RUN_LIMIT characters once parsed: `&lt;div&gt;` takes 11 characters for 5.
    expect(Math.max(...lengths)).to.be.within(TEXT_RUN_LIMIT * 2.2, TEXT_RUN_LIMIT * 2.2 + 1_000);
    expect(await reading(markup, PIECE_SIZE)).to.equal(await reading(markup, WHOLE));
    const feed = await parseXmlFeed(markup, BASE);
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Encoded', 'CDATA', 'After a comment']);
    // The image comes past what a field is read for: not searched, in pieces or whole.
    expect(feed.items[0].image).to.equal(undefined);
    expect(feed.items[1].contentText ?? feed.items[1].summary).to.match(/^Mot0 Mot1 /);
  });

  it('keeps as much CDATA in one element, however many sections it is written in, as one section', async () => {
    const section = `<![CDATA[${'Lorem ipsum dolor sit amet. '.repeat(4_000)}]]>`;
    const markup = rss(`<item><title>Sections</title><description>${section.repeat(19)}</description></item>${item(2)}`);
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    expect(Math.max(...lengths)).to.be.within(TEXT_RUN_LIMIT, TEXT_RUN_LIMIT + 1_000);
    expect(await reading(markup, PIECE_SIZE)).to.equal(await reading(markup, WHOLE));
    const feed = await parseXmlFeed(markup, BASE);
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Sections', 'Item 2']);
    expect(feed.items[0].summary).to.match(/^Lorem ipsum dolor sit amet\. Lorem/);
  });

  it('keeps as much text in one element, however many comments cut it into runs, as one run', async () => {
    // Runs and comments each shorter than a run is kept for: 19 of each were 2.5 MB for DOMParser in one task.
    const runs = Array.from({length: 19}, () => 'Lorem ipsum dolor sit amet. '.repeat(3_000)).join(`<!--${'c'.repeat(50_000)}-->`);
    const markup = rss(`<item><title>Runs</title><description>${runs}</description></item>${item(2)}`);
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    expect(Math.max(...lengths)).to.be.within(TEXT_RUN_LIMIT, TEXT_RUN_LIMIT + 1_000);
    expect(await reading(markup, PIECE_SIZE)).to.equal(await reading(markup, WHOLE));
    const feed = await parseXmlFeed(markup, BASE);
    expect(feed.items.map((i) => i.title)).to.deep.equal(['Runs', 'Item 2']);
    expect(feed.items[0].summary).to.match(/^Lorem ipsum dolor sit amet\. Lorem/);
  });

  it(`keeps ${ITEM_TEXT_RUNS} long fields' worth of text in one item, however many fields it is written in`, async () => {
    // 30 fields of 99,000 characters, each under the limit of one: 3 MB for DOMParser in one task.
    const fields = Array.from({length: 30}, (_, n) => `<x:f${n}>${'Lorem ipsum dolor sit amet. '.repeat(3_500)}</x:f${n}>`).join('');
    const markup = rss(`<item><title>Fields</title><link>https://example.com/fields</link><description>Summary</description>${fields}</item>${item(2)}`, '', ' xmlns:x="urn:x"');
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    expect(Math.max(...lengths)).to.be.within(ITEM_TEXT_RUNS * TEXT_RUN_LIMIT, ITEM_TEXT_RUNS * TEXT_RUN_LIMIT + 5_000);
    expect(await reading(markup, PIECE_SIZE)).to.equal(await reading(markup, WHOLE));
    const feed = await parseXmlFeed(markup, BASE);
    expect(feed.items.map((i) => [i.title, i.url, i.summary])).to.deep.equal([
      ['Fields', 'https://example.com/fields', 'Summary'],
      ['Item 2', undefined, undefined],
    ]);
  });

  it(`keeps ${HEAD_FIELD_TEXT} characters of a head's field and ${HEAD_TEXT} in all, as written, and the channel's first title past them`, async () => {
    // Runs of character references, each one character once parsed: 8 runs of 97,000 `&#65;` made a head of 3.9 MB.
    const one = split(rss(`<x>${'&#65;'.repeat(97_000)}</x>${items(2)}`)) as FeedPieces;
    expect(one.head.length).to.be.within(HEAD_FIELD_TEXT, HEAD_FIELD_TEXT + 200);
    const runs = Array.from({length: 40}, (_, n) => `<x${n}>${'&#65;'.repeat(10_000)}</x${n}>`).join('');
    const result = split(rss(`${runs}${items(2)}`).replace('<title>Pieces</title>', '')) as FeedPieces;
    expect(result.head.length).to.be.within(HEAD_TEXT, HEAD_TEXT + 1_000);
    expect([...result.items]).to.have.length(2);
    // Plain text too, and the channel's title and link after it keep theirs; a second title does not.
    const text = Array.from({length: 30}, (_, n) => `<x${n}>${'x'.repeat(10_000)}</x${n}>`).join('');
    const late = rss(`${text}<title>Late</title><link>https://example.com/late</link><title>Again</title>${item(1)}`).replace('<title>Pieces</title>', '');
    const head = (split(late) as FeedPieces).head;
    expect(head.length).to.be.below(HEAD_TEXT + 1_000);
    expect(head).to.contain('<title>Late</title><link>https://example.com/late</link><title></title>');
    expect(await parseXmlFeed(late, BASE)).to.deep.include({title: 'Late', homePageUrl: 'https://example.com/late'});
    // Three long channel fields before its language leave it to be read (helper-178: they spent the total), and so do a long first title and dc:title (helper-179).
    const language = rss(`${Array.from({length: 3}, (_, n) => `<x${n}>${'x'.repeat(70_000)}</x${n}>`).join('')}<language>ar</language>${item(1)}`);
    expect((await parseXmlFeed(language, BASE)).language).to.equal('ar');
    const titled = rss(`<title>${'T'.repeat(100_000)}</title><dc:title>${'D'.repeat(100_000)}</dc:title><language>ar</language>${item(1)}`, '', ' xmlns:dc="http://purl.org/dc/elements/1.1/"').replace('<title>Pieces</title>', '');
    expect((await parseXmlFeed(titled, BASE)).language).to.equal('ar');
    // Within them, nothing is left out: the head is the document without its items.
    const within = rss(`<x>${'&#65;'.repeat(1_600)}</x>${item(1)}`);
    expect((split(within) as FeedPieces).head).to.equal(within.replace(item(1), ''));
  });

  it('does not spend that total on the blanks between items: a channel field written after 12,000 items is read (helper-177)', async () => {
    const spaced = Array.from({length: 12_000}, (_, i) => item(i)).join(`\n${' '.repeat(40)}`);
    const markup = rss(`${spaced}<language>ar</language><link>https://example.com/after</link>`);
    const feed = await parseXmlFeed(markup, BASE);
    expect([feed.language, feed.items[0].language, feed.homePageUrl]).to.deep.equal(['ar', 'ar', 'https://example.com/after']);
    // The blanks themselves are kept up to a total of their own, then left out.
    const {head} = split(markup) as FeedPieces;
    expect(head.length).to.be.below(LOOSE_TEXT + 1_000);
    expect(head).to.contain('<language>ar</language>');
  });

  it('leaves out a processing instruction inside the document, however long', async () => {
    const markup = rss(`<item><title>PI</title><description>Before <?pi ${'x'.repeat(1_000_000)}?>after</description></item>${item(2)}`);
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    expect(Math.max(...lengths)).to.be.below(1_000);
    expect(await reading(markup, PIECE_SIZE)).to.equal(await reading(markup, WHOLE));
    expect((await parseXmlFeed(markup, BASE)).items.map((i) => [i.title, i.summary])).to.deep.equal([
      ['PI', 'Before after'],
      ['Item 2', undefined],
    ]);
  });

  it('leaves out the copies of a field past the 200 a list is read for, whole, and reads the rest the same', async () => {
    const credit = (n: number) => `<dc:creator>Writer ${n} ${'x'.repeat(300)}</dc:creator><category>Tag ${n}</category>`;
    const markup = rss(`<item><title>Credits</title>${Array.from({length: 900}, (_, n) => credit(n)).join('')}<link>https://example.com/late</link></item>${item(2)}`, ' xmlns:dc="http://purl.org/dc/elements/1.1/"');
    const lengths = await parsedLengths(() => parseXmlFeed(markup, BASE));
    // 200 of each kind: about 70 KB of the item's 300 KB.
    expect(Math.max(...lengths)).to.be.below(80_000);
    expect(await reading(markup, PIECE_SIZE)).to.equal(await reading(markup, WHOLE));
    const [first] = (await parseXmlFeed(markup, BASE)).items;
    expect(first.authors.map((a) => a.name.split(' ', 2).join(' '))).to.deep.equal(Array.from({length: 20}, (_, n) => `Writer ${n}`));
    expect(first.tags).to.have.length(20);
    // A field written once after them is still read.
    expect(first.url).to.equal('https://example.com/late');
  });
});

describe('elements no field reads are left out of the pieces', () => {
  const parsed = (markup: string) => new DOMParser().parseFromString(markup, 'application/xml');
  /** Elements in each piece, and the deepest nesting in it, once parsed (undefined for a piece that is not well-formed). */
  const shape = (piece: string) => {
    const doc = parsed(piece);
    if (doc.getElementsByTagName('parsererror').length) return undefined;
    const all = [...doc.getElementsByTagName('*')];
    const depth = (el: Element) => {
      let levels = 0;
      for (let node: Element | null = el; node; node = node.parentElement) levels++;
      return levels;
    };
    return {elements: all.length, deepest: all.reduce((deepest, el) => Math.max(deepest, depth(el)), 0)};
  };
  const atom = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>${entries}</feed>`;

  it('reads an item of 250,000 elements as its first fields, with its headline and link', async () => {
    const markup = rss(`<item><title>Elements</title><link>https://example.com/elements</link>${'<x/>'.repeat(250_000)}<category>Late</category></item>${item(2)}`);
    const [first, second] = pieces(markup) as string[];
    // Its title, link and first MAX_LIST_READ empty fields of one name, in the root and channel
    // copies (the rest past MAX_MARKUP_TAGS fields is left out too): DOMParser took 1.2-1.5 s over them all.
    expect(shape(first)).to.deep.equal({elements: 5 + MAX_LIST_READ, deepest: 4});
    expect(second).to.equal(`<?xml version="1.0"?><rss><channel>${item(2)}</channel></rss>`);
    const feed = await parseXmlFeed(markup, BASE);
    expect(feed.items.map((i) => [i.title, i.url, i.tags])).to.deep.equal([['Elements', 'https://example.com/elements', []], ['Item 2', undefined, []]]);
  });

  it(`keeps the first title and link of an item past its first ${MAX_MARKUP_TAGS} fields, and of a channel past twice as many elements, and no more`, async () => {
    const fields = Array.from({length: MAX_MARKUP_TAGS}, (_, i) => `<f${i}>${i}</f${i}>`).join('\n');
    const late = '<title>Late</title>\n<link>https://example.com/late</link>\n' + '<title>Again</title><link>https://example.com/again</link><x>text</x><!-- note -->\n'.repeat(5_000);
    const markup = rss(`<item>${fields}${late}</item>`);
    // rss, channel, item, its first MAX_MARKUP_TAGS fields, and the first title and link after them: no text or comment between the others.
    const [first] = pieces(markup) as string[];
    expect(shape(first)).to.deep.equal({elements: 5 + MAX_MARKUP_TAGS, deepest: 4});
    expect(first).to.match(/<\/f1999><title>Late<\/title><link>https:\/\/example.com\/late<\/link><\/item>/);
    expect((await parseXmlFeed(markup, BASE)).items.map((i) => [i.title, i.url])).to.deep.equal([['Late', 'https://example.com/late']]);
    const channel = `<rss version="2.0"><channel>${'<x/>'.repeat(2 * MAX_MARKUP_TAGS)}${late}${item(1)}</channel></rss>`;
    expect(shape((split(channel) as FeedPieces).head)!.elements).to.equal(4 + 2 * MAX_MARKUP_TAGS);
    expect(await parseXmlFeed(channel, BASE)).to.deep.include({title: 'Late', homePageUrl: 'https://example.com/late'});
  });

  it('keeps, past the limits, the first title and link of each name the reader reads (dc:title, atom:link, a prefixed Atom entry’s), with their text, and no more', async () => {
    const fields = Array.from({length: MAX_MARKUP_TAGS}, (_, i) => `<f${i}>${i}</f${i}>`).join('\n');
    const late = [['Late', 'https://example.com/late']];
    const namespaces = ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"';
    const read = async (markup: string) => (await parseXmlFeed(markup, BASE)).items.map((i) => [i.title, i.url]);
    expect(await read(rss(`<item>${fields}<dc:title>Late</dc:title><atom:link href="https://example.com/late"/></item>`, '', namespaces))).to.deep.equal(late);
    expect(await read(`<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Feed</a:title><a:entry>${fields}<a:title>Late</a:title><a:link href="https://example.com/late"/></a:entry></a:feed>`)).to.deep.equal(late);
    // Past the text an item keeps in all its fields, too: a title has its own.
    const text = Array.from({length: ITEM_TEXT_RUNS}, (_, n) => `<g${n}>${'x'.repeat(TEXT_RUN_LIMIT - 100)}</g${n}>`).join('');
    expect(await read(rss(`<item>${text}${fields}<title>Late</title><link>https://example.com/late</link></item>`))).to.deep.equal(late);
    // Twenty names of titles and links: rss, channel, item, its first fields and six of them, as many as the names the reader reads.
    const prefixes = Array.from({length: 10}, (_, n) => `p${n}`);
    const names = prefixes.map((p) => `<${p}:title>T</${p}:title><${p}:link>L</${p}:link>`).join('');
    const [first] = pieces(rss(`<item>${fields}${names}</item>`, '', prefixes.map((p) => ` xmlns:${p}="urn:${p}"`).join(''))) as string[];
    expect(shape(first)!.elements).to.equal(3 + MAX_MARKUP_TAGS + 6);
  });

  it('reads a field of 200,000 elements up to its first 2,000, and the fields after it', async () => {
    const markup = rss(`<item><title>Bold</title><description>${'<b>x</b> '.repeat(200_000)}</description><link>https://example.com/bold</link><category>After</category></item>`);
    // rss, channel, item, title, description and its first MAX_MARKUP_TAGS elements, link, category.
    expect(shape((pieces(markup) as string[])[0])).to.deep.equal({elements: 7 + MAX_MARKUP_TAGS, deepest: 5});
    const [bold] = (await parseXmlFeed(markup, BASE)).items;
    expect([bold.title, bold.url, bold.tags]).to.deep.equal(['Bold', 'https://example.com/bold', ['After']]);
    expect(bold.summary).to.match(/^x x x x /);
  });

  it(`leaves out the tags of inline XHTML nested deeper than ${MAX_ITEM_DEPTH} in an entry, keeping their text`, async () => {
    const deep = (levels: number) => `${'<div>'.repeat(levels)}Deep text${'</div>'.repeat(levels)}`;
    const entry = (levels: number) => `<entry><id>1</id><title>Deep</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${deep(levels)}</div></content></entry>`;
    // feed and entry, then MAX_ITEM_DEPTH levels inside the entry (content, the XHTML div, 30 divs), and the entry's id and title.
    expect(shape((pieces(atom(entry(100_000))) as string[])[0])).to.deep.equal({elements: 4 + MAX_ITEM_DEPTH, deepest: 2 + MAX_ITEM_DEPTH});
    const read = async (levels: number) => (await parseXmlFeed(atom(entry(levels)), BASE)).items.map((i) => [i.title, i.contentText]);
    expect(await read(100_000)).to.deep.equal([['Deep', 'Deep text']]);
    expect(await read(30)).to.deep.equal(await read(100_000));
    // Within the limit, nothing is left out.
    expect((pieces(atom(entry(30))) as string[])[0]).to.contain(deep(30));
  });

  it('leaves out elements outside items past twice as many, or nested that deep, and still reads every item', async () => {
    const markup = rss(`${'<junk/>'.repeat(10_000)}${'<d>'.repeat(5_000)}${'</d>'.repeat(5_000)}${items(3)}`);
    const head = shape((split(markup) as FeedPieces).head)!;
    expect(head.elements).to.be.at.most(2 + 2 * MAX_MARKUP_TAGS);
    expect(head.deepest).to.be.at.most(3 + MAX_ITEM_DEPTH);
    expect((await parseXmlFeed(markup, BASE)).items.map((i) => i.title)).to.deep.equal(['Item 0', 'Item 1', 'Item 2']);
    // Without items, the head is read alone, within the same limits.
    const empty = rss('<x/>'.repeat(250_000));
    expect(shape((split(empty) as FeedPieces).head)!.elements).to.equal(2 + 2 * MAX_MARKUP_TAGS);
    expect(await parseXmlFeed(empty, BASE)).to.deep.include({title: 'Pieces', items: []});
  });

  it('leaves out nothing of items within the limits: each item is in a piece as written', () => {
    // Fields with text, attributes, entities, CDATA, comments and nested markup, fewer and shallower than the limits.
    const leaf = fc.constantFrom('<b>bold</b>', 'text', ' &amp; ', '<![CDATA[<raw>]]>', '<!-- note -->', '<a href="https://example.com/?a=1&amp;b=2">link</a>', '<img src="i.jpg"/>', 'é😀');
    const markup: fc.Arbitrary<string> = fc.letrec<{node: string}>((tie) => ({
      node: fc.oneof({depthSize: 'small', maxDepth: 6, withCrossShrink: true}, leaf, fc.array(tie('node'), {maxLength: 4}).map((children) => `<span>${children.join('')}</span>`)),
    })).node;
    const field = fc.tuple(fc.constantFrom('title', 'description', 'category', 'x:extra'), fc.array(markup, {maxLength: 5})).map(([name, content]) => `<${name}>${content.join('')}</${name}>`);
    const anItem = fc.array(field, {maxLength: 8}).map((fields) => `<item>${fields.join('')}</item>`);
    fc.assert(
      fc.property(fc.array(anItem, {minLength: 1, maxLength: 6}), (list) => {
        const result = split(rss(list.join(''), '', ' xmlns:x="urn:x"')) as FeedPieces;
        expect([...result.items].map((piece) => /<channel>([\s\S]*)<\/channel>/.exec(piece)![1])).to.deep.equal(list);
      }),
      {numRuns: 300},
    );
    // At the limits exactly: every field and element kept; one more of each is left out.
    const fields = (n: number) => Array.from({length: n}, (_, i) => `<f${i}/>`).join('');
    const atLimit = `<item>${fields(MAX_MARKUP_TAGS)}</item>`;
    expect((split(rss(atLimit)) as FeedPieces).items[Symbol.iterator]().next().value).to.contain(atLimit);
    expect(shape([...(split(rss(`<item>${fields(MAX_MARKUP_TAGS + 1)}</item>`)) as FeedPieces).items][0])!.elements).to.equal(3 + MAX_MARKUP_TAGS);
    const nested = (n: number) => `<item><description>${'<b/>'.repeat(n)}</description></item>`;
    expect([...(split(rss(nested(MAX_MARKUP_TAGS))) as FeedPieces).items][0]).to.contain(nested(MAX_MARKUP_TAGS));
    expect(shape([...(split(rss(nested(MAX_MARKUP_TAGS + 1))) as FeedPieces).items][0])!.elements).to.equal(4 + MAX_MARKUP_TAGS);
  });

  it('ends a piece at 8,000 elements of items, whatever its length', () => {
    // 1,000 items of 23 elements in about 125 characters: 8,000 elements make a piece before 64,000 characters do.
    const many = [...(split(rss(items(1_000, '<x/>'.repeat(20))), PIECE_SIZE) as FeedPieces).items];
    const counts = many.map((piece) => shape(piece)!.elements - 2);
    expect(counts.reduce((a, b) => a + b)).to.equal(23_000);
    expect(Math.max(...counts)).to.be.within(8_000, 8_000 + 22);
  });

  const attributesIn = (piece: string) => (piece.match(/="/g) ?? []).length;

  it('counts a tag of many attributes as several elements (one for every 8), so an item keeps few of them and a piece is cut by them', async () => {
    // 1,500 fields of 255 attributes were one piece of 3.9 MB and 382,500 attributes (xmldom: 0.4 s).
    const fields = Array.from({length: 1_500}, (_, i) => attributed(`x${i}`)).join('');
    const markup = rss(`<item><title>Attributes</title>${fields}<link>https://example.com/late</link></item>${item(2)}`);
    const [first, second] = pieces(markup) as string[];
    // The fields a weight of MAX_MARKUP_TAGS holds (32 each), and the link kept past them.
    expect(attributesIn(first)).to.be.within(255 * Math.floor(MAX_MARKUP_TAGS / 32), 255 * Math.ceil(MAX_MARKUP_TAGS / 32));
    expect(first).to.contain('<link>https://example.com/late</link></item>');
    expect(second).to.contain(item(2));
    expect((await parseXmlFeed(markup, BASE)).items.map((i) => [i.title, i.url])).to.deep.equal([['Attributes', 'https://example.com/late'], ['Item 2', undefined]]);
    // Items of a field of 128 attributes each (1 + 16 elements): pieces of 8,000 elements' worth, however long they may be.
    const many = [...(split(rss(items(1_000, attributed('x', 128))), WHOLE) as FeedPieces).items];
    expect(many.length).to.be.within(3, 4);
    for (const piece of many) expect(attributesIn(piece)).to.be.below(8_000 * 8);
    // A tag of fewer than 8 counts as one: an item at the limit keeps all its fields.
    const seven = Array.from({length: MAX_MARKUP_TAGS}, (_, i) => `<f${i} a="1" b="2" c="3" d="4" e="5" f="6" g="7"/>`).join('');
    expect((pieces(rss(`<item>${seven}</item>`)) as string[])[0]).to.contain(seven);
  });
});

describe('namespace declarations and attributes DOMParser is given', function () {
  // Without the limits, Chromium took seconds on the namespaces, Firefox and WebKit on the attributes: failures, not timeouts.
  this.timeout(120_000);
  const declarations = (count: number, name = 'p') => Array.from({length: count}, (_, i) => ` xmlns:${name}${i}="urn:${name}${i}"`).join('');
  const attributes = (count: number) => Array.from({length: count}, (_, i) => ` a${i}="1"`).join('');
  const MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"';
  const picture = '<media:content url="https://example.com/p.jpg" medium="image"/>';
  const cases: [string, string, string, string | undefined][] = [
    ['2,000 prefixes no declaration is given for (each was declared on the root by the repair)', rss(`<item><title>Prefixes</title>${Array.from({length: 2_000}, (_, i) => `<p${i}:x>${i}</p${i}:x>`).join('')}${picture}</item>`), 'Prefixes', 'https://example.com/p.jpg'],
    ['1,000 declarations on a well-formed root', rss(`<item><title>Declared</title>${picture}</item>`, '', `${declarations(1_000)}${MEDIA}`), 'Declared', 'https://example.com/p.jpg'],
    ['32 declarations on each of 8 nested elements', rss(`<item><title>Nested</title>${picture}${Array.from({length: 8}, (_, n) => `<n${n}${declarations(32, `q${n}_`)}>`).join('')}x${Array.from({length: 8}, (_, n) => `</n${7 - n}>`).join('')}</item>`, '', MEDIA), 'Nested', 'https://example.com/p.jpg'],
    ['100 declarations before Atom\'s own, and a stray `&`', `<feed${declarations(100)} xmlns="http://www.w3.org/2005/Atom"><title>A & B</title><entry><id>1</id><title>Atom</title></entry></feed>`, 'Atom', undefined],
    ['a tag of 20,000 attributes', rss(`<item><title>Attributes</title><x${attributes(20_000)}/>${picture}</item>`, '', MEDIA), 'Attributes', 'https://example.com/p.jpg'],
    ['a root of 20,000 attributes, and a stray `&`', rss(`<item><title>Root & attributes</title>${picture}</item>`, '', `${attributes(20_000)}${MEDIA}`), 'Root & attributes', 'https://example.com/p.jpg'],
  ];
  for (const [name, markup, title, image] of cases) {
    it(`are bounded for ${name}, and the feed is read`, async () => {
      let feed: NewsFeed | undefined;
      const texts = await parsedTexts(async () => (feed = await parseFeedText(markup, BASE)));
      expect(feed!.items.map((item) => [item.title, item.image])).to.deep.equal([[title, image]]);
      for (const text of texts) {
        expect((text.match(/\sxmlns[:=]/g) ?? []).length).to.be.at.most(MAX_NAMESPACES);
        expect(Math.max(...(text.match(/<[^<>]*>/g) ?? []).map((tag) => (tag.match(/="/g) ?? []).length))).to.be.at.most(MAX_ATTRIBUTES);
      }
    });
  }

  it('are in pieces of proportionally fewer elements past 16 in scope at items (8,000 elements with 64: 150 ms in Chromium)', async () => {
    const fields = '<x>y</x>'.repeat(40);
    const markup = rss(Array.from({length: 1_000}, (_, i) => `<item><title>Item ${i}</title>${fields}</item>`).join(''), '', declarations(MAX_NAMESPACES));
    let feed: NewsFeed | undefined;
    const texts = await parsedTexts(async () => (feed = await parseFeedText(markup, BASE)));
    expect(feed!.items).to.have.length(1_000);
    // A quarter of PIECE_ELEMENTS (8,000), and the item that reaches it.
    for (const text of texts) expect((text.match(/<[^/]/g) ?? []).length).to.be.below(2_000 + 50);
  });

  it('cuts a namespace of megabytes to MAX_NAMESPACE_LENGTH characters before DOMParser sees it, reading every item in it (100,000 characters over 50,000 elements: 3-12 s), and leaves a long attribute of the root out of the pieces', async () => {
    const long = `http://x.example/${'a'.repeat(800_000)}`;
    const fields = '<category/>'.repeat(200);
    const markup = rss(Array.from({length: 250}, (_, i) => `<item><title>Item ${i}</title><link>https://example.com/${i}</link>${fields}</item>`).join(''), ` xmlns:p="${long}"`, ` xmlns="${long}"`);
    let feed: NewsFeed | undefined;
    const texts = await parsedTexts(async () => (feed = await parseFeedText(markup, BASE)));
    expect(feed!.items).to.have.length(250);
    expect(feed!.items[249]).to.deep.include({title: 'Item 249', url: 'https://example.com/249'});
    // The root's and channel's start tags go into every piece: cut, not copied whole into each.
    const longest = Math.max(...texts.map((text) => Math.max(...[...text.matchAll(/xmlns(?::p)?="([^"]*)"/g)].map((found) => found[1].length))));
    expect(longest).to.equal(MAX_NAMESPACE_LENGTH);
    expect(texts.reduce((sum, text) => sum + text.length, 0)).to.be.below(markup.length);
    // Another attribute of the root as long is in the head alone: the pieces leave it out.
    const attribute = markup.replace(/ xmlns(:p)?="[^"]*"/g, '').replace('<rss version="2.0"', `<rss version="2.0" data-x="${'a'.repeat(800_000)}"`);
    const given = await parsedTexts(async () => expect((await parseFeedText(attribute, BASE)).items).to.have.length(250));
    expect(given.filter((text) => text.includes('data-x='))).to.have.length(1);
    expect(given.reduce((sum, text) => sum + text.length, 0)).to.be.below(1.2 * attribute.length);
    // A namespace within the limit is kept whole.
    expect((pieces(rss(item(1), '', ` xmlns:p="${long.slice(0, MAX_NAMESPACE_LENGTH)}"`)) as string[]).join('')).to.contain(long.slice(0, MAX_NAMESPACE_LENGTH) + '"');
  });

  it('a tag of 180,000 attributes is read to its end in linear time (each value searched for the next `<`, to the end of the tag: 3 s)', () => {
    const markup = `<x${attributes(180_000)}/><y/>`;
    const gt = markup.indexOf('>');
    // The searches for a `<`, each of which reads the whole tag: one in all, not one a value.
    const original = String.prototype.indexOf;
    let searches = 0;
    String.prototype.indexOf = function (this: string, search: string, from?: number) {
      if (search === '<') searches++;
      return original.call(this, search, from);
    };
    let end: number;
    try {
      end = tagEnd(markup, 0, gt);
    } finally {
      String.prototype.indexOf = original;
    }
    expect(end!).to.equal(gt);
    expect(searches).to.be.at.most(1);
  });
});

describe('entities declared in a doctype', () => {
  it('expands one that fits wherever it is first reached, also after an entity too long to build', () => {
    // A is too long; the C it names is reached from it first, at depth 1, not at depth 6 through D0…D5 (past the limit of 8 with C1…C3).
    const chain = Array.from({length: 6}, (_, i) => `<!ENTITY D${i} "&${i < 5 ? `D${i + 1}` : 'C'};">`).join('');
    const doctype = `<!DOCTYPE rss [<!ENTITY A "${'x'.repeat(1_100)}&unknown;&C;">${chain}<!ENTITY C "&C1;"><!ENTITY C1 "&C2;"><!ENTITY C2 "&C3;"><!ENTITY C3 "c">]>`;
    expect(expandDoctype(`${doctype}<rss>&C;|&D0;|&A;</rss>`)).to.equal('<rss>c|c|&A;</rss>');
  });

  it('replaces 65,536 references in all, leaving the rest as written: a flood of them in 2 MB is not one long task', () => {
    const out = expandDoctype(`<!DOCTYPE rss [<!ENTITY e "x">]><rss>${'&e;'.repeat(70_000)}</rss>`);
    expect(out).to.equal(`<rss>${'x'.repeat(65_536)}${'&e;'.repeat(70_000 - 65_536)}</rss>`);
  });

  it('looks at references in steps, replaced or not: a million no entity is declared for were one call of 50-80 ms', () => {
    const flood = `<!DOCTYPE rss [<!ENTITY a "b">]><rss>&a;${'&z;'.repeat(100_000)}<![CDATA[&a;]]>&a;</rss>`;
    const {pauses, value} = pausesOf(expandDoctypeSteps(flood));
    expect(pauses).to.be.at.least(6);
    expect(value).to.equal(`<rss>b${'&z;'.repeat(100_000)}<![CDATA[&a;]]>b</rss>`);
    // Two documents expanded in turns (two feeds read in slices at once) give what each gives alone.
    const other = `<!DOCTYPE rss [<!ENTITY z "y">]><rss>${'&z;&q;'.repeat(50_000)}</rss>`;
    const [one, two] = [expandDoctypeSteps(flood), expandDoctypeSteps(other)];
    let a = one.next();
    let b = two.next();
    while (!a.done || !b.done) {
      if (!a.done) a = one.next();
      if (!b.done) b = two.next();
    }
    expect([a.value, b.value]).to.deep.equal([value, expandDoctype(other)]);
  });
});

describe('repairing broken XML in steps', () => {
  it('pauses every few thousand tags and gives what repairing at once gives', () => {
    const broken = rss(`<item><title>Fish & chips</title></item>${items(5_000)}`).slice(0, -20);
    const steps = repairXmlSteps(broken);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // 5,000 items of three tags each (and their end tags): a pause every 2,000.
    expect(pauses).to.be.within(10, 20);
    expect(step.value).to.equal(repairXml(broken));
    expect(step.value).to.contain('<title>Fish &amp; chips</title>');
  });

  it('pauses inside a tag of 180,000 attributes, every few thousand values (read in one step: 37-47 ms in WebKit)', () => {
    const values = 180_000;
    const broken = rss(`<item><title>Attributes</title><x${Array.from({length: values}, (_, i) => ` a${i}="1"`).join('')}/></item>`).slice(0, -20);
    const steps = repairXmlSteps(broken);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    // The pauses of clearing forbidden characters, and one every VALUES_PER_STEP values of the tag.
    expect(pauses).to.be.at.least(Math.ceil(broken.length / CHARS_PER_STEP) - 1 + Math.floor(values / VALUES_PER_STEP));
    expect(step.value).to.equal(repairXml(broken));
    expect(step.value).to.contain(`<x a0="1"`).and.contain(` a${MAX_ATTRIBUTES - 1}="1"/>`);
  });

  it('pauses as often over many tags of many attributes as inside one: every few thousand values across tags (1,500 tags of 255 were one step of 240-310 ms)', () => {
    const tags = 300;
    const broken = rss(`<item><title>Attributes</title>${attributed('x').repeat(tags)}</item>`).slice(0, -20);
    const {pauses, value} = pausesOf(repairXmlSteps(broken));
    // The pauses of clearing forbidden characters, and one every VALUES_PER_STEP values at most (each read and written).
    expect(pauses).to.be.at.least(Math.ceil(broken.length / CHARS_PER_STEP) - 1 + Math.floor((tags * 255) / VALUES_PER_STEP));
    expect(value).to.equal(repairXml(broken));
    // The splitter too: 1,000 such tags were one step of 55-90 ms.
    const scan = pausesOf(splitFeed(rss(`<item><title>Attributes</title>${Array.from({length: 1_000}, (_, i) => attributed(`x${i}`)).join('')}</item>`), PIECE_SIZE));
    expect(scan.pauses).to.be.at.least(10);
    expect(typeof scan.value).to.equal('object');
  });

  it('searches the text after a run of `<a` once, not once for each (960,000 before a `>` every 16,000 characters: 5.3 s of steps in Firefox and WebKit)', () => {
    const broken = rss(`<item><title>Less than</title><description>${`${'<a'.repeat(7_999)}<>`.repeat(10)}</description></item>`);
    // The characters read by the searches for a quote or `>` (QUOTE_OR_GT).
    const original = RegExp.prototype.exec;
    let read = 0;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      const from = this.lastIndex;
      const found = original.call(this, text);
      if (this.source === `["'>]`) read += (found ? found.index : text.length) - from;
      return found;
    };
    let repaired: string;
    try {
      repaired = repairXml(broken);
    } finally {
      RegExp.prototype.exec = original;
    }
    expect(read).to.be.below(2 * broken.length);
    expect(repaired!).to.contain('<title>Less than</title><description>&lt;a&lt;a');
  });

  it('reads the values of a `<` that starts no tag up to the next `<` only, not to the end of the text', () => {
    const runs = 2_000;
    const broken = rss(`<item><title>Quoted</title><description>${'<a="x" '.repeat(runs)}</description></item>`);
    // The searches for a quote or `>` (QUOTE_OR_GT), one per value read.
    const original = RegExp.prototype.exec;
    let searches = 0;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      if (this.source === `["'>]`) searches++;
      return original.call(this, text);
    };
    let repaired: string;
    try {
      repaired = repairXml(broken);
    } finally {
      RegExp.prototype.exec = original;
    }
    // Each `<a="x"` reads its own value and stops at the next `<`: read up to the end tags, 2,000 runs were 2,000,000 searches.
    expect(searches).to.be.below(3 * runs);
    expect(repaired!).to.contain('<title>Quoted</title><description>&lt;a="x" &lt;a="x"');
  });

  it('closes an element of the head before the items in it when it is left open, not when it is closed after them', () => {
    const listed = `<x:list xmlns:x="urn:x"><item><title>Listed</title></item></x:list>`;
    expect(repairXml(rss(`${listed}${item(2)}`))).to.contain(listed);
    // Left open, as Apple's sample podcast feed leaves its category: closed before the first item, whose siblings follow it.
    expect(repairXml(rss(`<itunes:category text="Technology">${items(2)}`, '', ` xmlns:itunes="${ITUNES}"`))).to.contain(`<itunes:category text="Technology"></itunes:category>${items(2)}</channel>`);
  });

  it('clears the characters XML forbids in steps, never cutting a surrogate pair', () => {
    const start = '<rss><channel><title>';
    // A pair whose halves meet at each offset around the first cut, then a lone high and a lone low surrogate.
    for (const offset of [-3, -2, -1, 0, 1]) {
      const padding = 'x'.repeat(CHARS_PER_STEP + offset - start.length);
      const repaired = repairXml(`${start}${padding}\u{1F4F0}\uD800\u0001\uDC00y</title></channel></rss>`);
      expect(repaired.startsWith(start + padding), `pair at ${offset}`).to.equal(true);
      expect(repaired.slice(start.length + padding.length), `pair at ${offset}`).to.equal('\u{1F4F0}y</title></channel></rss>');
      // A lone high surrogate just before a pair, each at the cut in turn.
      const lone = repairXml(`${start}${padding}\uD800\u{1F4F0}y</title></channel></rss>`);
      expect(lone.slice(start.length + padding.length), `lone surrogate, then a pair, at ${offset}`).to.equal('\u{1F4F0}y</title></channel></rss>');
    }
  });

  it('keeps the root a document starts with, so a root that is no feed\'s is named without repairing', () => {
    // parseXmlFeed repairs only what the splitter calls ill-formed, not a named root: the repair must name it too.
    const before = fc.constantFrom('', '<?xml version="1.0"?>', '<!-- a comment -->', '<?xml-stylesheet href="a.xsl"?>', '\n', '<!DOCTYPE html>');
    // Names the repair does not read as a tag's are here too (not ASCII, a quote in it, `<` after it), and a tag past its longest.
    const root = fc.constantFrom('html', 'HTML', 'opml', 'x:html', 'svg', 'rdf:Description', 'body', 'é', 'html"x="1"', 'html<', `html a="${'x'.repeat(17_000)}"`);
    const unit = fc.constantFrom('<a href=/x>', '</a>', '<br>', '&nbsp;', '&', '<', '>', '<p class="a>b">', '</p>', '<![CDATA[c]]>', '<!-- c', 'text', '\u0001', '<rss>', '<feed xmlns="http://www.w3.org/2005/Atom">', '</html>');
    const rootName = (markup: string) => /^<([^\s/>]+)/.exec(markup)?.[1];
    let roots = 0;
    fc.assert(
      fc.property(before, root, fc.constantFrom('', ' lang=ar', ' dir="rtl" lang=\'ar\''), fc.array(unit, {maxLength: 30}), (head, name, attributes, body) => {
        // A feed after the first tag: read as one by a repair that does not take that tag for the root.
        const markup = `${head}<${name}${attributes}>${body.join('')}<rss><channel><title>T</title></channel></rss>`;
        const named = split(markup);
        if (typeof named !== 'object' || !('root' in named)) return;
        roots++;
        expect(rootName(repairXml(expandDoctype(markup)))?.split(':').pop()).to.equal(named.root);
      }),
    );
    // Of fast-check's 100 runs, about 64 have a root the splitter names (the others are repaired).
    expect(roots).to.be.above(30);
  });

  it('reads a feed behind a first tag that the repair does not read as the root, as Node does', async () => {
    const behind = (first: string) => parseXmlFeed(`${first}\n<rss version="2.0"><channel><title>T</title><item><title>A</title></item></channel></rss>`, BASE);
    for (const first of ['<é/>', '<rss"version="2.0">']) expect((await behind(first)).items.map((item) => item.title), first).to.deep.equal(['A']);
    // A tag of any length is one to the repair, as to XML (one past 16,384 characters was text, so an XHTML image's data: URL showed as markup): the root, as in Node.
    const long = await behind(`<foo a="${'x'.repeat(17_000)}">`).catch((error: unknown) => error);
    expect(String(long)).to.contain('its root element is <foo>');
  });
});

describe('the feedparser corpus, in pieces and whole', function () {
  this.timeout(300_000);
  const ROOT = new URL('../corpus/feedparser/', import.meta.url);

  it('gives the same feed or error for every case, with every item in a piece of its own', async () => {
    const corpus: Corpus = await (await fetch(new URL('cases.json', ROOT))).json();
    const differences: string[] = [];
    let cut = 0;
    for (const corpusCase of corpus.cases) {
      const bytes = corpusCase.base64
        ? Uint8Array.from(atob(corpusCase.base64), (c) => c.charCodeAt(0))
        : new Uint8Array(await (await fetch(new URL(`files/${corpusCase.file}`, ROOT))).arrayBuffer());
      const text = decodeFeedBytes(bytes, corpusCase.contentType);
      if (!/^\uFEFF?\s*</.test(text)) continue;
      if (typeof split(text) === 'object') cut++;
      const whole = await reading(text, WHOLE);
      const inPieces = await reading(text, 1);
      if (whole !== inPieces) differences.push(`${corpusCase.file}\n  whole:     ${whole}\n  in pieces: ${inPieces}`);
    }
    expect(differences, differences.slice(0, 5).join('\n')).to.deep.equal([]);
    // Most cases have items: the comparison is not between two whole readings.
    expect(cut).to.be.above(corpus.cases.length / 3);
  });
});
