/**
 * Every element rendered on a server (@lit-labs/ssr, plain Node) as declarative shadow DOM
 * from the data it is given; `npm test` runs this file with node:test (scripts/test-ssr.mjs).
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../src/components/news-article-card/news-article-card.js';
import '../../src/components/news-feed/news-feed.js';
import '../../src/components/news-related/news-related.js';
import '../../src/components/news-header-bar/news-header-bar.js';
import '../../src/components/news-language-switcher/news-language-switcher.js';
import type {NewsFeed} from '../../src/core/model.js';
import {FeedError, parseFeedText} from '../../src/core/feed.js';
import {getLocale, nativeLanguageName, registerLocale, setLocale} from '../../src/core/locale.js';
import * as hebrew from '../fixtures/catalogs/he.js';
import {malformedFeeds, ssrFeed} from './ssr-data.js';

const toHtml = async (template: unknown) => {
  const out = await collectResult(render(template));
  if (process.env.SSR_DEBUG) console.log(out);
  return out;
};
/** The page's text: tags, Lit's markers and repeated blanks gone. */
const textOf = (markup: string) => markup.replace(/<style>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
const count = (markup: string, what: string) => markup.split(what).length - 1;
/** Today in `zone`, as a `datetime` writes it. */
// Morocco is on UTC all year since 20 September 2026 (tz 2026c), which a Node whose tz data is
// older reads as +01: the day is taken by that rule, written here apart from the library's.
const MOROCCO_ON_UTC = Date.UTC(2026, 8, 20, 1);
const dayIn = (zone: string) =>
  new Intl.DateTimeFormat('en-CA', {timeZone: zone === 'Africa/Casablanca' && Date.now() >= MOROCCO_ON_UTC ? 'UTC' : zone}).format(new Date());
/** The day `markup` was rendered on in `zone`: `before` (read before rendering), or the next if midnight came while it rendered. */
const renderedDay = (markup: string, before: string, zone: string) => (markup.includes(`datetime="${before}"`) ? before : dayIn(zone));
/** List items not `hidden`. */
const shownItems = (markup: string) => (markup.match(/<li\b[^>]*>/g) ?? []).filter((tag) => !/\shidden\b/.test(tag)).length;

const feed: NewsFeed = ssrFeed('https://example.com');

describe('server rendering', () => {
  const fetches: string[] = [];
  const realFetch = globalThis.fetch;
  before(() => {
    // Nothing may be requested on a server: record any attempt.
    globalThis.fetch = (input: RequestInfo | URL) => {
      fetches.push(String(input));
      return Promise.reject(new Error('no fetch on the server'));
    };
  });
  after(() => {
    globalThis.fetch = realFetch;
    assert.deepEqual(fetches, [], 'no element fetched anything on the server');
  });

  it('has no page: no document, window or localStorage', () => {
    assert.equal(typeof (globalThis as {document?: unknown}).document, 'undefined');
    assert.equal(typeof (globalThis as {window?: unknown}).window, 'undefined');
    assert.equal(typeof (globalThis as {localStorage?: unknown}).localStorage, 'undefined');
  });

  it('renders a card from its attributes as declarative shadow DOM', async () => {
    const out = await toHtml(
      html`<news-article-card href="https://example.com/a" headline="Port expansion opens" summary="Capacity doubles." date="2026-01-10T09:00:00Z" author="Amina Benali"></news-article-card>`,
    );
    assert.match(out, /<news-article-card[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(out, /<a[^>]*part="link"[^>]*href="https:\/\/example\.com\/a"/);
    assert.match(out, /<time\s+part="date"\s+datetime="2026-01-10T09:00:00.000Z"/);
    const text = textOf(out);
    for (const shown of ['Port expansion opens', 'Capacity doubles.', 'Amina Benali', 'Jan 10, 2026']) assert.ok(text.includes(shown), `shows “${shown}” in ${text}`);
    assert.match(out, /<style>/, 'its styles come with it');
  });

  it('renders a date a feed writes without a zone as a time of the card’s zone, as the browser does', async () => {
    const {items} = await parseFeedText(JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: 'a', title: 'A', date_published: '2026-01-10T09:00:00'}]}));
    const out = await toHtml(html`<news-article-card .item=${items[0]} timezone="Asia/Tokyo"></news-article-card>`);
    // 09:00 on Tokyo's clock (UTC+9): midnight UTC.
    assert.match(out, /<time\s+part="date"\s+datetime="2026-01-10T00:00:00.000Z"/);
    assert.ok(textOf(out).includes('Jan 10, 2026'));
  });

  it('renders a card from an item: image, headline, summary, author, date and tags', async () => {
    const out = await toHtml(html`<news-article-card .item=${feed.items[0]}></news-article-card>`);
    assert.match(out, /<img[^>]*part="image"[^>]*src="https:\/\/example\.com\/test\/fixtures\/image\.svg"[^>]*alt="Cranes at the port"/);
    assert.equal(shownItems(out), 3);
    const text = textOf(out);
    for (const shown of ['Port expansion opens a new terminal', 'Capacity doubles at the Atlantic port.', 'Amina Benali', 'Economy', 'Atlantic']) assert.ok(text.includes(shown), shown);
  });

  it('drops a dangerous link from attributes, as in the browser', async () => {
    const out = await toHtml(html`<news-article-card href="javascript:alert(1)" headline="Click"></news-article-card>`);
    assert.doesNotMatch(out, /<a[^>]*javascript:/);
    const link = out.match(/<a\s+part="link"[^>]*>/)?.[0];
    assert.ok(link, 'the headline is an a');
    assert.doesNotMatch(link, /\shref=/, 'an a without href: no link');
  });

  it('keeps a relative link and image as written, for the browser to resolve (a server has no page address)', async () => {
    const out = await toHtml(html`<news-article-card href="/ar/sport/derby/" image="../img/derby.jpg" headline="الديربي"></news-article-card>
      <news-article-card href=" //cdn.example.com/x " headline="Protocol-relative"></news-article-card>
      <news-article-card href="java\tscript:alert(1)" headline="Tab"></news-article-card>
      <news-article-card href="https:user:pw@evil.example/x" headline="A path on an https page, another host on an http one"></news-article-card>
      <news-article-card href="HT\tTPS:/news.example.com@evil.example/" headline="The same, disguised"></news-article-card>`);
    assert.match(out, /<a[^>]*part="link"[^>]*href="\/ar\/sport\/derby\/"/);
    assert.match(out, /<img[^>]*src="\.\.\/img\/derby\.jpg"/);
    assert.match(out, /href="https:\/\/cdn\.example\.com\/x"/);
    assert.doesNotMatch(out, /<a[^>]*href="[^"]*(script:|evil)/is);
    assert.equal(out.match(/<a[^>]*part="link"[^>]*href="/g)?.length, 2, 'two links of five cards: the relative and the protocol-relative');
    const sites = await toHtml(html`<news-language-switcher locales="ar fr" href-template="/{lang}/"></news-language-switcher>`);
    assert.match(sites, /<a[^>]*href="\/fr\/"[^>]*hreflang="fr"/);
  });

  it('keeps the relative links and images of items and feeds built by hand as written, as it keeps attributes', async () => {
    const hand = {title: 'الرياضة', homePageUrl: '/ar/sport/', authors: [], tags: []};
    const items = [
      {id: 'derby', url: '/ar/sport/derby/', title: 'الديربي', image: '../img/derby.jpg', authors: [], tags: []},
      {id: 'script', url: 'javascript:alert(1)', title: 'Script', image: 'data:image/png;base64,AAAA', authors: [], tags: []},
      // A control character hides the scheme from a check that trims only spaces; the browser's URL parser strips it.
      {id: 'hidden', url: '\u0001https:news.example.com@evil.example/', title: 'Hidden', image: '\u0001https:evil.example/pixel.gif', authors: [], tags: []},
    ];
    const card = await toHtml(html`<news-article-card .item=${items[0]}></news-article-card>`);
    assert.match(card, /<a[^>]*part="link"[^>]*href="\/ar\/sport\/derby\/"/);
    assert.match(card, /<img[^>]*src="\.\.\/img\/derby\.jpg"/);
    const list = await toHtml(html`<news-feed .feed=${{...hand, items}}></news-feed>`);
    assert.match(list, /<a[^>]*part="link"[^>]*href="\/ar\/sport\/derby\/"/);
    assert.match(list, /<img[^>]*src="\.\.\/img\/derby\.jpg"/);
    assert.doesNotMatch(list, /script:|data:image|evil/);
    assert.equal(list.match(/<a[^>]*part="link"[^>]*href="/g)?.length, 1, 'one link of three cards');
    const padded = await toHtml(html`<news-article-card href="\u0001/ar/sport/ \u0002" headline="Padded"></news-article-card>`);
    assert.match(padded, /<a[^>]*part="link"[^>]*href="\/ar\/sport\/"/, 'what the URL parser strips at the ends goes');
    // The current article named by its relative address, as the page writes it (no trailing slash): never in its own list.
    const sport = [
      {id: 'a', url: '/ar/sport/derby/', title: 'الرجاء يفوز في ديربي الدار البيضاء', language: 'ar', authors: [], tags: ['الرجاء']},
      {id: 'b', url: '/ar/sport/raja-final/', title: 'الرجاء في نهائي كأس العرش', language: 'ar', authors: [], tags: ['الرجاء']},
    ];
    const related = await toHtml(html`<news-related .feed=${{items: sport}} current="/ar/sport/derby"></news-related>`);
    assert.ok(textOf(related).includes('نهائي كأس العرش'), 'the related article');
    assert.ok(!textOf(related).includes('ديربي'), 'not the current one');
  });

  it('renders a feed given as .feed: heading and every card with its content', async () => {
    const out = await toHtml(html`<news-feed .feed=${feed} limit="2"></news-feed>`);
    assert.ok(textOf(out).startsWith('Latest articles'));
    assert.equal(count(out, '<news-article-card'), 2, 'limit is honoured');
    assert.equal(count(out, 'shadowrootmode="open"'), 3, 'the feed and each card have their shadow roots');
    assert.ok(textOf(out).includes('Port expansion opens a new terminal'));
    assert.ok(textOf(out).includes('New rail line to the port'));
    assert.match(out, /part="load-more"/, 'a third article waits behind "Load more"');
  });

  it('gives the first card\'s image priority, unless the list says image-priority="auto" (a list below the first screen)', async () => {
    const priorities = (markup: string) => [...markup.matchAll(/<img\b[^>]*\bfetchpriority="(\w+)"[^>]*\bloading="(\w+)"|<img\b[^>]*\bloading="(\w+)"[^>]*\bfetchpriority="(\w+)"/g)].map((m) => (m[1] ? `${m[1]} ${m[2]}` : `${m[4]} ${m[3]}`));
    const lead = priorities(await toHtml(html`<news-feed .feed=${feed} limit="2"></news-feed>`));
    assert.deepEqual(lead, ['high eager', 'auto lazy']);
    const below = priorities(await toHtml(html`<news-feed .feed=${feed} limit="2" image-priority="auto"></news-feed>`));
    assert.deepEqual(below, ['auto lazy', 'auto lazy']);
  });

  it('renders in the language the server sets: Arabic words, lang and direction, Arabic dates', async () => {
    await setLocale('ar');
    try {
      assert.equal(getLocale(), 'ar');
      const out = await toHtml(html`<news-feed .feed=${feed} limit="2"></news-feed>`);
      assert.match(out, /<section part="base" dir="rtl" lang="ar"/);
      assert.ok(textOf(out).startsWith('أحدث المقالات'), textOf(out).slice(0, 40));
      // Whatever the card's class says is empty (one card has no image).
      assert.equal(out.match(/<article part="base" aria-labelledby="headline" class="card vertical[\w -]*" dir="rtl" lang="ar"/g)?.length, 2, 'each card’s frame in Arabic');
      assert.equal(count(out, 'aria-label="المواضيع"'), 2, 'the tag lists are named in Arabic');
      const date = out.match(/<time[^>]*>(?:<!--[^>]*-->)*([^<]*)/)![1];
      assert.match(date, /[\u0600-\u06FF]/, `an Arabic date: ${date}`);
      // Back to English: the strings follow again.
      await setLocale('en');
      assert.ok(textOf(await toHtml(html`<news-feed .feed=${feed} limit="2"></news-feed>`)).startsWith('Latest articles'));
    } finally {
      await setLocale('en');
    }
  });

  it('renders the Arabic edition’s header bar, related list and switcher in Arabic, right to left', async () => {
    await setLocale('ar');
    try {
      const bar = await toHtml(html`<news-header-bar timezone="Africa/Casablanca" city="الدار البيضاء" .weather=${{temperature: 21.4, weatherCode: 2, isDay: true}}></news-header-bar>`);
      const related = await toHtml(html`<news-related .feed=${feed} current="https://example.com/port"></news-related>`);
      const switcher = await toHtml(html`<news-language-switcher locales="ar fr es en" href-template="https://example.com/{lang}/"></news-language-switcher>`);
      assert.match(bar, /<div part="base" class="bar" dir="rtl" lang="ar">/);
      const date = bar.match(/<time part="date"[^>]*>(?:<!--[^>]*-->)*([^<]*)/)![1];
      assert.match(date, /^[\u0600-\u06FF]/, `today in Arabic: ${date}`);
      assert.match(bar, /aria-label="سماء غائمة جزئيًا"/, 'the weather named in Arabic');
      assert.ok(textOf(bar).includes('21.4\u200f°م'), 'degrees Celsius, the Arabic way');
      assert.match(related, /<section part="base" dir="rtl" lang="ar"/);
      assert.ok(textOf(related).startsWith('قد يعجبك أيضًا'), textOf(related).slice(0, 40));
      assert.match(switcher, /role="navigation"\s+aria-label="اللغة" dir="rtl" lang="ar"/);
      assert.match(switcher, /hreflang="ar" lang="ar" aria-current="page">(?:<!--[^>]*-->)*العربية/, 'the page’s own language is the current one');
    } finally {
      await setLocale('en');
    }
  });

  it('renders, for an Arabic page whose article the feed does not hold, the newest Arabic articles first, as the browser will', async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 10 - n));
    const mixed: NewsFeed = {
      language: 'ar-MA',
      items: [
        {id: 'fr', url: 'https://example.com/fr', title: 'L’extension du port de Casablanca', language: 'ar-MA', authors: [], tags: [], published: day(1)},
        {id: 'ar1', url: 'https://example.com/ar1', title: 'توسعة ميناء الدار البيضاء', language: 'ar-MA', authors: [], tags: [], published: day(2)},
        {id: 'ar2', url: 'https://example.com/ar2', title: 'أمطار غزيرة في طنجة', language: 'ar-MA', authors: [], tags: [], published: day(3)},
      ],
    };
    const related = (html_: string) => [...html_.matchAll(/<a[^>]*part="link"[^>]*href="https:\/\/example\.com\/(\w+)"/g)].map(([, id]) => id);
    await setLocale('ar-MA');
    try {
      assert.deepEqual(related(await toHtml(html`<news-related .feed=${mixed} current="https://example.com/archive/2019" limit="2"></news-related>`)), ['ar1', 'ar2']);
    } finally {
      await setLocale('en');
    }
    assert.deepEqual(related(await toHtml(html`<news-related .feed=${mixed} current="https://example.com/archive/2019" limit="2"></news-related>`)), ['fr', 'ar1']);
  });

  it('renders a language the server registered: Hebrew words, right to left, Hebrew plural forms; English where the catalog has no message', async () => {
    registerLocale('he', hebrew);
    await setLocale('he');
    try {
      const out = await toHtml(html`<news-feed .feed=${feed} limit="2"></news-feed>`);
      assert.match(out, /<section part="base" dir="rtl" lang="he"/);
      assert.ok(textOf(out).startsWith('כתבות אחרונות'), textOf(out).slice(0, 40));
      assert.equal(count(out, 'aria-label="נושאים"'), 2, 'the tag lists are named in Hebrew');
      assert.match(out, /part="load-more"[^>]*>(?:<!--[^>]*-->|\s)*Load more/, 'a message the catalog lacks, in English');
      const minutes = await toHtml(html`<news-article-card headline="Two" .item=${{...feed.items[0], contentText: 'words', words: 456, language: 'en'}}></news-article-card>`);
      assert.ok(textOf(minutes).includes('שתי דקות קריאה'), 'Hebrew’s “two” form');
      const switcher = await toHtml(html`<news-language-switcher locales="he ar en" href-template="https://example.com/{lang}/"></news-language-switcher>`);
      assert.match(switcher, /role="navigation"\s+aria-label="שפה" dir="rtl" lang="he"/);
      assert.match(switcher, /hreflang="he" lang="he" aria-current="page">(?:<!--[^>]*-->)*עברית/);
    } finally {
      await setLocale('en');
    }
  });

  it('gives the empty state for a malformed feed, never a throw', async () => {
    for (const malformed of malformedFeeds) {
      const out = await toHtml(html`<news-feed .feed=${malformed as NewsFeed}></news-feed>`);
      assert.ok(textOf(out).includes('No articles yet. Please check back soon.'), `empty state for ${JSON.stringify(malformed)}`);
      assert.equal(count(out, '<news-article-card'), 0);
    }
  });

  it('reads HTML fields of a JSON Feed and RSS without a DOMParser, as a server must', async () => {
    const feed = await parseFeedText(
      JSON.stringify({version: 'https://jsonfeed.org/version/1.1', items: [{id: '1', title: 'T', content_html: '<p>First <b>bold</b> words.</p><script>x()</script>'}]}),
      'https://example.com/feed.json',
    );
    assert.equal(feed.items[0].contentText, 'First bold words.');
    const rss = await parseFeedText('<rss version="2.0"><channel><item><title>x &amp; y</title><link>/a</link></item></channel></rss>', 'https://example.com/rss.xml');
    assert.equal(rss.items[0].title, 'x & y');
    assert.equal(rss.items[0].url, 'https://example.com/a');
    await assert.rejects(parseFeedText('<html><body>not a feed</body></html>', 'https://example.com/x.xml'), (error: unknown) => {
      assert.ok(error instanceof FeedError);
      assert.equal(error.kind, 'format');
      return true;
    });
  });

  it('renders a feed from src as its loading skeleton, requesting nothing', async () => {
    const out = await toHtml(html`<news-feed src="https://example.com/feed.json"></news-feed>`);
    assert.match(out, /aria-busy="true"/);
    assert.ok(textOf(out).includes('Loading articles…'));
  });

  it('renders related articles from .feed for the current article', async () => {
    const out = await toHtml(html`<news-related .feed=${feed} current="https://example.com/port"></news-related>`);
    const text = textOf(out);
    assert.ok(text.startsWith('You may also like'));
    assert.ok(text.includes('New rail line to the port'), 'the article sharing a tag is suggested');
    assert.ok(!text.includes('Port expansion opens a new terminal'), 'not the current article');
  });

  it('renders the header bar’s date for a time zone, and the weather when given', async () => {
    const before = dayIn('Asia/Tokyo');
    const out = await toHtml(
      html`<news-header-bar timezone="Asia/Tokyo" city="Tokyo" .weather=${{temperature: 21.4, weatherCode: 2, isDay: true}}><span slot="start">Daily</span></news-header-bar>`,
    );
    const today = renderedDay(out, before, 'Asia/Tokyo');
    assert.match(out, new RegExp(`<time part="date" datetime="${today}"`));
    assert.match(out, /<svg part="icon"[^>]*aria-label="Partly cloudy"/);
    assert.ok(textOf(out).includes('21.4°C'));
    assert.ok(textOf(out).includes('Tokyo'));
    assert.ok(textOf(out).includes('Daily'), 'the slotted logo stays in the light DOM');
  });

  it('renders the Hijri date beside the Gregorian one, for the zone’s day and the offset', async () => {
    const before = dayIn('Africa/Casablanca');
    const out = await toHtml(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset="\u2212\u0661"></news-header-bar>`);
    const today = renderedDay(out, before, 'Africa/Casablanca');
    const noon = Date.parse(`${today}T12:00:00Z`) - 86_400_000;
    const hijri = new Intl.DateTimeFormat('en', {calendar: 'islamic-umalqura', timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric'}).format(noon);
    assert.match(out, new RegExp(`<time part="date" datetime="${today}"`));
    assert.match(out, new RegExp(`<time part="hijri" datetime="${today}"[^>]*>(<!--[^>]*-->)*${hijri}`));
  });

  it('renders the language switcher with each language in its own name', async () => {
    const out = await toHtml(html`<news-language-switcher locales="en fr ar" href-template="https://example.com/{lang}/"></news-language-switcher>`);
    assert.match(out, /<a[^>]*href="https:\/\/example\.com\/fr\/"[^>]*hreflang="fr"/);
    for (const name of ['English', 'Français', 'العربية']) assert.ok(textOf(out).includes(name), name);
    // Names for the catalogs a server may register: Darija, which engines name in English;
    // Georgian, which an upper-cased first letter wrote in Mtavruli ("Ქართული").
    assert.deepEqual(['ary', 'ka', 'xx'].map((tag) => nativeLanguageName(tag)), ['الدارجة', 'ქართული', 'xx']);
  });
});
