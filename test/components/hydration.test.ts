/**
 * Hydration: a page gets elements rendered on the server (@lit-labs/ssr, declarative shadow
 * DOM; the test server renders them, see scripts/ssr-pages.mjs), then loads their code.
 * The elements must take over the server's nodes (none recreated), shift nothing, and work.
 */
// First, before anything imports lit: hydration hooks into LitElement as it loads.
import '../../src/hydrate.js';
import {expect, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsHeaderBarElement} from '../../src/components/news-header-bar/news-header-bar.component.js';
import type {NewsLanguageSwitcherElement} from '../../src/components/news-language-switcher/news-language-switcher.component.js';
import type {NewsRelatedElement} from '../../src/components/news-related/news-related.component.js';
import type {NewsFeed} from '../../src/core/model.js';
import {longFeed, malformedFeeds, ssrFeed} from '../ssr/ssr-data.js';
import {browserEngine, contentNodes, dateOf, eventOnce, serverDocument, serverRendered, textOf, useLocale} from '../helpers.js';
import {rankRelated} from '../../src/core/related.js';

const boxes = (nodes: Node[]) => nodes.filter((node): node is Element => node instanceof Element).map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
});

/**
 * Layout shift reported while `body` runs (PerformanceObserver `layout-shift`), with two frames
 * after it; undefined in Firefox and WebKit, which report no layout shifts (there the boxes
 * compared before and after are the check). Chromium must report them.
 */
async function layoutShiftDuring(body: () => Promise<void>): Promise<number | undefined> {
  const measured = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
  expect(measured || (await browserEngine()) !== 'chromium', 'Chromium reports layout shifts').to.equal(true);
  let shift = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {value: number})[]) shift += entry.value;
  });
  if (measured) observer.observe({type: 'layout-shift'});
  await body();
  await frames();
  for (const entry of observer.takeRecords() as (PerformanceEntry & {value: number})[]) shift += entry.value;
  observer.disconnect();
  return measured ? shift : undefined;
}

const imagesLoaded = (root: ParentNode) =>
  waitUntil(() => [...root.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0), 'images load', {timeout: 5000});

/** The ids of the articles a server-rendered (not yet hydrated) related list shows, read from its cards' links (`…/{id}`). */
const serverIds = (related: Element) =>
  [...related.shadowRoot!.querySelectorAll('news-article-card')].map((card) => card.shadowRoot!.querySelector('a[href]')!.getAttribute('href')!.split('/').pop()!);

/** Loads `<news-related>`'s code and waits for `related` to hydrate and rank; says whether its skeleton showed meanwhile. */
async function hydrateRelated(related: NewsRelatedElement) {
  let busy = false;
  const observer = new MutationObserver(() => (busy ||= !!related.shadowRoot!.querySelector('[aria-busy]')));
  observer.observe(related.shadowRoot!, {subtree: true, childList: true, attributes: true});
  await import('../../src/components/news-related/news-related.js');
  await waitUntil(() => related.hasUpdated, 'the list hydrates', {timeout: 10_000});
  await related.updateComplete;
  observer.disconnect();
  return busy;
}

