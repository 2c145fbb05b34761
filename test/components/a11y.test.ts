// Accessibility across the elements: keyboard walkthrough and what a screen reader gets
// (forced colours and reduced motion: reader-preferences.test.ts).
import {expect, fixture as render, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/components/news-feed/news-feed.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import type {NewsItem} from '../../src/core/feed.js';
import {onlyIn, useLocale} from '../helpers.js';

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}

const items = (count: number): NewsItem[] =>
  Array.from({length: count}, (_, i) => ({
    id: `k${i}`,
    url: `https://example.com/k${i}`,
    title: `Keyboard story ${i + 1}`,
    summary: `Summary ${i + 1}`,
    published: new Date(Date.now() - (i + 1) * 3_600_000),
    authors: [{name: `Author ${i + 1}`}],
    tags: [],
  }));

/** The element focused inside nested shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const feedRoot = (el: Element) => el.shadowRoot!;

describe('accessibility', () => {
  afterEach(async () => {
    await useLocale('en');
  });

  for (const locale of ['en', 'ar']) {
    it(`keyboard only (${locale}): one tab stop per card, then "Load more", which focuses the first new card`, async () => {
      await useLocale(locale);
      const el = await render<NewsFeedElement>(html`<div>
        <button id="before">before</button>
        <news-feed limit="2" .feed=${{items: items(3)}}></news-feed>
      </div>`);
      const feed = el.querySelector('news-feed')!;
      await feed.updateComplete;
      el.querySelector<HTMLButtonElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({press: 'Tab'});
        stops.push(deepActive()?.textContent?.trim() ?? '');
      }
      const loadMore = locale === 'ar' ? 'عرض المزيد' : 'Load more';
      expect(stops).to.deep.equal(['Keyboard story 1', 'Keyboard story 2', loadMore]);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => deepActive()?.textContent?.trim() === 'Keyboard story 3', 'focus did not move to the new card');
      expect(feedRoot(feed).querySelector('[part="load-more"]')).to.equal(null);
    });
  }

  it('keyboard only: Retry is reachable and retries', async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed src="/__status/404"></news-feed>`);
    await waitUntil(() => feedRoot(feed).querySelector('[part="retry"]'));
    let errors = 0;
    feed.addEventListener('news-feed-error', () => errors++);
    await sendKeys({press: 'Tab'});
    expect(deepActive()?.getAttribute('part')).to.equal('retry');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => errors === 1, 'Enter on Retry did not fetch again');
  });

  it("a screen reader gets each card as a link named by its headline, and the feed's heading", async () => {
    const feed = await render<NewsFeedElement>(html`<news-feed heading="Latest" .feed=${{items: items(2)}}></news-feed>`);
    const cards = [...feedRoot(feed).querySelectorAll('news-article-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    cards.forEach((card, i) => card.shadowRoot!.querySelector('[part="link"]')!.setAttribute('data-ax-probe', `link-${i}`));
    feedRoot(feed).querySelector('[part="heading"]')!.setAttribute('data-ax-probe', 'heading');
    // The browser's own accessibility code answers (see accessibility-matches in web-test-runner.config.mjs).
    const matches = await executeServerCommand('accessibility-matches', [
      {key: 'link-0', role: 'link', name: 'Keyboard story 1'},
      {key: 'link-1', role: 'link', name: 'Keyboard story 2'},
      {key: 'heading', role: 'heading', name: 'Latest'},
      // What must not match: another card's name, another role.
      {key: 'link-0', role: 'link', name: 'Keyboard story 2'},
      {key: 'heading', role: 'link', name: 'Latest'},
    ]);
    expect(matches).to.deep.equal([true, true, true, false, false]);
  });

  it('a screen reader reads each card as one link, then its date and author, in that order', async function () {
    await onlyIn(this, ['chromium'], 'the whole accessibility tree in reading order needs CDP; Firefox (BiDi) and WebKit (WebDriver) answer for one element at a time, checked by the test above');
    const feed = await render<NewsFeedElement>(html`<news-feed heading="Latest" .feed=${{items: items(2)}}></news-feed>`);
    await Promise.all([...feedRoot(feed).querySelectorAll('news-article-card')].map((c) => c.updateComplete));
    const tree = (await executeServerCommand('accessibility-tree')) as AXNode;
    const flat: AXNode[] = [];
    const walk = (node: AXNode) => {
      flat.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    const links = flat.filter((node) => node.role === 'link');
    expect(links.map((link) => link.name)).to.deep.equal(['Keyboard story 1', 'Keyboard story 2']);
    // Without the invisible bidi isolates around each author's name, which screen readers do not speak.
    const names = flat.map((node) => (node.name ?? '').replace(/[\u2066-\u2069]/g, '')).filter(Boolean);
    const first = names.indexOf('Keyboard story 1');
    const date = names.findIndex((name, i) => i > first && /hour/.test(name));
    const author = names.indexOf('Author 1');
    expect(first).to.be.greaterThan(-1);
    expect(date).to.be.greaterThan(first);
    expect(author).to.be.greaterThan(date);
    expect(flat.some((node) => node.role === 'heading' && node.name === 'Latest')).to.equal(true);
  });
});
