// The CDN loader (src/loader.ts, built as dist/news-widgets.min.js) on a page whose elements
// came from the server (@lit-labs/ssr, declarative shadow DOM; the test server renders them,
// see scripts/ssr-pages.mjs). Nothing here imports hydration: the loader must find the
// server's elements, load it before their code, and let them take over the server's nodes
// instead of rendering over them; a `defer-hydration` feed waits for its data.
// (The built bundle is checked the same way in an Eleventy site: `npm run test:frameworks`.)
import {expect, waitUntil} from '@open-wc/testing';
import '../../src/loader.js';
import type {NewsArticleCardElement} from '../../src/components/news-article-card/news-article-card.component.js';
import type {NewsFeedElement} from '../../src/components/news-feed/news-feed.component.js';
import {ssrFeed} from '../ssr/ssr-data.js';
import {clearOfMidnight, contentNodes, serverRendered, textOf} from '../helpers.js';
import {pageErrors} from '../harness/page-errors.js';

const thrown = pageErrors();

/** Asserts that `after` are the very nodes `before` were, one for one. */
function expectSameNodes(after: Node[], before: Node[], what: string) {
  expect(after.length, `${what}: node count`).to.equal(before.length);
  after.forEach((node, i) => expect(node === before[i], `${what} node ${i} (${node.nodeName}) is the server’s`).to.equal(true));
}

describe('the CDN loader with server-rendered elements', () => {
  it('hydrates a server-rendered card: the same nodes, and Lit drives them', async () => {
    const host = await serverRendered('card');
    const card = host.querySelector<NewsArticleCardElement>('news-article-card')!;
    const before = contentNodes(card.shadowRoot!);
    const link = card.shadowRoot!.querySelector('[part="link"]');

    await customElements.whenDefined('news-article-card');
    await waitUntil(() => card.hasUpdated, 'the card updates');
    await card.updateComplete;

    expectSameNodes(contentNodes(card.shadowRoot!), before, 'card');
    card.headline = 'Port expansion opens two terminals';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="link"]')).to.equal(link);
    expect(textOf(link)).to.equal('Port expansion opens two terminals');
    expect(thrown).to.deep.equal([]);
    host.remove();
  });

  it('keeps a defer-hydration feed as the server sent it until the page gives it its data, then hydrates it', async () => {
    const host = await serverRendered('deferred-feed');
    const feed = host.querySelector<NewsFeedElement>('news-feed')!;
    const feedNodes = contentNodes(feed.shadowRoot!);
    const serverCards = [...feed.shadowRoot!.querySelectorAll<NewsArticleCardElement>('news-article-card')];
    expect(serverCards).to.have.length(2);
    const cardNodes = contentNodes(serverCards[0].shadowRoot!);

    // Defined, yet waiting: the page's data (parsed by the loader's async parseFeed) comes later.
    await customElements.whenDefined('news-feed');
    // An update runs on promises once the element can update: the feed's would have run before
    // that of a feed connected after it (given its articles, so with nothing to fetch) is done.
    const witness = document.createElement('news-feed') as NewsFeedElement;
    witness.feed = ssrFeed(location.origin);
    host.append(witness);
    await witness.updateComplete;
    expect(witness.hasUpdated, 'a feed that is not deferred updates').to.equal(true);
    witness.remove();
    expect(feed.hasUpdated, 'a deferred feed does not update').to.equal(false);
    expectSameNodes(contentNodes(feed.shadowRoot!), feedNodes, 'waiting feed');

    feed.feed = ssrFeed(location.origin);
    feed.removeAttribute('defer-hydration');
    await waitUntil(() => feed.hasUpdated && serverCards.every((card) => card.hasUpdated), 'the feed and its cards hydrate');
    await feed.updateComplete;
    await Promise.all(serverCards.map((card) => card.updateComplete));

    expect([...feed.shadowRoot!.querySelectorAll('news-article-card')]).to.deep.equal(serverCards);
    expectSameNodes(contentNodes(feed.shadowRoot!), feedNodes, 'feed');
    expectSameNodes(contentNodes(serverCards[0].shadowRoot!), cardNodes, 'card');
    expect(textOf(serverCards[1].shadowRoot!.querySelector('[part="link"]'))).to.not.equal('');
    expect(thrown).to.deep.equal([]);
    host.remove();
  });

  it('hydrates elements rendered from their attributes; a feed from src then shows its articles', async () => {
    await clearOfMidnight('Asia/Tokyo'); // the header bar's zone (test/ssr/pages.ts)
    const host = await serverRendered('attributes');
    const [feed, bar, switcher] = ['news-feed', 'news-header-bar', 'news-language-switcher'].map((tag) => host.querySelector(tag) as HTMLElement & {hasUpdated: boolean; updateComplete: Promise<boolean>});
    expect(feed.shadowRoot!.querySelector('[aria-busy="true"]'), 'the server sent the loading skeleton').to.not.equal(null);
    const barNodes = contentNodes(bar.shadowRoot!);
    const switcherNodes = contentNodes(switcher.shadowRoot!);
    const skeleton = feed.shadowRoot!.firstElementChild;

    await waitUntil(() => [feed, bar, switcher].every((el) => el.hasUpdated), 'the three elements update');
    await Promise.all([bar.updateComplete, switcher.updateComplete]);
    expectSameNodes(contentNodes(bar.shadowRoot!), barNodes, 'header bar');
    expectSameNodes(contentNodes(switcher.shadowRoot!), switcherNodes, 'switcher');
    expect(textOf(bar.shadowRoot!.querySelector('[part="date"]'))).to.not.equal('');

    // The feed takes over the skeleton, then fetches and shows its articles in it.
    await waitUntil(() => feed.shadowRoot!.querySelectorAll('news-article-card').length === 2, 'the feed shows its two articles', {timeout: 5000});
    expect(feed.shadowRoot!.firstElementChild, 'the server’s outer node is kept').to.equal(skeleton);
    expect(thrown).to.deep.equal([]);
    host.remove();
  });

  it('hydrates a server-rendered feed from src whose answer is cached already (the page seen before)', async () => {
    const host = await serverRendered('attributes');
    const feed = host.querySelector('news-feed')!;
    await waitUntil(() => feed.shadowRoot!.querySelectorAll('news-article-card').length === 2, 'the feed shows its two articles', {timeout: 5000});
    expect(thrown).to.deep.equal([]);
    host.remove();
  });
});