describe('hydration of server-rendered elements', () => {
  it('a card takes over its server-rendered nodes without recreating or moving them (its boxes; layout shift in Chromium), and works', async () => {
    const host = await serverRendered('card');
    const card = host.querySelector<NewsArticleCardElement>('news-article-card')!;
    expect(customElements.get('news-article-card'), 'not defined yet').to.equal(undefined);
    expect(card.shadowRoot, 'the shadow root came from the server').to.not.equal(null);
    await imagesLoaded(card.shadowRoot!);
    await frames();
    const before = contentNodes(card.shadowRoot!);
    const boxesBefore = boxes(before);
    expect(textOf(card.shadowRoot!.querySelector('[part="link"]'))).to.equal('Port expansion opens a new terminal');

    const shift = await layoutShiftDuring(async () => {
      await import('../../src/components/news-article-card/news-article-card.js');
      await waitUntil(() => card.hasUpdated, 'the card hydrates');
      await card.updateComplete;
    });

    expect(shift, 'layout shift during hydration (Chromium; no figure elsewhere)').to.be.oneOf([0, undefined]);
    const after = contentNodes(card.shadowRoot!);
    expect(after.length).to.equal(before.length);
    after.forEach((node, i) => expect(node === before[i], `node ${i} (${node.nodeName}) is the server’s`).to.equal(true));
    expect(boxes(after)).to.deep.equal(boxesBefore);

    // Lit now drives the server's nodes: a new headline lands in the same link.
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    card.headline = 'Port expansion opens two terminals';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="link"]')).to.equal(link);
    expect(textOf(link)).to.equal('Port expansion opens two terminals');

    // The link works and reports the click, as on a card rendered in the browser.
    expect(link.getAttribute('href')).to.equal('https://example.com/port');
    host.addEventListener('click', (event) => event.preventDefault(), {once: true});
    const clicked = eventOnce<{item: {url: string}; position: number}>(card, 'news-article-click');
    link.click();
    expect((await clicked).detail.item.url).to.equal('https://example.com/port');
    host.remove();
  });

  it('a feed and its cards take over the server’s nodes without moving them (layout shift in Chromium); "Load more" works after', async () => {
    const host = await serverRendered('feed');
    const feed = host.querySelector<NewsFeedElement>('news-feed')!;
    // The browser gets the same data the server rendered from, before the element's code loads.
    feed.feed = ssrFeed(location.origin);
    const cardsOf = () => [...feed.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
    const serverCards = cardsOf();
    expect(serverCards).to.have.length(2);
    await imagesLoaded(serverCards[0].shadowRoot!);
    await frames();
    const feedNodes = contentNodes(feed.shadowRoot!);
    const cardNodes = contentNodes(serverCards[0].shadowRoot!);
    expect(cardNodes.filter((node) => node.nodeName === 'LI').map((li) => li.textContent)).to.deep.equal(['Economy', 'Port', 'Atlantic']);
    const boxesBefore = boxes([...feedNodes, ...cardNodes]);
    expect(getComputedStyle(feed.shadowRoot!.querySelector('[part="load-more"]')!).visibility, '"Load more" before its code').to.equal('hidden');

    const shift = await layoutShiftDuring(async () => {
      await import('../../src/components/news-feed/news-feed.js');
      await waitUntil(() => feed.hasUpdated && serverCards.every((card) => card.hasUpdated), 'the feed and its cards hydrate');
      await feed.updateComplete;
      await Promise.all(serverCards.map((card) => card.updateComplete));
    });

    expect(shift, 'layout shift during hydration (Chromium; no figure elsewhere)').to.be.oneOf([0, undefined]);
    expect(cardsOf()).to.deep.equal(serverCards);
    serverCards.forEach((card) => expect(card.hasAttribute('defer-hydration')).to.equal(false));
    const feedAfter = contentNodes(feed.shadowRoot!);
    const cardAfter = contentNodes(serverCards[0].shadowRoot!);
    expect(feedAfter.length).to.equal(feedNodes.length);
    expect(cardAfter.length).to.equal(cardNodes.length);
    feedAfter.forEach((node, i) => expect(node === feedNodes[i], `feed node ${i} (${node.nodeName}) is the server’s`).to.equal(true));
    cardAfter.forEach((node, i) => expect(node === cardNodes[i], `card node ${i} (${node.nodeName}) is the server’s`).to.equal(true));
    expect(boxes([...feedAfter, ...cardAfter])).to.deep.equal(boxesBefore);

    // The server's "Load more" button, kept out of sight until it could work, shows and works:
    // the third article joins the same two cards.
    const more = feed.shadowRoot!.querySelector<HTMLButtonElement>('[part="load-more"]')!;
    expect(getComputedStyle(more).visibility).to.equal('visible');
    more.click();
    await feed.updateComplete;
    const cards = cardsOf();
    expect(cards).to.have.length(3);
    expect(cards.slice(0, 2)).to.deep.equal(serverCards);
    await cards[2].updateComplete;
    expect(textOf(cards[2].shadowRoot!.querySelector('[part="link"]'))).to.equal('Heavy rain expected');
    host.remove();
  });

  it('a feed the server rendered in English shows a French reader French once its code runs, keeping the reader’s focus', async () => {
    // The server's words, read where nothing upgrades them.
    const serverPage = await serverDocument('feed');
    const serverCard = serverPage.querySelector('news-feed')!.shadowRoot!.querySelector('news-article-card')!;
    const serverDate = textOf(serverCard.shadowRoot!.querySelector('[part="date"]'));
    expect(serverPage.querySelector('news-feed')!.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    await useLocale('fr');
    try {
      const host = await serverRendered('feed');
      const feed = host.querySelector<NewsFeedElement>('news-feed')!;
      feed.feed = ssrFeed(location.origin);
      const cardsOf = () => [...feed.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
      const linkOf = (card: Element) => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
      // The reader has reached the second headline with the keyboard before the code arrives.
      const serverCards = cardsOf();
      linkOf(serverCards[1]).focus();
      expect(serverCards[1].shadowRoot!.activeElement).to.equal(linkOf(serverCards[1]));
      await import('../../src/components/news-feed/news-feed.js');
      await waitUntil(() => feed.hasUpdated && cardsOf().length === 2 && cardsOf().every((card) => card.hasUpdated && !serverCards.includes(card)), 'the feed and its cards render again');
      await feed.updateComplete;
      await Promise.all(cardsOf().map((card) => card.updateComplete));
      // The focus is on the second headline still: the new card's link.
      await waitUntil(() => cardsOf()[1].shadowRoot!.activeElement === linkOf(cardsOf()[1]), 'the second headline has the focus again');
      expect(document.activeElement).to.equal(feed);
      expect(feed.shadowRoot!.activeElement).to.equal(cardsOf()[1]);

      expect(feed.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('fr');
      expect(textOf(feed.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Derniers articles');
      for (const card of cardsOf()) {
        expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
        expect(card.shadowRoot!.querySelector('[part="tags"]')!.getAttribute('aria-label')).to.equal('Sujets');
      }
      // The date as a card rendered in this French page shows it.
      const fresh = document.createElement('news-article-card') as NewsArticleCardElement;
      fresh.item = ssrFeed(location.origin).items[0];
      document.body.append(fresh);
      await fresh.updateComplete;
      const date = textOf(cardsOf()[0].shadowRoot!.querySelector('[part="date"]'));
      expect(date).to.equal(textOf(fresh.shadowRoot!.querySelector('[part="date"]')));
      expect(date).to.not.equal(serverDate);
      fresh.remove();
      host.remove();
    } finally {
      await useLocale('en');
    }
  });

  it('a header bar and a card from a page cached a day show the day and age of the reader’s visit once their code runs, not the server’s', async () => {
    const DAY = 86_400_000;
    // What the server wrote, read where nothing upgrades it.
    const serverPage = await serverDocument('dates');
    const serverDay = dateOf(serverPage.querySelector('news-header-bar')!).datetime;
    expect(dateOf(serverPage.querySelectorAll('news-article-card')[1]).text).to.equal('3 hours ago');
    // The reader opens the cached page a day later.
    const clock = sinon.useFakeTimers({now: Date.now() + DAY, toFake: ['Date']});
    const host = await serverRendered('dates');
    // The same header bar and card rendered in this page, a day on.
    const witness = document.createElement('div');
    try {
      const bar = host.querySelector<NewsHeaderBarElement>('news-header-bar')!;
      const fresh = host.querySelectorAll<NewsArticleCardElement>('news-article-card')[1];
      await import('../../src/components/news-header-bar/news-header-bar.js');
      await import('../../src/components/news-article-card/news-article-card.js');
      const today = document.createElement('news-header-bar') as NewsHeaderBarElement;
      const card = Object.assign(document.createElement('news-article-card') as NewsArticleCardElement, {headline: 'Fresh story', date: dateOf(serverPage.querySelectorAll('news-article-card')[1]).datetime});
      witness.append(today, card);
      document.body.append(witness);
      await today.updateComplete;
      await card.updateComplete;
      expect(dateOf(today).datetime, 'a day after the server’s').to.not.equal(serverDay);
      // Yesterday, or two days ago before 03:00.
      expect(dateOf(card).text).to.match(/^(yesterday|2 days ago)$/);
      await waitUntil(() => dateOf(bar).datetime === dateOf(today).datetime, `the bar shows ${dateOf(bar).datetime}, not the reader’s day`);
      expect(dateOf(bar)).to.deep.equal(dateOf(today));
      await waitUntil(() => dateOf(fresh).text === dateOf(card).text, `the card says ${dateOf(fresh).text}, not ${dateOf(card).text}`);
    } finally {
      witness.remove();
      host.remove();
      clock.restore();
    }
  });

  it('two switchers and a header bar take, once their code runs, what only the page tells: one language landmark, no empty box', async () => {
    const roleOf = (switcher: Element) => switcher.shadowRoot!.querySelector('[part="base"]')!.getAttribute('role');
    const boxOf = (bar: Element, name: string) => bar.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
    // What the server wrote: it sees no other switcher and no light DOM, so two landmarks of one name and both boxes open.
    const serverPage = await serverDocument('landmarks');
    expect([...serverPage.querySelectorAll('news-language-switcher')].map(roleOf)).to.deep.equal(['navigation', 'navigation']);
    expect(boxOf(serverPage.querySelector('news-header-bar')!, 'start').hidden).to.equal(false);
    const host = await serverRendered('landmarks');
    try {
      const bar = host.querySelector<NewsHeaderBarElement>('news-header-bar')!;
      const switchers = [...host.querySelectorAll<NewsLanguageSwitcherElement>('news-language-switcher')];
      const base = switchers[1].shadowRoot!.querySelector('[part="base"]');
      await import('../../src/components/news-header-bar/news-header-bar.js');
      await import('../../src/components/news-language-switcher/news-language-switcher.js');
      await waitUntil(() => bar.hasUpdated && switchers.every((switcher) => switcher.hasUpdated), 'they hydrate');
      await Promise.all([bar, ...switchers].map((el) => el.updateComplete));
      // Lit's hydration writes no attribute: without a render after it, both stayed landmarks and the empty box stayed open.
      expect(switchers.map(roleOf)).to.deep.equal(['navigation', 'group']);
      expect(switchers[1].shadowRoot!.querySelector('[part="base"]'), 'the server’s node, kept').to.equal(base);
      expect([boxOf(bar, 'start').hidden, boxOf(bar, 'end').hidden]).to.deep.equal([true, false]);
    } finally {
      host.remove();
    }
  });

  it('a related list that takes long to rank takes over the server’s cards at once, never showing the skeleton', async () => {
    const host = await serverRendered('long-related');
    const related = host.querySelector<NewsRelatedElement>('news-related')!;
    related.feed = longFeed();
    const cardsOf = () => [...related.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
    const serverCards = cardsOf();
    expect(serverCards).to.have.length(4);
    const shown = serverIds(related);
    // The articles sharing the current one's rare tag (Rail), their words no closer than others'.
    expect(shown).to.deep.equal(['900', '800', '100', '200']);
    const busy = await hydrateRelated(related);

    expect(busy, 'the skeleton replaced the server’s list').to.equal(false);
    expect(cardsOf()).to.deep.equal(serverCards);
    expect(related.items.map((item) => item.id)).to.deep.equal(shown);
    host.remove();
  });

  for (const [page, base, links] of [
    ['long-related', undefined, ''],
    ['long-related-relative', '/news/', ', its links relative'],
  ] as const) {
    it(`a related list that takes long to rank hydrates with the server’s list, found in the page, then shows the browser’s ranking${links}`, async () => {
      const host = await serverRendered(page);
      const related = host.querySelector<NewsRelatedElement>('news-related')!;
      related.feed = longFeed(base);
      // The page's own current article is not the one the server ranked for (current="0"):
      // the server's first related article, which the browser's list cannot show.
      const shown = serverIds(related);
      related.current = shown[0];
      let hydrated: string[] | undefined;
      // Before the upgrade: an own method, which the element's first update calls.
      Object.assign(related, {updated: () => (hydrated ??= related.items.map((item) => item.id))});
      const busy = await hydrateRelated(related);

      // Ranked at once, the first render would have shown the browser's list (and taken a task of 110–280 ms, cold, in Chromium).
      expect(hydrated, 'the first render: the server’s list').to.deep.equal(shown);
      expect(related.items.map((item) => item.id)).to.deep.equal(rankRelated(longFeed(base).items, shown[0], {limit: 4}).map((entry) => entry.item.id));
      expect(related.items.map((item) => item.id)).to.not.include(shown[0]);
      expect(busy, 'the skeleton replaced the server’s list').to.equal(false);
      host.remove();
    });
  }

  it('a malformed feed shows the same state on the server as in the browser', async () => {
    // The server's page, parsed into a document without a window: its elements never upgrade.
    const server = await serverDocument('malformed');
    const shownText = (root: ShadowRoot) =>
      [...root.querySelectorAll(':not(style, style *)')].flatMap((el) => [...el.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)).map((node) => node.textContent).join(' ').replace(/\s+/g, ' ').trim();
    const serverElements = [...server.querySelectorAll('news-feed, news-related')];
    expect(serverElements).to.have.length(malformedFeeds.length * 2);
    await import('../../src/components/news-related/news-related.js');
    for (const [i, serverElement] of serverElements.entries()) {
      const el = document.createElement(serverElement.localName) as NewsFeedElement;
      el.feed = malformedFeeds[Math.floor(i / 2)] as NewsFeed;
      if (serverElement.localName === 'news-related') el.setAttribute('current', 'https://example.com/port');
      document.body.append(el);
      await el.updateComplete;
      const label = `${serverElement.localName} with ${JSON.stringify(malformedFeeds[Math.floor(i / 2)])}`;
      expect(shownText(serverElement.shadowRoot!), label).to.equal(shownText(el.shadowRoot!));
      if (serverElement.localName === 'news-feed') expect(shownText(el.shadowRoot!), label).to.include('No articles yet');
      el.remove();
    }
  });
});
