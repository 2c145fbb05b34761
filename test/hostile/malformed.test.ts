import {expect, fixture as render, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import {FeedError, parseFeed, parseFeedText, type NewsFeed, type NewsItem} from '../../src/core/feed.js';
import {MAX_ITEMS} from '../../src/core/formats/fields.js';
import {clearFeedCache} from '../../src/core/cache.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {LEAKS, audit} from './corpus.js';
import {MALFORMED, hugeFeed} from './malformed.js';
import {pageErrors} from '../harness/page-errors.js';

const served = new Map<string, string>();
const realFetch = window.fetch;
const thrown = pageErrors();

/** Text of an element and every shadow root under it. */
function deepText(node: Element | ShadowRoot): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) text += (child.shadowRoot ? deepText(child.shadowRoot) : '') + deepText(child);
  }
  return text;
}

async function settled(el: Element) {
  await (el as NewsFeedElement).updateComplete;
  for (const card of el.shadowRoot?.querySelectorAll('news-article-card') ?? []) await card.updateComplete;
}

/** Every item field has the type the model promises, and nothing a reader could see is a leaked type. */
function checkItem(item: NewsItem) {
  expect(item.title).to.be.a('string').and.not.equal('');
  expect(item.id).to.be.a('string').and.not.equal('');
  for (const url of [item.url, item.image]) if (url !== undefined) expect(url).to.match(/^https?:\/\//);
  for (const date of [item.published, item.modified]) if (date !== undefined) expect(Number.isNaN(date.getTime())).to.equal(false);
  expect(item.authors).to.be.an('array');
  for (const author of item.authors) expect(author.name).to.be.a('string').and.not.equal('');
  expect(item.tags.every((tag) => typeof tag === 'string' && tag)).to.equal(true);
}

describe('malformed feeds', function () {
  this.timeout(60_000);
  before(() => {
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      const body = served.get(url);
      return body === undefined ? realFetch(input, init) : new Response(body);
    };
  });
  after(() => {
    window.fetch = realFetch;
    clearFeedCache();
  });

  for (const [name, text] of Object.entries(MALFORMED)) {
    it(`${name}: a typed error or a best-effort feed, and a clean render`, async () => {
      const src = new URL(`/malformed/${encodeURIComponent(name)}`, location.href).href;
      served.set(src, text);
      let feed: NewsFeed | undefined;
      try {
        feed = await parseFeedText(text, src);
      } catch (error) {
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).message).to.contain(src);
      }
      feed?.items.forEach(checkItem);
      const outcome = new Promise<string>((resolve) => ['news-feed-load', 'news-feed-error'].forEach((type) => document.addEventListener(type, () => resolve(type), {once: true})));
      const el = await render<NewsFeedElement>(html`<news-feed src=${src}></news-feed>`);
      expect(await outcome).to.equal(feed ? 'news-feed-load' : 'news-feed-error');
      await settled(el);
      const shown = deepText(el.shadowRoot!);
      expect(shown.trim()).to.not.equal('');
      for (const leak of LEAKS) expect(shown, leak).not.to.contain(leak);
      expect(audit(el.shadowRoot!)).to.deep.equal([]);
      if (!feed) expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      expect(thrown).to.deep.equal([]);
    });
  }

  it('a 1,500-item feed under the byte limit: items are capped and only the first page is rendered', async () => {
    const text = hugeFeed(1_500);
    expect(text.length).to.be.within(1_000_000, 2 * 1024 * 1024);
    const src = new URL('/malformed/huge', location.href).href;
    served.set(src, text);
    const started = performance.now();
    const feed = await parseFeedText(text, src);
    const parseMs = performance.now() - started;
    expect(feed.items).to.have.length(MAX_ITEMS);
    const loaded = new Promise((resolve) => document.addEventListener('news-feed-load', resolve, {once: true}));
    const el = await render<NewsFeedElement>(html`<news-feed src=${src}></news-feed>`);
    await loaded;
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('news-article-card')).to.have.length(10);
    expect(el.shadowRoot!.querySelector('[part="load-more"]')).to.not.equal(null);
    console.log(`1,500-item feed: ${(text.length / 1e6).toFixed(1)} MB parsed in ${Math.round(parseMs)} ms`);
  });

  it('a 5,000-item, 5 MB feed from src: past the 2 MiB byte limit, a clear error state, not a long parse', async () => {
    const src = new URL('/malformed/huger', location.href).href;
    served.set(src, hugeFeed(5_000));
    const failed = new Promise<CustomEvent<{error: FeedError}>>((resolve) => document.addEventListener('news-feed-error', (event) => resolve(event as CustomEvent), {once: true}));
    const el = await render<NewsFeedElement>(html`<news-feed src=${src}></news-feed>`);
    const {error} = (await failed).detail;
    expect(error.kind).to.equal('limit');
    expect(error.message).to.contain('larger than 2,097,152 bytes');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });
});

