import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/news-related/news-related.js';
import '../../src/components/news-feed/news-feed.js';
import type {NewsRelatedElement} from '../../src/components/news-related/news-related.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsFeed, NewsItem} from '../../src/core/feed.js';
import {loadFeed} from '../../src/core/load.js';
import {rankRelated} from '../../src/core/related.js';
import {yieldToMain} from '../../src/core/steps.js';
import {browserEngine, countEvents, countFetches, eventOnce, fixture, textOf, useLocale} from '../helpers.js';
import {cards, headlines, loaded, settled} from '../harness/list.js';
import {longFeed} from '../ssr/ssr-data.js';
import {$} from '../harness/shadow.js';

const QUALITY = '/test/fixtures/related-quality.json';
const item = (id: string, fields: Partial<NewsItem> = {}): NewsItem => ({id, url: `https://news.example/${id}`, title: `Story ${id}`, authors: [], tags: [], ...fields});

describe('<news-related>', () => {
  afterEach(() => useLocale('en'));

  it('shows the articles related to the current one under a localized heading, as compact cards', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="en-rail-1"></news-related>`);
    await loaded(el);
    expect(textOf($(el, '[part="heading"]'))).to.equal('You may also like');
    expect($(el, '[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    const shown = headlines(el);
    expect(shown).to.have.length(4);
    expect(shown.slice(0, 2)).to.have.members(['New high-speed trains delivered ahead of the summer timetable', 'Rail fares frozen for students and pensioners']);
    expect(shown).not.to.include('High-speed rail line to Marrakech gets final approval');
    expect(cards(el).every((card) => card.getAttribute('variant') === 'compact' && card.getAttribute('part') === 'card')).to.equal(true);
    expect(cards(el)[0].getAttribute('exportparts')).to.contain('link: card-link');
    expect(cards(el)[0].getAttribute('heading-level')).to.equal('3');
  });

  it('shows only articles in the current article’s language', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="ar-rail-1" limit="20"></news-related>`);
    await loaded(el);
    expect(cards(el)).to.have.length(15);
    for (const card of cards(el)) expect((card as unknown as {item: NewsItem}).item.language).to.equal('ar');
    expect(headlines(el)).to.include('تسلم قطارات جديدة فائقة السرعة قبل التوقيت الصيفي');
  });

  it('shows the newest articles in the page’s declared language first when the feed does not hold the current one', async () => {
    const declared = document.documentElement.lang;
    // A channel declared ar-MA whose newest story is French (helper-109's Moroccan feed).
    const feed: NewsFeed = {
      language: 'ar-MA',
      items: [
        item('fr-1', {title: 'Le Maroc accueille la CAN 2025', language: 'ar-MA', published: new Date('2026-01-09T10:00:00Z')}),
        item('ar-1', {title: 'المنتخب المغربي يستعد لكأس إفريقيا', language: 'ar-MA', published: new Date('2026-01-08T10:00:00Z')}),
        item('fr-2', {title: 'Casablanca : le tramway prolongé', language: 'fr', published: new Date('2026-01-07T10:00:00Z')}),
        item('ar-2', {title: 'أمطار غزيرة في طنجة', published: new Date('2026-01-06T10:00:00Z')}),
      ],
    };
    try {
      document.documentElement.lang = 'ar-MA';
      const el = await render<NewsRelatedElement>(html`<news-related .feed=${feed} current="https://news.example/archive/2019/story" limit="3"></news-related>`);
      await settled(el);
      expect(headlines(el)).to.deep.equal(['المنتخب المغربي يستعد لكأس إفريقيا', 'أمطار غزيرة في طنجة', 'Le Maroc accueille la CAN 2025']);
      // An edition in French (the page's lang changed by a single-page app), ranked again.
      document.documentElement.lang = 'fr';
      el.requestUpdate();
      await settled(el);
      expect(headlines(el)).to.deep.equal(['Casablanca : le tramway prolongé', 'Le Maroc accueille la CAN 2025', 'المنتخب المغربي يستعد لكأس إفريقيا']);
    } finally {
      document.documentElement.lang = declared;
    }
  });

  it('defaults current to the page’s canonical URL, ignoring query and trailing slash', async () => {
    const link = Object.assign(document.createElement('link'), {rel: 'canonical', href: 'https://news.example/en/football-2?utm_medium=social'});
    document.head.append(link);
    try {
      const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} limit="2"></news-related>`);
      await loaded(el);
      expect(headlines(el)).to.have.members([
        'Atlas Lions name their squad for the Africa Cup of Nations qualifiers',
        "Injured captain doubtful for the national team's qualifiers",
      ]);
    } finally {
      link.remove();
    }
  });

  it('falls back to location.href when there is no canonical link (and a feed the page set fires no news-feed-load)', async () => {
    const loads = countEvents(document, 'news-feed-load');
    const here = item('here', {url: location.href, tags: ['Sport'], published: new Date('2026-01-01')});
    const feed: NewsFeed = {items: [item('old-sport', {tags: ['Sport'], published: new Date('2025-01-01')}), here, item('newest', {published: new Date('2026-01-20')})]};
    const el = await render<NewsRelatedElement>(html`<news-related .feed=${feed} limit="2"></news-related>`);
    expect(headlines(el)).to.deep.equal(['Story old-sport', 'Story newest']);
    loads.stop();
    expect(loads.count).to.equal(0);
  });

  it('shows at most the default 4 articles for a `limit` below 1 or no number', async () => {
    const feed: NewsFeed = {items: Array.from({length: 8}, (_, i) => item(`s${i}`, {published: new Date(Date.UTC(2026, 0, 10 - i))}))};
    for (const [limit, shown] of [['0', 4], ['-3', 4], ['four', 4], ['2.7', 2]] as const) {
      const el = await render<NewsRelatedElement>(html`<news-related .feed=${feed} current="https://news.example/s0" limit=${limit}></news-related>`);
      await loaded(el);
      expect(cards(el), `limit="${limit}"`).to.have.length(shown);
    }
  });

  it('ranks again for the page a single-page app goes to, without `current`', async () => {
    // An app's article pages, at this test page's origin, and the list kept on screen between them.
    const at = (path: string) => new URL(`/spa/${path}`, location.href).href;
    const sport = (id: string) => item(id, {url: at(id), tags: ['Football'], published: new Date('2026-01-10')});
    const economy = (id: string) => item(id, {url: at(id), tags: ['Economy'], published: new Date('2026-01-10')});
    const feed: NewsFeed = {items: [sport('match'), sport('squad'), sport('coach'), economy('budget'), economy('taxes'), economy('ports')]};
    const start = location.href;
    const afterNavigation = async (el: NewsRelatedElement) => {
      // The list ranks a task after the navigation's event; two tasks, whichever of popstate and currententrychange came first.
      for (let task = 0; task < 2; task++) await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      return headlines(el);
    };
    const popped = () => new Promise((resolve) => addEventListener('popstate', resolve, {once: true}));
    try {
      history.replaceState(null, '', at('match'));
      history.pushState(null, '', at('budget'));
      const el = await render<NewsRelatedElement>(html`<news-related .feed=${feed} limit="2"></news-related>`);
      expect(headlines(el)).to.have.members(['Story taxes', 'Story ports']);

      const back = popped();
      history.back();
      await back;
      expect(await afterNavigation(el)).to.have.members(['Story squad', 'Story coach']);

      const forward = popped();
      history.forward();
      await forward;
      expect(await afterNavigation(el)).to.have.members(['Story taxes', 'Story ports']);

      // A router's link: pushState, which only the Navigation API reports.
      history.pushState(null, '', at('coach'));
      const shown = await afterNavigation(el);
      // Which branch an engine takes is pinned: an engine that lost (or gained) the API fails here rather than passing the other branch.
      expect('navigation' in globalThis, 'the Navigation API: Chromium 156 and Firefox 153 have it, WebKitGTK 2.50 has not').to.equal((await browserEngine()) !== 'webkit');
      if ('navigation' in globalThis) expect(shown).to.have.members(['Story match', 'Story squad']);
      else expect(shown, 'no Navigation API: kept until the app sets `current`').to.have.members(['Story taxes', 'Story ports']);
      el.current = at('squad');
      expect(await afterNavigation(el)).to.have.members(['Story match', 'Story coach']);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('keeps the address a relative src resolved to when it was set, ranking again after a navigation without asking for another', async () => {
    const start = location.href;
    const src = `test/fixtures/page-1.json?spa=${Math.random().toString(36).slice(2)}`;
    try {
      const el = await render<NewsRelatedElement>(html`<news-related src=${src} limit="2"></news-related>`);
      await loaded(el);
      const {calls} = await countFetches(async () => {
        // Another article of the app, further down its paths: the relative src would name a feed that is not there.
        history.pushState(null, '', '/spa/news/2026/article-2');
        // What the navigation brings, in every engine (WebKit's has no Navigation API): the list ranks again.
        el.requestUpdate();
        await el.updateComplete;
        // A request the update started has reached fetch before one asked for after it has answered.
        await loadFeed(fixture(`page-2.json?witness=${Math.random()}`));
      });
      expect(calls.map((url) => new URL(url).pathname), 'requests').to.deep.equal(['/test/fixtures/page-2.json']);
      await settled(el);
      expect($(el, '[aria-busy="true"]'), 'the skeleton').to.equal(null);
      expect($(el, '[role="alert"]'), 'an error').to.equal(null);
      expect(headlines(el)).to.have.length(2);
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('shows and lists none of the last source\'s articles under a new source that fails', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related src=${fixture('page-1.json')} limit="2"></news-related>`);
    await loaded(el);
    expect([el.items.length, el.shownItems.length]).to.deep.equal([2, 2]);
    const failed = eventOnce(el, 'news-feed-error');
    el.src = fixture(`missing-${Math.random().toString(36).slice(2)}.json`);
    await failed;
    await settled(el);
    expect($(el, '[role="alert"]'), 'the error').to.not.equal(null);
    expect([headlines(el), el.items, el.shownItems]).to.deep.equal([[], [], []]);
  });

  it('makes one request when a <news-feed> on the page uses the same URL', async () => {
    const url = `${QUALITY}?shared`;
    // Separate fixtures, not one <div>: a plain element's fixture waits for an animation
    // frame, which a background test page never gets when files run side by side.
    const {calls, result: related} = await countFetches(async () => {
      const feed = await render<NewsFeedElement>(html`<news-feed src=${url} limit="3"></news-feed>`);
      const related = await render<NewsRelatedElement>(html`<news-related src=${url} current="en-tech-1"></news-related>`);
      await loaded(feed);
      await loaded(related);
      return related;
    });
    expect(calls).to.deep.equal([fixture('related-quality.json?shared')]);
    expect(cards(related)).to.have.length(4);
  });

  it('exclude-shown skips what a <news-feed> shows, and follows "Load more"', async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed src=${QUALITY} limit="1" tag="Water"></news-feed>`);
    const related = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="en-water-3" exclude-shown></news-related>`);
    await loaded(feed);
    await loaded(related);
    expect(feed.shownItems.map((i) => i.id)).to.deep.equal(['en-water-1']);
    await waitUntil(() => !related.items.some((i) => i.id === 'en-water-1'), 'shown item not excluded');
    expect(related.items[0].id).to.equal('en-water-2');
    ($(feed, '[part="load-more"]') as HTMLButtonElement).click();
    await waitUntil(() => feed.shownItems.length === 2);
    await waitUntil(() => related.items.length > 0 && !related.items.some((i) => i.id === 'en-water-2'), 'newly shown item not excluded');
    const ids = related.items.map((i) => i.id);
    expect(ids).not.to.include('en-water-1');
    expect(ids).not.to.include('en-water-2');
    await related.updateComplete;
    expect(cards(related)).to.have.length(ids.length);
    expect(headlines(related)).not.to.include('Farmers switch to drip irrigation to save scarce water');
  });

  it('exclude-shown skips what a <news-feed> in an app\'s own shadow root shows, until it leaves the page', async () => {
    // An app's component (Lit, Stencil, Angular's emulated-off encapsulation) renders the feed in its shadow root.
    const app = await render<HTMLElement>(html`<div></div>`);
    const feed = document.createElement('news-feed') as NewsFeedElement;
    Object.assign(feed, {src: QUALITY, limit: 1, tag: 'Water'});
    app.attachShadow({mode: 'open'}).append(feed);
    const related = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="en-water-3" exclude-shown></news-related>`);
    await loaded(feed);
    await loaded(related);
    expect(feed.shownItems.map((i) => i.id)).to.deep.equal(['en-water-1']);
    await waitUntil(() => related.items.length > 0 && !related.items.some((i) => i.id === 'en-water-1'), 'shown item not excluded');
    feed.remove();
    await waitUntil(() => related.items.some((i) => i.id === 'en-water-1'), 'the removed feed\'s item still excluded');
    // Updated while off the page (a property set there), then put back: its articles are left out again.
    feed.requestUpdate();
    await feed.updateComplete;
    app.shadowRoot!.append(feed);
    await waitUntil(() => related.items.length > 0 && !related.items.some((i) => i.id === 'en-water-1'), 'the feed put back is not heard');
  });

  it('exclude-shown leaves out nothing a <news-feed> moved into another document shows (one a script made, which the reader does not see)', async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed src=${QUALITY} limit="1" tag="Water"></news-feed>`);
    const related = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="en-water-3" exclude-shown></news-related>`);
    await loaded(feed);
    await loaded(related);
    await waitUntil(() => related.items.length > 0 && !related.items.some((i) => i.id === 'en-water-1'), 'shown item not excluded');
    const elsewhere = document.implementation.createHTMLDocument('elsewhere');
    elsewhere.body.append(feed);
    try {
      feed.requestUpdate();
      await feed.updateComplete;
      await waitUntil(() => related.items.some((i) => i.id === 'en-water-1'), 'the item of a feed in another document still excluded');
    } finally {
      feed.remove();
    }
  });

  it('exclude-shown skips only what a <news-feed> shows where articles differ by their query alone (the demo\'s article.html?id=…)', async () => {
    const src = '/demo/feeds/en.json';
    const feed = await render<NewsFeedElement>(html`<news-feed src=${src} limit="2"></news-feed>`);
    const related = await render<NewsRelatedElement>(html`<news-related src=${src} current="en-rabat-tram-extension" exclude-shown></news-related>`);
    await loaded(feed);
    await loaded(related);
    const shown = feed.shownItems.map((i) => i.id);
    expect(shown).to.have.length(2);
    await waitUntil(() => !related.items.some((i) => shown.includes(i.id)), 'shown items not excluded');
    expect(related.items.map((i) => i.id)).to.have.length(4).and.not.include('en-rabat-tram-extension');
    await related.updateComplete;
    expect(cards(related)).to.have.length(4);
  });

  for (const [name, template] of [
    ['without exclude-shown', html`<news-related src=${QUALITY} current="en-water-3"></news-related>`],
    // As Vue and Svelte write a bound `false`.
    ['with exclude-shown="false"', html`<news-related src=${QUALITY} current="en-water-3" exclude-shown="false"></news-related>`],
  ] as const) {
    it(`${name} repeats what a <news-feed> shows`, async () => {
      await loaded(await render<NewsFeedElement>(html`<news-feed src=${QUALITY} limit="1" tag="Water"></news-feed>`));
      const related = await render<NewsRelatedElement>(template);
      await loaded(related);
      expect(related.items[0].id).to.equal('en-water-1');
      await related.updateComplete;
      expect(headlines(related)[0]).to.equal(related.items[0].title);
    });
  }

  it('bubbles news-article-click with source news-related and the position', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="en-books-1"></news-related>`);
    await loaded(el);
    const link = cards(el)[0].shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const fired = eventOnce<{item: NewsItem; position: number; source: string}>(document, 'news-article-click');
    link.click();
    const {detail} = await fired;
    expect(detail).to.include({position: 1, source: 'news-related'});
    expect(detail.item.id).to.equal('en-books-2');
  });

  it('fires news-feed-load, and news-feed-error with a Retry button', async () => {
    const ok = document.createElement('news-related');
    const load = eventOnce<{feed: NewsFeed}>(ok, 'news-feed-load');
    ok.src = QUALITY;
    document.body.append(ok);
    expect((await load).detail.feed.items.length).to.be.at.least(30);
    ok.remove();

    const el = document.createElement('news-related');
    const failed = eventOnce<{error: Error & {kind: string}}>(el, 'news-feed-error');
    el.src = '/__status/404';
    document.body.append(el);
    expect((await failed).detail.error.kind).to.equal('http');
    await el.updateComplete;
    expect(textOf($(el, '[part="status"] p'))).to.equal('The news feed is unavailable right now (error 404).');
    const {calls} = await countFetches(async () => {
      const again = eventOnce(el, 'news-feed-error');
      ($(el, '[part="retry"]') as HTMLButtonElement).click();
      await again;
    });
    expect(calls).to.have.length(1);
    el.remove();
  });

  it('shows a busy skeleton while loading', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related src="/__slow/300${QUALITY}" limit="3"></news-related>`);
    expect($(el, '[part="list"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('.skeleton')).to.have.length(3);
    await loaded(el);
    expect(cards(el)).to.have.length(3);
  });

  it('says so when the feed has no other article', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related current="only" .feed=${{items: [item('only')]}}></news-related>`);
    expect(textOf($(el, '[part="status"]'))).to.equal('No other articles yet.');
    expect(textOf(el.shadowRoot)).not.to.match(/undefined|null|NaN|\[object/);
  });

  it('takes a custom or empty heading, and a layout', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related heading="" layout="grid" current="a" .feed=${{items: [item('a'), item('b')]}}></news-related>`);
    expect($(el, '[part="heading"]')).to.equal(null);
    expect(cards(el)[0].getAttribute('variant')).to.equal('vertical');
    expect(cards(el)[0].getAttribute('heading-level'), 'the hidden heading\'s level').to.equal('2');
    el.heading = 'Read next';
    await el.updateComplete;
    expect(textOf($(el, '[part="heading"]'))).to.equal('Read next');
    expect(cards(el)[0].getAttribute('heading-level')).to.equal('3');
  });

  it('reaches every card with Tab, in rank order', async () => {
    const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="en-football-1" limit="3"></news-related>`);
    await loaded(el);
    const focused: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({press: 'Tab'});
      const card = el.shadowRoot!.activeElement!;
      focused.push(textOf(card.shadowRoot!.activeElement));
    }
    expect(focused).to.deep.equal(headlines(el));
  });

  it('speaks Arabic, right to left', async () => {
    await useLocale('ar');
    const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current="ar-books-1"></news-related>`);
    await loaded(el);
    expect(textOf($(el, '[part="heading"]'))).to.equal('قد يعجبك أيضًا');
    expect($(el, 'section')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, 'section')!.getAttribute('lang')).to.equal('ar');
    expect(headlines(el)[0]).to.equal('جائزة الأدب الأمازيغي لروائية تنشر عملها الأول');
  });

  it('is accessible in English and Arabic', async () => {
    for (const [locale, current] of [
      ['en', 'en-rail-2'],
      ['ar', 'ar-rail-2'],
    ]) {
      await useLocale(locale);
      const el = await render<NewsRelatedElement>(html`<news-related src=${QUALITY} current=${current} layout="list"></news-related>`);
      await loaded(el);
      await expect(el).to.be.accessible();
    }
  });

  describe('a long feed of long texts', () => {
    const long = longFeed();
    const expected = () => rankRelated(long.items, '0', {limit: 4}).map((entry) => entry.item.id);
    const busy = (el: Element) => !!el.shadowRoot?.querySelector('[aria-busy="true"]');
    const unranked = () => {
      const el = document.createElement('news-related') as NewsRelatedElement;
      el.current = '0';
      el.feed = long;
      return el;
    };
    // Turns of the event loop taken as the library takes them: with scheduler.yield() a
    // continuation goes ahead of timers, so a setTimeout would wait for the whole ranking.
    const turnUntil = async (done: () => boolean) => {
      for (let turns = 0; turns < 100_000; turns++) {
        if (done()) return;
        await yieldToMain();
      }
      throw new Error('never');
    };

    it('is ranked in slices that leave the page turns, busy until the list is ready', async () => {
      const host = await render<HTMLDivElement>(html`<div></div>`);
      const el = unranked();
      let busyTurns = 0;
      let ranked = false;
      host.append(el);
      const turns = turnUntil(() => {
        if (busy(el)) busyTurns++;
        return ranked;
      });
      // updateComplete alone: it waits for the ranking and for the new list's cards to render.
      await el.updateComplete;
      const shown = headlines(el);
      ranked = true;
      await turns;
      expect(busyTurns, 'turns of the page while the list was busy').to.be.at.least(2);
      expect(el.items.map((entry) => entry.id)).to.deep.equal(expected());
      expect(shown).to.deep.equal(el.items.map((entry) => entry.title));
      expect(busy(el)).to.equal(false);
    });

    it('ranked again for another current article, keeps its list on screen meanwhile: no blink to the skeleton', async () => {
      const host = await render<HTMLDivElement>(html`<div></div>`);
      const el = unranked();
      host.append(el);
      await el.updateComplete;
      const before = headlines(el);
      expect(before).to.have.length(4);
      el.current = '1';
      let busyTurns = 0;
      let changedTurns = 0;
      let ranked = false;
      const turns = turnUntil(() => {
        if (busy(el)) busyTurns++;
        if (!ranked && headlines(el).join() !== before.join()) changedTurns++;
        return ranked;
      });
      await el.updateComplete;
      const after = headlines(el);
      ranked = true;
      await turns;
      expect(busyTurns, 'turns of the page with the skeleton').to.equal(0);
      expect(el.items.map((entry) => entry.id)).to.deep.equal(rankRelated(long.items, '1', {limit: 4}).map((entry) => entry.item.id));
      expect(after).to.deep.equal(el.items.map((entry) => entry.title.trim()));
      expect(after, 'another list for another article').to.not.deep.equal(before);
      expect(changedTurns, 'turns of the page that showed neither list').to.be.at.most(1);
    });

    it('moved to another place while ranked again (a sidebar at a breakpoint): its list stays on screen, no blink to the skeleton (helper-161)', async () => {
      const host = await render<HTMLDivElement>(html`<div><aside></aside></div>`);
      const el = unranked();
      host.append(el);
      await el.updateComplete;
      expect(headlines(el)).to.have.length(4);
      el.current = '1';
      let busyTurns = 0;
      let ranked = false;
      const turns = turnUntil(() => {
        if (busy(el)) busyTurns++;
        return ranked;
      });
      await yieldToMain();
      expect((el as unknown as {ranking?: object}).ranking, 'a ranking under way when it moves').to.not.equal(undefined);
      el.remove();
      await yieldToMain();
      host.querySelector('aside')!.append(el);
      await settled(el);
      ranked = true;
      await turns;
      expect(busyTurns, 'turns of the page with the skeleton').to.equal(0);
      expect(el.items.map((entry) => entry.id)).to.deep.equal(rankRelated(long.items, '1', {limit: 4}).map((entry) => entry.item.id));
      expect(headlines(el)).to.deep.equal(el.items.map((entry) => entry.title.trim()));
    });

    it('gives way to a newer feed, and starts again when reconnected after a disconnection stopped it', async () => {
      const host = await render<HTMLDivElement>(html`<div></div>`);
      const el = unranked();
      host.append(el);
      await turnUntil(() => busy(el));
      el.feed = {items: [item('0', {tags: ['Rail']}), item('near', {tags: ['Rail']}), item('far')]};
      await settled(el);
      expect(headlines(el)).to.deep.equal(['Story near', 'Story far']);
      // The long ranking was stopped: it never replaces the newer list. Were it going on, it
      // would end before a list started after it has ranked the same feed twice: slices of the
      // two take turns, and it had a head start.
      const witness = unranked();
      host.append(witness);
      await witness.updateComplete;
      witness.current = '1';
      await witness.updateComplete;
      expect(witness.items.map((entry) => entry.id)).to.deep.equal(rankRelated(long.items, '1', {limit: 4}).map((entry) => entry.item.id));
      witness.remove();
      await el.updateComplete;
      expect(headlines(el)).to.deep.equal(['Story near', 'Story far']);

      el.feed = long;
      await turnUntil(() => busy(el));
      el.remove();
      // Turns of the page out of the document, in which the stopped ranking's slices would run.
      let turns = 0;
      await turnUntil(() => ++turns > 10);
      host.append(el);
      await settled(el);
      expect(el.items.map((entry) => entry.id)).to.deep.equal(expected());
      expect(headlines(el)).to.have.length(4);
    });
  });
});
