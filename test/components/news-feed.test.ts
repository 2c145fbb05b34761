import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsFeed, NewsItem} from '../../src/core/feed.js';
import sinon from 'sinon';
import {STORED_FEED_PREFIX, clearFeedCache} from '../../src/core/cache.js';
import {loadFeed} from '../../src/core/load.js';
import {FeedError} from '../../src/core/model.js';
import {feedErrorText} from '../../src/components/shared/article-list.js';
import {asPrinted, countEvents, countFetches, eventOnce, fixture, otherOrigin, textOf, useLocale} from '../helpers.js';
import {cards, headlines, loaded} from '../harness/list.js';
import {$} from '../harness/shadow.js';

const items = (count: number, tags: string[] = []): NewsItem[] =>
  Array.from({length: count}, (_, i) => ({
    id: `n${i + 1}`,
    url: `https://example.com/n${i + 1}`,
    title: `Story number ${i + 1}`,
    authors: [],
    tags: i % 2 ? tags : [],
    published: new Date(Date.now() - (i + 1) * 60_000 * 90),
  }));
const feedOf = (list: NewsItem[], nextUrl?: string): NewsFeed => ({title: 'Test', items: list, nextUrl});


describe('<news-feed>', () => {
  afterEach(() => useLocale('en'));

  it('loads src and renders one card per item up to limit, with a localized heading', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json" limit="2"></news-feed>`);
    await loaded(el);
    expect(textOf($(el, '[part="heading"]'))).to.equal('Latest articles');
    expect(headlines(el)).to.deep.equal(['Page one, first', 'Page one, second']);
    expect($(el, '[part="list"]')!.localName).to.equal('ul');
    expect(cards(el)[0].getAttribute('part')).to.equal('card');
    expect(cards(el)[0].getAttribute('heading-level')).to.equal('3');
  });

  it('makes one request when two feeds on the page use the same URL', async () => {
    const {result: el, calls} = await countFetches(async () => {
      const el = await render<HTMLElement>(html`<div>
        <news-feed src="/test/fixtures/jsonfeed-1.1.json?two"></news-feed>
        <news-feed src="/test/fixtures/jsonfeed-1.1.json?two" layout="compact"></news-feed>
      </div>`);
      await Promise.all([...el.querySelectorAll('news-feed')].map(loaded));
      return el;
    });
    expect(calls).to.have.length(1);
    for (const feed of el.querySelectorAll('news-feed')) expect(cards(feed)).to.have.length(3);
  });

  it('shows a busy skeleton while loading', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/300/test/fixtures/page-1.json"></news-feed>`);
    const list = $(el, '[part="list"]')!;
    expect(list.getAttribute('aria-busy')).to.equal('true');
    expect(cards(el)).to.have.length(0);
    expect(textOf($(el, '[role="status"]'))).to.equal('Loading articles…');
    await loaded(el);
    expect(cards(el)).to.have.length(3);
  });

  it("reserves its cards' image shape in the skeleton, as the designer sets it", async () => {
    const ratio = async (style: string) => {
      const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/2000/test/fixtures/page-1.json" style="width: 640px; ${style}"></news-feed>`);
      const box = $(el, '.skeleton .image')!.getBoundingClientRect();
      return Math.round((box.width / box.height) * 100) / 100;
    };
    expect(await ratio('')).to.equal(1.78);
    expect(await ratio('--news-image-ratio: 4 / 3')).to.equal(1.33);
  });

  it('fires news-feed-load with the parsed feed', async () => {
    const el = document.createElement('news-feed');
    const fired = eventOnce<{feed: NewsFeed}>(el, 'news-feed-load');
    el.src = '/test/fixtures/page-1.json';
    document.body.append(el);
    const {detail} = await fired;
    expect(detail.feed.items).to.have.length(3);
    el.remove();
  });

  it('words an http error without a status as a failed load, never "(error )"', async () => {
    // A page may build its own error (for a feed it fetched itself) without a status.
    expect(feedErrorText(new FeedError('http', 'Proxy refused'))).to.equal(feedErrorText(new FeedError('network', 'x')));
    expect(feedErrorText(new FeedError('http', 'x', {status: 503}))).to.equal('The news feed is unavailable right now (error 503).');
    await useLocale('ar');
    expect(feedErrorText(new FeedError('http', 'x'))).to.not.match(/\(|undefined/);
  });

  it('shows a readable error with a Retry button, and retries', async () => {
    const el = document.createElement('news-feed');
    const failed = eventOnce<{error: Error & {kind: string}}>(el, 'news-feed-error');
    el.src = '/__status/404';
    document.body.append(el);
    const {detail} = await failed;
    expect(detail.error.kind).to.equal('http');
    await el.updateComplete;
    const status = $(el, '[part="status"]')!;
    // The alert is the message alone: not "… (error 404). Retry".
    expect(textOf(status.querySelector('[role="alert"]'))).to.equal('The news feed is unavailable right now (error 404).');
    const retry = status.querySelector('button')!;
    expect(textOf(retry)).to.equal('Retry');
    const {calls} = await countFetches(async () => {
      const again = eventOnce(el, 'news-feed-error');
      retry.click();
      await again;
    });
    expect(calls).to.deep.equal([new URL('/__status/404', location.href).href]);
    el.remove();
  });

  it('gives focus to Retry when a new source fails while a card had focus, not to the page', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json?retry-focus"></news-feed>`);
    await loaded(el);
    cards(el)[1].focus();
    expect(el.shadowRoot!.activeElement === cards(el)[1], 'the second card focused').to.equal(true);
    el.src = '/__status/404?retry-focus';
    await waitUntil(() => !!$(el, '[part="retry"]'), 'no Retry');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part="retry"]'), 'focus not on Retry');
  });

  it('keeps the articles when reload() fails, with the error and Retry above them', async () => {
    const original = window.fetch;
    let fail = false;
    window.fetch = async (input, init) => (fail ? new Response('', {status: 404}) : original(input, init));
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json?reload-fails"></news-feed>`);
      await loaded(el);
      const shown = headlines(el);
      expect(shown).to.have.length(3);
      fail = true;
      await el.reload();
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(shown);
      const status = $(el, '[part="status"]')!;
      expect(textOf(status.querySelector('[role="alert"]'))).to.equal('The news feed is unavailable right now (error 404).');
      expect(textOf(status.querySelector('[part="retry"]'))).to.equal('Retry');
      // Above the articles: before the first card in the page's order.
      expect(status.compareDocumentPosition(cards(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('explains a feed that is not JSON, never showing undefined', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/not-json.html"></news-feed>`);
    await waitUntil(() => $(el, '[part="status"]'));
    const text = textOf(el.shadowRoot);
    expect(text).to.contain('This news feed can’t be read');
    expect(text).not.to.match(/undefined|null|NaN|\[object/);
  });

  it('shows a localized empty state', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/empty.json"></news-feed>`);
    await waitUntil(() => $(el, '[part="status"]'));
    expect(textOf($(el, '[part="status"]'))).to.equal('No articles yet. Please check back soon.');
    expect($(el, '[part="load-more"]')).to.equal(null);
  });

  it('renders a feed given as a property without fetching, and without news-feed-load (the page set it)', async () => {
    const loads = countEvents(document, 'news-feed-load');
    const {result: el, calls} = await countFetches(async () => {
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${feedOf(items(3))}></news-feed>`);
      await loaded(el);
      return el;
    });
    expect(calls).to.have.length(0);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    el.feed = feedOf(items(2));
    await loaded(el);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2']);
    loads.stop();
    expect(loads.count).to.equal(0);
  });

  it('resolves the relative links and images of a feed built by hand against the page, as a card given an item does; unsafe ones go', async () => {
    const hand: NewsFeed = {
      title: 'Sport',
      homePageUrl: '/ar/sport/',
      items: [
        {id: 'derby', url: '/ar/sport/derby/', title: 'Derby', image: '../img/derby.jpg', authors: [], tags: []},
        {id: 'script', url: 'javascript:alert(1)', title: 'Script', image: 'data:image/png;base64,AAAA', authors: [], tags: []},
      ],
    };
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${hand}></news-feed>`);
    await loaded(el);
    const [derby, script] = cards(el).map((card) => card.shadowRoot!);
    expect(derby.querySelector<HTMLAnchorElement>('[part="link"]')!.getAttribute('href')).to.equal(new URL('/ar/sport/derby/', document.baseURI).href);
    expect(derby.querySelector<HTMLImageElement>('[part="image"]')!.getAttribute('src')).to.equal(new URL('../img/derby.jpg', document.baseURI).href);
    expect(script.querySelector('[part="link"]')!.hasAttribute('href')).to.equal(false);
    expect(script.querySelector('[part="image"]')?.getAttribute('src') ?? null).to.equal(null);
  });

  it('sizes its heading and headlines from the text around it, not the root (a theme\'s html {font-size: 62.5%})', async () => {
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const wrapper = await render<HTMLElement>(html`<div style="font-size: 1.6rem"><news-feed .feed=${feedOf(items(1))}></news-feed></div>`);
      const el = wrapper.firstElementChild as NewsFeedElement;
      await cards(el)[0].updateComplete;
      const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
      // 16 px of text around it: a 24 px heading, 18 px headlines, as on a page with a 16 px root.
      expect(size($(el, '[part="heading"]')!)).to.equal(24);
      expect(size($(cards(el)[0], '[part~="headline"]')!)).to.equal(18);
    } finally {
      root.style.fontSize = '';
    }
  });

  it('on paper, keeps its heading with the cards and leaves out the Load more button', async function () {
    const el = await render<NewsFeedElement>(html`<news-feed limit="1" .feed=${feedOf(items(3))}></news-feed>`);
    expect($(el, '[part="load-more"]')!.getClientRects().length, 'Load more on screen').to.equal(1);
    await asPrinted(this, [el.shadowRoot!], () => {
      expect(getComputedStyle($(el, '[part="heading"]')!).breakAfter).to.equal('avoid');
      expect($(el, '[part="load-more"]')!.getClientRects().length, 'Load more on paper').to.equal(0);
      expect(cards(el).map((card) => card.getClientRects().length), 'the card on paper').to.deep.equal([1]);
    });
    expect($(el, '[part="load-more"]')!.getClientRects().length, 'Load more on screen again').to.equal(1);
  });

  // The other half of test/components/reader-preferences.test.ts, whose own Firefox and WebKit
  // are launched with the preferences on and so never see them off: here, in every engine.
  it('without the reader\'s preferences (no reduced motion, no forced colours), the loading skeleton pulses and its blocks have no border', async () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion').to.equal(false);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours').to.equal(false);
    const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/2000/test/fixtures/page-1.json"></news-feed>`);
    const block = $(el, '.skeleton .block')!;
    expect(getComputedStyle(block).animationName).to.equal('pulse');
    expect(getComputedStyle(block).borderStyle).to.equal('none');
  });

  it('hides the heading when heading is empty (or blank) and uses a custom one otherwise', async () => {
    for (const empty of ['', '  \n ']) {
      const hidden = await render<NewsFeedElement>(html`<news-feed heading=${empty} .feed=${feedOf(items(1))}></news-feed>`);
      expect($(hidden, '[part="heading"]'), JSON.stringify(empty)).to.equal(null);
      expect($(hidden, 'section')!.hasAttribute('aria-labelledby')).to.equal(false);
      // The cards take the hidden heading's level: a page's h1 is followed by h2 cards, not h3 (helper-180).
      expect(cards(hidden)[0].getAttribute('heading-level')).to.equal('2');
    }
    const custom = await render<NewsFeedElement>(html`<news-feed heading="Sport" heading-level="3" .feed=${feedOf(items(1))}></news-feed>`);
    expect(textOf($(custom, '[part="heading"]'))).to.equal('Sport');
    expect($(custom, '[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(cards(custom)[0].getAttribute('heading-level')).to.equal('4');
  });

  it('filters by tag, case-insensitively', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed tag="sport" .feed=${feedOf(items(6, ['Sport']))}></news-feed>`);
    await loaded(el);
    expect(headlines(el)).to.deep.equal(['Story number 2', 'Story number 4', 'Story number 6']);
    el.tag = 'Weather';
    await el.updateComplete;
    expect(textOf($(el, '[part="status"]'))).to.equal('No articles about “Weather” yet.');
    // Isolated for bidi: in an Arabic sentence, "C++" must not turn into "++C".
    el.tag = 'C++';
    await el.updateComplete;
    expect($(el, '[part="status"]')!.textContent).to.contain('“\u2068C++\u2069”');
  });

  it('filtered by a tag none of the first page has: "Load more" to the next page, not "no articles"', async () => {
    const first = feedOf(items(3, ['Weather']), '/test/fixtures/tagged-page-2.json');
    const original = window.fetch;
    window.fetch = async () => Response.json({version: 'https://jsonfeed.org/version/1.1', title: 'Test', items: [{id: 's', url: 'https://example.com/s', title: 'Raja wins', tags: ['Sport']}]});
    try {
      const el = await render<NewsFeedElement>(html`<news-feed tag="sport" .feed=${first}></news-feed>`);
      expect(cards(el)).to.have.length(0);
      expect($(el, '[part="status"]'), 'no "no articles" message').to.equal(null);
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => cards(el).length === 1, 'the next page\'s article not shown');
      expect(headlines(el)).to.deep.equal(['Raja wins']);
      // The last page read: no more to load.
      await loaded(el);
      expect($(el, '[part="load-more"]')).to.equal(null);
    } finally {
      window.fetch = original;
    }
  });

  it('filtered by a tag none of the pages has: "Load more" leaves the message that says so, and focus on it', async () => {
    const first = feedOf(items(3, ['Weather']), '/test/fixtures/untagged-page-2.json');
    const original = window.fetch;
    window.fetch = async () => Response.json({version: 'https://jsonfeed.org/version/1.1', title: 'Test', items: [{id: 'e', url: 'https://example.com/e', title: 'Rates held', tags: ['Economy']}]});
    try {
      const el = await render<NewsFeedElement>(html`<news-feed tag="Sport" .feed=${first}></news-feed>`);
      const more = $(el, '[part="load-more"]') as HTMLButtonElement;
      more.focus();
      more.click();
      await waitUntil(() => !$(el, '[part="load-more"]'), 'the last page not read');
      await el.updateComplete;
      const message = $(el, '[part="status"]')!;
      expect(textOf(message)).to.equal('No articles about “Sport” yet.');
      expect(el.shadowRoot!.activeElement === message, 'focus on the message').to.equal(true);
      // Out of the Tab order: it takes focus only when given it.
      expect(message.tabIndex).to.equal(-1);
    } finally {
      window.fetch = original;
    }
  });

  it('focus on the message that there is nothing, then a refresh brings an article: focus goes to its card, not to a hidden message', async () => {
    const original = window.fetch;
    const version = 'https://jsonfeed.org/version/1.1';
    const weather = [1, 2, 3].map((n) => ({id: `w${n}`, url: `https://example.com/w${n}`, title: `Rain ${n}`, tags: ['Weather']}));
    const sport = {id: 's', url: 'https://example.com/s', title: 'Raja wins', tags: ['Sport']};
    let refreshed = false;
    window.fetch = async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('focus-page-2')) return Response.json({version, title: 'Test', items: []});
      return Response.json({version, title: 'Test', next_url: '/focus-page-2.json', items: refreshed ? [sport, ...weather] : weather});
    };
    try {
      const el = await render<NewsFeedElement>(html`<news-feed tag="Sport" src=${`/focus-refresh.json?${Math.random()}`}></news-feed>`);
      await loaded(el);
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => !!$(el, '[part="status"]') && el.shadowRoot!.activeElement === $(el, '[part="status"]'), 'focus not on the message');
      refreshed = true;
      await el.reload();
      await waitUntil(() => cards(el).length === 1, 'the article not shown');
      await waitUntil(() => el.shadowRoot!.activeElement === cards(el)[0], 'focus not on the new card');
      expect(!!$(el, '[part="status"]'), 'a visible message').to.equal(false);
    } finally {
      window.fetch = original;
    }
  });

  it('"Load more" reveals more items, then follows next_url, then disappears', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json" limit="2"></news-feed>`);
    await loaded(el);
    const more = () => $(el, '[part="load-more"]') as HTMLButtonElement | null;
    expect(textOf(more())).to.equal('Load more');
    more()!.click();
    await el.updateComplete;
    expect(headlines(el)).to.have.length(3);
    const {calls} = await countFetches(async () => {
      more()!.click();
      await waitUntil(() => cards(el).length === 4, 'next page not shown');
    });
    expect(calls).to.deep.equal([fixture('page-2.json')]);
    await loaded(el);
    expect(headlines(el)).to.deep.equal(['Page one, first', 'Page one, second', 'Page one, third', 'Page two, first']);
    expect(more()).to.equal(null);
  });

  it('"Load more" that fails says so as an error above the button, which stays to try again', async () => {
    const version = 'https://jsonfeed.org/version/1.1';
    const fetch = sinon.stub(window, 'fetch').callsFake(async (input) =>
      String(input instanceof Request ? input.url : input).includes('more-fails-2')
        ? new Response('', {status: 404})
        : Response.json({version, title: 'Test', next_url: '/more-fails-2.json', items: [{id: '1', url: 'https://example.com/1', title: 'First'}]}),
    );
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src=${`/more-fails.json?${Math.random()}`}></news-feed>`);
      await loaded(el);
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => !!$(el, '.more [role="alert"]'), 'no error');
      const alert = $(el, '.more [role="alert"]')!;
      expect(textOf(alert)).to.equal('The news feed is unavailable right now (error 404).');
      // Styled as the list's other errors: the error colour's rule at its start.
      expect([alert.getAttribute('part'), getComputedStyle(alert).borderInlineStartWidth]).to.deep.equal(['status', '4px']);
      expect(textOf($(el, '[part="load-more"]'))).to.equal('Load more');
      expect(headlines(el)).to.deep.equal(['First']);
    } finally {
      fetch.restore();
    }
  });

  it('a CMS that gives every item one guid: each story shows once, through a refresh and next pages that repeat one, with others or alone', async () => {
    // Every item's guid is "post" (some CMS templates print one for the whole feed).
    const rss = (titles: string[], next?: string) =>
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>CMS</title>${next ? `<atom:link rel="next" href="${next}"/>` : ''}${titles
        .map((title) => `<item><title>${title}</title><link>https://cms.example/${title}</link><guid isPermaLink="false">post</guid></item>`)
        .join('')}</channel></rss>`;
    // A alone at first, under the bare guid; then kept by guid and link beside others.
    const pages = [rss(['A'], '/cms-page-2.xml'), rss(['N', 'A', 'B'], '/cms-page-2.xml')];
    const original = window.fetch;
    // The last page holds B alone: under the bare guid, where the pages before keyed it by guid and link.
    const next: Record<string, string> = {'page-2': rss(['C', 'B'], '/cms-page-3.xml'), 'page-3': rss(['B'])};
    window.fetch = async (input) => new Response(next[/page-\d/.exec(String(input))?.[0] ?? ''] ?? pages.shift()!, {headers: {'content-type': 'application/rss+xml'}});
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/cms-feed.xml"></news-feed>`);
      await loaded(el);
      expect(headlines(el)).to.deep.equal(['A']);
      await el.reload();
      await loaded(el);
      expect(headlines(el)).to.deep.equal(['N', 'A', 'B']);
      // A is known by its guid and link: only N and B are new.
      expect(textOf([...el.shadowRoot!.querySelectorAll('[role="status"]')].at(-1)!)).to.equal('2 new articles');
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => cards(el).length === 4, 'next page not shown');
      await loaded(el);
      expect(headlines(el)).to.deep.equal(['N', 'A', 'B', 'C']);
      const {calls} = await countFetches(async () => {
        ($(el, '[part="load-more"]') as HTMLButtonElement).click();
        await waitUntil(() => !$(el, '[part="load-more"]'), 'the last page not read');
      });
      expect(calls, 'the last page asked for').to.have.length(1);
      await loaded(el);
      expect(headlines(el)).to.deep.equal(['N', 'A', 'B', 'C']);
    } finally {
      window.fetch = original;
    }
  });

  it('"Load more" stops at max-items, next pages included', async () => {
    const key = `cap-${Math.random().toString(36).slice(2)}`;
    const next = new URL(`/__items/5/${key}`, location.href).href;
    const el = await render<NewsFeedElement>(html`<news-feed limit="2" max-items="3" .feed=${feedOf(items(2), next)}></news-feed>`);
    await loaded(el);
    ($(el, '[part="load-more"]') as HTMLButtonElement).click();
    await waitUntil(() => cards(el).length === 3, 'next page not shown');
    await loaded(el);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Item 0']);
    expect(el.items, 'items kept').to.have.length(3);
    expect($(el, '[part="load-more"]'), 'Load more past the cap').to.equal(null);
  });

  it('"Load more" offers no next page of a feed read up to max-items', async () => {
    const key = `full-${Math.random().toString(36).slice(2)}`;
    const el = await render<NewsFeedElement>(html`<news-feed limit="2" max-items="3" .feed=${feedOf(items(3), new URL(`/__items/5/${key}`, location.href).href)}></news-feed>`);
    await loaded(el);
    ($(el, '[part="load-more"]') as HTMLButtonElement).click();
    await loaded(el);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    expect($(el, '[part="load-more"]'), 'Load more for a page past the cap').to.equal(null);
    expect(await (await fetch(`/__hits/${key}`)).json(), 'requests of the next page').to.equal(0);
  });

  it('"Load more" stops when a next page leads back to a page read already', async () => {
    const key = `loop-${Math.random().toString(36).slice(2)}`;
    const el = await render<NewsFeedElement>(html`<news-feed src=${`/__open-feed/${key}?next=self`}></news-feed>`);
    await loaded(el);
    const more = () => $(el, '[part="load-more"]') as HTMLButtonElement | null;
    more()!.click();
    await waitUntil(() => !more(), 'Load more offered the same page again');
    expect(headlines(el)).to.deep.equal(['Elsewhere']);
    expect(await (await fetch(`/__hits/${key}`)).json(), 'requests of the page').to.equal(2);
  });

  describe('lends the reader\'s cookies to the feed\'s own origin only', () => {
    const COOKIE = 'news-test-session=1';
    beforeEach(() => (document.cookie = `${COOKIE}; path=/`));
    afterEach(() => ((document.cookie = 'news-test-session=; path=/; max-age=0'), clearFeedCache()));

    /** Shows the feed at `src`, follows its next page, and resolves with the Cookie header that page was asked for with. */
    async function nextPageCookies(id: string, src: string): Promise<string | null> {
      const el = await render<NewsFeedElement>(html`<news-feed src=${src}></news-feed>`);
      await loaded(el);
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => cards(el).length === 2, 'next page not shown');
      expect(headlines(el)).to.deep.equal(['Elsewhere', 'Next page']);
      return (await fetch(`/__cookies-seen/${id}`)).json();
    }

    it('a feed from another origin whose next page is on this site: asked for without cookies', async () => {
      const id = `cookies-${Math.random().toString(36).slice(2)}`;
      const next = new URL(`/__cookies/${id}`, location.href).href;
      const feed = await otherOrigin(`/__open-feed/${id}?next=${encodeURIComponent(next)}`);
      expect(await nextPageCookies(id, feed.href)).to.equal(null);
    });

    it('a feed an app loaded from another origin and gave as `feed`, whose next page is on this site: asked for without cookies', async () => {
      // As the README's server-rendering recipe hands over a feed it parsed: the list never learns where it came from.
      const id = `cookies-${Math.random().toString(36).slice(2)}`;
      const next = new URL(`/__cookies/${id}`, location.href).href;
      const given = await loadFeed((await otherOrigin(`/__open-feed/${id}?next=${encodeURIComponent(next)}`)).href);
      expect(given.nextUrl).to.equal(next);
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${given}></news-feed>`);
      await loaded(el);
      ($(el, '[part="load-more"]') as HTMLButtonElement).click();
      await waitUntil(() => cards(el).length === 2, 'next page not shown');
      expect(await (await fetch(`/__cookies-seen/${id}`)).json()).to.equal(null);
    });

    it('a page from another origin, reached through this site\'s own feed, whose next page is on this site: asked for without cookies', async () => {
      // The page that names a next page lends it cookies, not the first page: the partner's page names this site's address.
      const id = `cookies-${Math.random().toString(36).slice(2)}`;
      const back = new URL(`/__cookies/${id}`, location.href).href;
      const partner = await otherOrigin(`/__open-feed/${id}-partner?title=Partner&next=${encodeURIComponent(back)}`);
      const el = await render<NewsFeedElement>(html`<news-feed src=${`/__open-feed/${id}?next=${encodeURIComponent(partner.href)}`}></news-feed>`);
      await loaded(el);
      for (const shown of [2, 3]) {
        ($(el, '[part="load-more"]') as HTMLButtonElement).click();
        await waitUntil(() => cards(el).length === shown, `page ${shown} not shown`);
      }
      expect(headlines(el)).to.deep.equal(['Elsewhere', 'Partner', 'Next page']);
      expect(await (await fetch(`/__cookies-seen/${id}`)).json()).to.equal(null);
    });

    it('this site\'s address that redirects to a feed on another origin, whose next page is on this site: asked for without cookies', async () => {
      // The page that answered names the next page, wherever it was asked for (a site's /feed sent on to a feed host).
      const id = `cookies-${Math.random().toString(36).slice(2)}`;
      const next = new URL(`/__cookies/${id}`, location.href).href;
      const feed = await otherOrigin(`/__open-feed/${id}?next=${encodeURIComponent(next)}`);
      expect(await nextPageCookies(id, `/__redirect/${id}?to=${encodeURIComponent(feed.href)}`)).to.equal(null);
    });

    it('the copy an earlier visit stored of a feed that answered from another origin, whose next page is on this site: asked for without cookies', async () => {
      // This site's /feed sent on to a feed host, read on the last visit; on this one the feed is down, and its copy is all there is.
      const id = `cookies-${Math.random().toString(36).slice(2)}`;
      const next = new URL(`/__cookies/${id}`, location.href).href;
      const redirect = new URL(`/__redirect/${id}?to=${encodeURIComponent((await otherOrigin(`/__open-feed/${id}?next=${encodeURIComponent(next)}`)).href)}`, location.href).href;
      await loadFeed(redirect);
      const stored = localStorage.getItem(`${STORED_FEED_PREFIX}${redirect}`)!;
      clearFeedCache();
      const down = `/__status/403?${id}`;
      localStorage.setItem(`${STORED_FEED_PREFIX}${new URL(down, location.href).href}`, stored);
      expect(await nextPageCookies(id, down)).to.equal(null);
    });

    it('this site\'s own feed whose next page is on this site: asked for with them', async () => {
      const id = `cookies-${Math.random().toString(36).slice(2)}`;
      expect(await nextPageCookies(id, `/__open-feed/${id}?next=${encodeURIComponent(`/__cookies/${id}`)}`)).to.contain(COOKIE);
    });
  });

  it('moves focus to the first new card after "Load more"', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed limit="2" .feed=${feedOf(items(5))}></news-feed>`);
    await loaded(el);
    ($(el, '[part="load-more"]') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement === cards(el)[2]);
    const focused = cards(el)[2].shadowRoot!.activeElement;
    expect(textOf(focused)).to.equal('Story number 3');
  });

  it('given another feed while "Load more" reads the next page, starts from its first page and leaves focus where it is', async () => {
    // The next page never answers: it is aborted, or it hangs.
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    const fetch = sinon.stub(window, 'fetch').callsFake((_input, init) => {
      asked();
      return new Promise<Response>((_, fail) => init!.signal!.addEventListener('abort', () => fail(init!.signal!.reason)));
    });
    try {
      const el = await render<NewsFeedElement>(html`<news-feed limit="2" .feed=${feedOf(items(2), 'https://example.com/page-2.json')}></news-feed>`);
      await loaded(el);
      const more = $(el, '[part="load-more"]') as HTMLButtonElement;
      more.focus();
      more.click();
      await requested;
      el.feed = feedOf(items(8));
      await el.updateComplete;
      // The aborted page's promises settle within the task; anything they changed renders in the next update.
      await new Promise((resolve) => setTimeout(resolve));
      await loaded(el);
      expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2']);
      expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus').to.equal('load-more');
    } finally {
      fetch.restore();
    }
  });

  it('bubbles news-article-click from cards with the position and source', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${feedOf(items(3))}></news-feed>`);
    await loaded(el);
    const link = cards(el)[1].shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const fired = eventOnce<{item: NewsItem; position: number; source: string}>(el, 'news-article-click');
    link.click();
    const {detail} = await fired;
    expect(detail).to.include({position: 2, source: 'news-feed'});
    expect(detail.item.id).to.equal('n2');
  });

  it('maps layouts to card variants', async () => {
    for (const [layout, variant] of [
      ['grid', 'vertical'],
      ['featured', 'hero'],
      ['list', 'horizontal'],
      ['compact', 'compact'],
    ]) {
      const el = await render<NewsFeedElement>(html`<news-feed layout=${layout} .feed=${feedOf(items(2))}></news-feed>`);
      expect(cards(el)[0].getAttribute('variant')).to.equal(variant);
      expect($(el, '[part="list"]')!.classList.contains(`layout-${layout}`)).to.equal(true);
    }
  });

  it('lays the grid out in columns on a wide page', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed style="width: 900px" .feed=${feedOf(items(3))}></news-feed>`);
    const [a, b] = cards(el).map((card) => card.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    expect(b.left).to.be.greaterThan(a.right - 1);
  });

  it('opens the featured layout with its lead story, a hero card across the grid, in both directions', async () => {
    for (const locale of ['en', 'ar']) {
      await useLocale(locale);
      const el = await render<NewsFeedElement>(html`<news-feed layout="featured" style="width: 900px" .feed=${feedOf(items(5))}></news-feed>`);
      await loaded(el);
      expect(cards(el).map((card) => card.getAttribute('variant'))).to.deep.equal(['hero', 'vertical', 'vertical', 'vertical', 'vertical']);
      const list = $(el, '[part="list"]')!.getBoundingClientRect();
      const [lead, ...others] = cards(el).map((card) => card.getBoundingClientRect());
      expect(Math.round(lead.width), locale).to.equal(Math.round(list.width));
      // The others in columns below it, the first at the start of the line (the right in Arabic).
      expect(others[0].top).to.be.greaterThan(lead.bottom);
      expect(others[1].top).to.equal(others[0].top);
      if (locale === 'ar') expect(others[1].right).to.be.lessThan(others[0].left + 1);
      else expect(others[1].left).to.be.greaterThan(others[0].right - 1);
      // The hero's headline is the larger one; its skeleton's picture has the hero's shape.
      const size = (card: Element) => parseFloat(getComputedStyle(card.shadowRoot!.querySelector('[part="headline"]')!).fontSize);
      expect(size(cards(el)[0])).to.be.greaterThan(size(cards(el)[1]));
    }
    await useLocale('en');
  });

  it('makes the cards of a grid row as tall as the row, so cards with a background line up', async () => {
    // The last one's headline a single long word: it breaks, and its card stays as wide as the others.
    const list = items(3).map((item, i) => ({...item, summary: 'A longer summary of the story. '.repeat(i * 2), title: i === 2 ? 'W'.repeat(120) : item.title}));
    for (const layout of ['grid', 'featured']) {
      const el = await render<NewsFeedElement>(html`<news-feed layout=${layout} style="width: 900px; --news-color-surface: #eee; --news-card-padding: 1rem" .feed=${feedOf([...list, ...list.map((item) => ({...item, id: `${item.id}-again`}))])}></news-feed>`);
      await loaded(el);
      const row = cards(el).slice(layout === 'featured' ? 1 : 0, layout === 'featured' ? 4 : 3);
      const heights = row.map((card) => Math.round(card.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().height));
      const tops = row.map((card) => Math.round(card.getBoundingClientRect().top));
      expect(new Set(tops).size, `${layout}: one row`).to.equal(1);
      expect(new Set(heights).size, `${layout}: ${heights.join(', ')}`).to.equal(1);
      const widths = row.map((card) => Math.round(card.getBoundingClientRect().width));
      expect(new Set(widths).size, `${layout}: ${widths.join(', ')}`).to.equal(1);
    }
  });

  it('keeps a page\'s width and centring on its cards (::part(card)), in the grid and featured layouts', async () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'news-feed.narrow::part(card) { width: 200px; margin-inline: auto; }';
    try {
      for (const layout of ['grid', 'featured']) {
        const el = await render<NewsFeedElement>(html`<news-feed class="narrow" layout=${layout} style="width: 900px" .feed=${feedOf(items(4))}></news-feed>`);
        await loaded(el);
        for (const card of cards(el)) {
          const box = card.getBoundingClientRect();
          const cell = card.parentElement!.getBoundingClientRect();
          expect(Math.round(box.width), layout).to.equal(200);
          expect(Math.abs(box.left - cell.left - (cell.right - box.right)), `${layout}: centred`).to.be.below(1);
        }
      }
    } finally {
      style.remove();
    }
  });

  it('gives the featured layout\'s skeleton the lead story\'s place and shape', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed layout="featured" style="width: 900px" src="/__slow/2000/test/fixtures/page-1.json"></news-feed>`);
    const blocks = [...el.shadowRoot!.querySelectorAll('.skeleton')].map((li) => li.getBoundingClientRect());
    const pictures = [...el.shadowRoot!.querySelectorAll('.skeleton .image')].map((block) => block.getBoundingClientRect());
    expect(Math.round(blocks[0].width)).to.equal(900);
    expect(pictures[0].width / pictures[0].height).to.be.closeTo(2, 0.05);
    expect(pictures[1].width / pictures[1].height).to.be.closeTo(16 / 9, 0.05);
    expect(blocks[1].top).to.be.greaterThan(blocks[0].bottom);
  });

  it('gives the list layout\'s skeleton its cards\' shape: the picture beside the text, at the start, in both directions', async () => {
    for (const locale of ['en', 'ar']) {
      await useLocale(locale);
      const el = await render<NewsFeedElement>(html`<news-feed layout="list" style="width: 900px" src="/__slow/2000/test/fixtures/page-1.json?list=${locale}"></news-feed>`);
      const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
      const picture = skeleton.querySelector('.image')!.getBoundingClientRect();
      const line = skeleton.querySelector('.line')!.getBoundingClientRect();
      expect(picture.width / picture.height, locale).to.be.closeTo(4 / 3, 0.05);
      expect(Math.round(picture.top), locale).to.equal(Math.round(line.top));
      if (locale === 'en') expect(picture.right, locale).to.be.at.most(line.left);
      else expect(picture.left, locale).to.be.at.least(line.right);
    }
    await useLocale('en');
  });

  it('gives the first card\'s image priority, and only the first', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${feedOf(items(3))}></news-feed>`);
    expect(cards(el).map((card) => card.getAttribute('image-priority'))).to.deep.equal(['high', 'auto', 'auto']);
  });

  describe('image priority', () => {
    /** Two articles with pictures of their own, named after `name`. */
    const illustrated = (name: string) => items(2).map((item, i) => ({...item, id: `${name}${i}`, image: new URL(`/test/fixtures/image.svg?${name}${i}`, location.href).href}));
    const priorities = (el: Element) => cards(el).map((card) => card.getAttribute('image-priority'));
    const preloaded = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')].map((link) => link.href);
    /** The `news-feed`s of `page`, rendered. */
    async function feedsOf(page: ReturnType<typeof html>) {
      const el = await render<HTMLElement>(page);
      const feeds = [...el.querySelectorAll<NewsFeedElement>('news-feed')];
      await Promise.all(feeds.map((feed) => feed.updateComplete));
      return feeds;
    }

    it("gives priority only in the page's first list, and asks for its first image before the cards render", async () => {
      const [lead, below] = await feedsOf(html`<div>
        <news-feed .feed=${feedOf(illustrated('lead'))}></news-feed>
        <news-feed .feed=${feedOf(illustrated('below'))}></news-feed>
      </div>`);
      expect(priorities(lead)).to.deep.equal(['high', 'auto']);
      expect(priorities(below)).to.deep.equal(['auto', 'auto']);
      expect(preloaded()).to.deep.equal([illustrated('lead')[0].image]);
    });

    it('gives no priority to a list below the screen (the latest articles under a story) nor to a hidden one', async () => {
      const [below] = await feedsOf(html`<div>
        <div style="block-size: 150vh"></div>
        <news-feed .feed=${feedOf(illustrated('offscreen'))}></news-feed>
      </div>`);
      expect(priorities(below)).to.deep.equal(['auto', 'auto']);
      const [hidden] = await feedsOf(html`<div hidden><news-feed .feed=${feedOf(illustrated('hidden'))}></news-feed></div>`);
      expect(priorities(hidden)).to.deep.equal(['auto', 'auto']);
      for (const name of ['offscreen', 'hidden']) expect(preloaded()).to.not.include(illustrated(name)[0].image);
      // Scrolled into view, its next first picture (a refresh's) has priority.
      below.scrollIntoView();
      below.feed = feedOf(illustrated('refreshed'));
      await below.updateComplete;
      expect(priorities(below)).to.deep.equal(['high', 'auto']);
      expect(preloaded()).to.deep.equal([illustrated('refreshed')[0].image]);
      scrollTo(0, 0);
    });

    it('follows image-priority where it is set: high below the screen, auto for the first list on it', async () => {
      const [first, below] = await feedsOf(html`<div>
        <news-feed image-priority="auto" .feed=${feedOf(illustrated('declined'))}></news-feed>
        <div style="block-size: 150vh"></div>
        <news-feed image-priority="high" .feed=${feedOf(illustrated('asked'))}></news-feed>
      </div>`);
      expect(priorities(first)).to.deep.equal(['auto', 'auto']);
      expect(priorities(below)).to.deep.equal(['high', 'auto']);
      expect(preloaded()).to.deep.equal([illustrated('asked')[0].image]);
      // Unset again, the list on screen decides.
      first.removeAttribute('image-priority');
      await first.updateComplete;
      expect(priorities(first)).to.deep.equal(['high', 'auto']);
    });

    it('gives priority to the first feed with pictures, not to a compact list or a related list above it', async () => {
      const [compact, main] = await feedsOf(html`<div>
        <news-related current="x" .feed=${feedOf(illustrated('related'))}></news-related>
        <news-feed layout="compact" .feed=${feedOf(illustrated('compact'))}></news-feed>
        <news-feed .feed=${feedOf(illustrated('main'))}></news-feed>
      </div>`);
      expect(priorities(main)).to.deep.equal(['high', 'auto']);
      expect(priorities(compact)).to.deep.equal(['auto', 'auto']);
      expect(preloaded()).to.deep.equal([illustrated('main')[0].image]);
    });
  });

  it('exports card parts for styling from the page', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed .feed=${feedOf(items(1))}></news-feed>`);
    expect(cards(el)[0].getAttribute('exportparts')).to.contain('link: card-link');
  });

  it('lets the page restyle each tag of its cards (card-tag), not only their list', async () => {
    // A site with square corners: the cards follow --news-radius, the tags need a part of their own.
    const page = await render<HTMLElement>(html`<div>
      <style>
        .square news-feed { --news-radius: 0; }
        .square news-feed::part(card-tag) { border-radius: 0; border-color: rgb(179, 38, 30); }
      </style>
      <div class="square"><news-feed .feed=${feedOf(items(2, ['Economy', 'Port']))}></news-feed></div>
    </div>`);
    const el = page.querySelector('news-feed')!;
    await el.updateComplete;
    const card = cards(el)[1]; // the second story has the tags
    await card.updateComplete;
    const shown = [...card.shadowRoot!.querySelectorAll('[part~="tags"] li')].filter((li) => li.textContent);
    expect(shown.map((li) => li.textContent)).to.deep.equal(['Economy', 'Port']);
    for (const tag of shown) {
      expect(getComputedStyle(tag).borderStartStartRadius, 'square like the cards').to.equal('0px');
      expect(getComputedStyle(tag).borderTopColor).to.equal('rgb(179, 38, 30)');
    }
  });

  for (const [locale, title] of [
    ['en', 'After three years of works, delays and public consultations, the coastal road between Casablanca and Mohammedia reopens with cycle lanes and new bus stops'],
    ['ar', 'بعد ثلاث سنوات من الأشغال والتأخير والمشاورات العمومية، تُعاد فتح الطريق الساحلية بين الدار البيضاء والمحمدية بمسارات للدراجات ومحطات حافلات جديدة'],
  ]) {
    it(`cuts its cards' headlines at two lines with the README's recipe, each whole card still its link (${locale}; helper-181)`, async () => {
      await useLocale(locale);
      const page = await render<HTMLElement>(html`<div style="inline-size: 18rem">
        <style>
          .clamped news-feed::part(card-headline) { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
        </style>
        <div class="clamped"><news-feed .feed=${feedOf([{id: 'long', url: 'https://example.com/long', title, language: locale, authors: [], tags: []}])}></news-feed></div>
      </div>`);
      const el = page.querySelector('news-feed')!;
      await loaded(el);
      const card = cards(el)[0];
      await card.updateComplete;
      const headline = card.shadowRoot!.querySelector<HTMLElement>('[part="headline"]')!;
      const line = parseFloat(getComputedStyle(headline).lineHeight);
      expect(headline.scrollHeight, 'a headline longer than two lines').to.be.above(2.5 * line);
      expect(headline.getBoundingClientRect().height, 'shown in two').to.be.closeTo(2 * line, 2);
      const base = card.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
      expect(card.shadowRoot!.elementFromPoint(base.left + 2, base.bottom - 2)?.closest('a')).to.equal(card.shadowRoot!.querySelector('[part="link"]'));
    });
  }

  it('lets the page restyle or remove the rules between articles (item), placeholders too (helper-181)', async () => {
    // A feed that never answers: its placeholders stay.
    const fetch = sinon.stub(window, 'fetch').returns(new Promise<Response>(() => undefined));
    try {
      const page = await render<HTMLElement>(html`<div>
        <style>
          .ruled news-feed::part(item) { border-color: rgb(179, 38, 30); border-block-end-width: 3px; }
        </style>
        <div class="ruled">
          <news-feed layout="compact" .feed=${feedOf(items(2))}></news-feed>
          <news-feed layout="compact" src="/never-answers.json"></news-feed>
        </div>
      </div>`);
      const [compact, loading] = page.querySelectorAll('news-feed');
      await loading.updateComplete;
      const placeholder = loading.shadowRoot!.querySelector('.skeleton')!;
      expect(getComputedStyle(placeholder).borderBottomWidth).to.equal('3px');
      // The placeholder's picture and a card's image box while it loads are one tone by default.
      const block = getComputedStyle(placeholder.querySelector('.image')!).backgroundColor;
      await loaded(compact);
      const entries = [...compact.shadowRoot!.querySelectorAll('[part="list"] > li')];
      expect(entries.map((li) => getComputedStyle(li).borderBottomColor)).to.deep.equal(['rgb(179, 38, 30)', 'rgb(179, 38, 30)']);
      expect(entries.map((li) => getComputedStyle(li).borderBottomWidth)).to.deep.equal(['3px', '3px']);
      const card = cards(compact)[0];
      await card.updateComplete;
      const box = card.shadowRoot!.querySelector('.image')!;
      expect(block).to.equal(getComputedStyle(box).backgroundColor);
    } finally {
      fetch.restore();
    }
  });

  it('re-fetches {lang} URLs in the new language, in that language and direction', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/lang-{lang}.json"></news-feed>`);
    await loaded(el);
    expect(headlines(el)).to.deep.equal(['English story']);
    await useLocale('ar');
    await waitUntil(() => headlines(el)[0] === 'قصة عربية', 'Arabic feed not shown');
    expect(textOf($(el, '[part="heading"]'))).to.equal('أحدث المقالات');
    expect($(el, 'section')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, 'section')!.getAttribute('lang')).to.equal('ar');
  });

  it('spaces compact cards by --news-gap, as the other layouts', async () => {
    const padding = async (style: string) => {
      const el = await render<NewsFeedElement>(html`<news-feed layout="compact" style=${style} .feed=${feedOf(items(2))}></news-feed>`);
      await loaded(el);
      return getComputedStyle($(el, '[part="list"] > li')!).paddingTop;
    };
    expect(await padding('')).to.equal('10px');
    expect(await padding('--news-gap: 32px')).to.equal('20px');
  });

  it('re-fetches quietly every `refresh` seconds, keeping the items on screen', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json" refresh="1"></news-feed>`);
    await loaded(el);
    const before = cards(el);
    // Anything the refresh puts in the list's place (its loading skeleton) or takes out of it.
    const changes: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of [...record.addedNodes, ...record.removedNodes]) if (node instanceof Element) changes.push(node.localName);
        if (record.type === 'attributes') changes.push(`aria-busy=${(record.target as Element).getAttribute('aria-busy')}`);
      }
    });
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, attributeFilter: ['aria-busy']});
    const {calls} = await countFetches(() => eventOnce(el, 'news-feed-load'));
    await el.updateComplete;
    observer.disconnect();
    expect(calls).to.have.length(1);
    expect(changes, 'what the refresh changed on screen').to.deep.equal([]);
    const after = cards(el);
    expect(after.length).to.equal(3);
    expect(after.every((card, i) => card === before[i]), 'the same cards').to.equal(true);
    el.remove();
  });

  it('shows the default 10 articles for a `limit` below 1 or no number, and a whole number of them for a fraction', async () => {
    for (const [limit, shown] of [['0', 10], ['-3', 10], ['ten', 10], ['2.7', 2]] as const) {
      const el = await render<NewsFeedElement>(html`<news-feed limit=${limit} .feed=${feedOf(items(12))}></news-feed>`);
      await loaded(el);
      expect(cards(el), `limit="${limit}"`).to.have.length(shown);
    }
  });

  it('re-fetches no more than once a second, however small `refresh` is', async () => {
    // The poll on a fake clock (the requests are real): one request a second, to the millisecond.
    const clock = sinon.useFakeTimers({now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']});
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/test/fixtures/page-1.json?every-ms" refresh="0.001"></news-feed>`);
      await eventOnce(el, 'news-feed-load');
      const requests = async (ms: number) => (await countFetches(() => clock.tickAsync(ms))).calls.length;
      expect(await requests(999), 'requests within a second of the load').to.equal(0);
      const refreshed = eventOnce(el, 'news-feed-load');
      expect(await requests(1), 'requests at the second').to.equal(1);
      await refreshed;
      expect(await requests(999), 'requests within a second of the refresh').to.equal(0);
      expect(await requests(1), 'requests at the next second').to.equal(1);
      el.remove();
    } finally {
      clock.restore();
    }
  });

  it('takes a layout named like an object\'s own property (toString) as none', async () => {
    const el = await render<NewsFeedElement>(html`<news-feed layout="toString" .feed=${feedOf(items(1))}></news-feed>`);
    expect(cards(el)[0].getAttribute('variant')).to.equal('vertical');
  });

  it('stops loading and polling once removed from the page', async () => {
    // Fake timers from the start, so the poll is on the fake clock; a URL of its own, so no
    // earlier test's cached copy answers at once and leaves no request to stop.
    const clock = sinon.useFakeTimers({now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date']});
    const original = window.fetch;
    const signals: AbortSignal[] = [];
    let requested!: () => void;
    const firstRequest = new Promise<void>((resolve) => (requested = resolve));
    window.fetch = (input, init) => (signals.push(init!.signal!), requested(), original(input, init));
    try {
      const el = await render<NewsFeedElement>(html`<news-feed src="/__slow/300/test/fixtures/page-1.json?removed" refresh="1"></news-feed>`);
      let loads = 0;
      el.addEventListener('news-feed-load', () => loads++);
      await firstRequest;
      el.remove();
      // At the end of the task that removed it: one moved (out and back in) keeps its request.
      await Promise.resolve();
      expect(signals[0].aborted, 'the request under way is aborted').to.equal(true);
      await clock.tickAsync(10_000);
      expect(signals, 'no poll after the removal').to.have.length(1);
      expect(loads).to.equal(0);
    } finally {
      window.fetch = original;
      clock.restore();
    }
  });

  for (const locale of ['en', 'ar']) {
    it(`passes axe in ${locale}, loaded and in error`, async () => {
      await useLocale(locale);
      const el = await render<NewsFeedElement>(html`<news-feed .feed=${feedOf(items(3, ['Sport']))} limit="2"></news-feed>`);
      await loaded(el);
      await expect(el).to.be.accessible();
      const failing = await render<NewsFeedElement>(html`<news-feed src="/__status/404"></news-feed>`);
      await waitUntil(() => $(failing, '[part="status"]'));
      await expect(failing).to.be.accessible();
    });
  }
});