// Values of every type a JSON document can hold, plus Dates and NaN for objects built by code;
// strings come from an alphabet that cannot spell a leak word, so any leak is the code's.
const word = fc.string({unit: fc.constantFrom('a', 'b', 'é', 'ع', ' ', '\n', '<', '>', '&', ';', '"', '/', ':', '1', '\u202e', '\u0000'), maxLength: 30});
const weird = fc.oneof(
  word,
  fc.constantFrom('https://example.com/a', 'javascript:alert(1)', ' JaVaScRiPt:x', 'data:text/html,x', '//x.example/y', '2026-01-16T08:00:00Z', 'Fri, 16 Jan 2026 09:30:00 EST'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(new Date(Number.NaN)),
  fc.date({noInvalidDate: false}),
  fc.array(word, {maxLength: 3}),
  fc.dictionary(word, word, {maxKeys: 2}),
);
const jsonItem = fc.record(
  {id: weird, url: weird, title: weird, summary: weird, content_html: weird, content_text: weird, image: weird, date_published: weird,
    authors: fc.oneof(weird, fc.array(fc.record({name: weird, url: weird}), {maxLength: 2})), tags: fc.oneof(weird, fc.array(weird, {maxLength: 3}))},
  {requiredKeys: []},
);

describe('property: parsers', () => {
  it('parseFeed never throws anything but FeedError on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseFeed(value, 'https://example.com/feed.json').items.forEach(checkItem);
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
        }
      }),
      {numRuns: 500},
    );
  });

  it('JSON Feed and WordPress items of any shape give model-true items', () => {
    const wpItem = fc.record({id: weird, link: weird, date_gmt: weird, title: fc.record({rendered: weird}), excerpt: fc.oneof(weird, fc.record({rendered: weird})),
      _embedded: fc.oneof(weird, fc.record({author: fc.array(fc.record({name: weird, link: weird})), 'wp:featuredmedia': fc.array(fc.record({source_url: weird, alt_text: weird})), 'wp:term': fc.array(fc.array(fc.record({name: weird})))}))});
    fc.assert(
      fc.property(fc.array(jsonItem, {maxLength: 5}), fc.array(wpItem, {minLength: 1, maxLength: 5}), (items, posts) => {
        parseFeed({version: 'https://jsonfeed.org/version/1.1', items}, 'https://example.com/').items.forEach(checkItem);
        parseFeed(posts, 'https://example.com/').items.forEach(checkItem);
      }),
      {numRuns: 300},
    );
  });

  it('RSS and Atom with any text in their fields parse, or fail with a FeedError', async () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await fc.assert(
      fc.asyncProperty(fc.string({unit: 'grapheme', maxLength: 40}), fc.string({maxLength: 40}), fc.boolean(), async (title, raw, atom) => {
        const doc = atom
          ? `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${escape(title)}</title><summary type="html">${raw}</summary><updated>${raw}</updated><link href="${escape(raw)}"/></entry></feed>`
          : `<rss><channel><item><title>${escape(title)}</title><description>${raw}</description><pubDate>${escape(raw)}</pubDate><link>${escape(raw)}</link></item></channel></rss>`;
        try {
          const feed = await parseFeedText(doc, 'https://example.com/feed');
          feed.items.forEach(checkItem);
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
        }
      }),
      {numRuns: 300},
    );
  });

  it('an RSS title comes back as the same text, whitespace collapsed', async () => {
    const printable = fc.string({unit: fc.constantFrom('a', 'Z', 'é', 'ع', '中', ' ', '<', '>', '&', '"', "'", '1'), minLength: 1, maxLength: 40});
    await fc.assert(
      fc.asyncProperty(printable.filter((s) => s.trim() !== ''), async (title) => {
        const escaped = title.replace(/&/g, '&amp;amp;').replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;');
        const feed = await parseFeedText(`<rss><channel><item><title>${escaped}</title></item></channel></rss>`);
        expect(feed.items[0].title).to.equal(title.replace(/\s+/g, ' ').trim());
      }),
      {numRuns: 200},
    );
  });
});

describe('property: <news-article-card>', () => {
  it('renders any item a page hands it without leaking a type, throwing or an unsafe URL', async () => {
    const wrapper = await render(html`<div></div>`);
    const item = fc.record(
      {id: weird, url: weird, title: weird, summary: weird, contentText: weird, image: weird, imageAlt: weird, published: weird, modified: weird,
        authors: fc.oneof(weird, fc.array(fc.record({name: weird, url: weird}), {maxLength: 2})), tags: fc.oneof(weird, fc.array(weird, {maxLength: 3})), language: weird},
      {requiredKeys: []},
    );
    await fc.assert(
      fc.asyncProperty(item, fc.constantFrom('vertical', 'horizontal', 'compact', 'hero', 'bogus'), async (value, variant) => {
        const card = document.createElement('news-article-card');
        card.item = value as unknown as NewsItem;
        card.variant = variant as never;
        wrapper.append(card);
        await card.updateComplete;
        const shown = deepText(card.shadowRoot!);
        card.remove();
        for (const leak of LEAKS) expect(shown, leak).not.to.contain(leak);
        expect(audit(card.shadowRoot!)).to.deep.equal([]);
      }),
      {numRuns: 300},
    );
    expect(thrown).to.deep.equal([]);
  });
});
